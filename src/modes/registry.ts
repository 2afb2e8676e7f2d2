import { BATCH_MODE } from './batch/mode.ts';
import { COMPARE_MODE } from './compare/mode.ts';
import type { Mode } from './mode.ts';
import type { ModeId } from './mode-names.ts';
import { ONLINE_MODE } from './online/mode.ts';
import { STREAMING_MODE } from './streaming/mode.ts';

/** Every mode by its id, in the deck's order, then compare. */
const MODES_BY_ID = {
  batch: BATCH_MODE,
  online: ONLINE_MODE,
  streaming: STREAMING_MODE,
  compare: COMPARE_MODE,
} as const satisfies Record<ModeId, Mode>;

/** Every mode, in the deck's order, then compare: the CLI, the worker and the lab loop over this. */
export const MODES: readonly Mode[] = Object.values(MODES_BY_ID);

/** What a mode's live run shows the lab (its `live(...).view()`), by mode id. */
export type ModeView<M extends ModeId> =
  (typeof MODES_BY_ID)[M] extends Mode<infer _R, infer V> ? V : never;

export function modeById(id: ModeId): Mode {
  return MODES.find((m) => m.id === id) as Mode;
}
