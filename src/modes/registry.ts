import { BATCH_MODE } from './batch/mode.ts';
import { COMPARE_MODE } from './compare/mode.ts';
import type { Mode } from './mode.ts';
import type { ModeId } from './mode-names.ts';
import { ONLINE_MODE } from './online/mode.ts';
import { STREAMING_MODE } from './streaming/mode.ts';

/** Every mode, in the deck's order, then compare: the CLI, the worker and the lab loop over this. */
export const MODES: readonly Mode[] = [BATCH_MODE, ONLINE_MODE, STREAMING_MODE, COMPARE_MODE];

export function modeById(id: ModeId): Mode {
  return MODES.find((m) => m.id === id) as Mode;
}
