import type { FlagValues } from '../cli/flags.ts';
import { onlineParamsFromFlags } from '../cli/online-command.ts';
import { batchParamsFromFlags } from '../cli/batch-command.ts';
import { streamingParamsFromFlags } from '../cli/streaming-command.ts';
import type { OnlineParams } from '../scenarios/online-params.ts';
import type { BatchParams } from '../scenarios/batch-params.ts';
import type { StreamingParams } from '../scenarios/streaming-params.ts';
import type { DeploymentMode } from '../scenarios/presets.ts';
import type { EngineFlags } from './lab-state.ts';

export interface ParamsByMode {
  online: OnlineParams;
  batch: BatchParams;
  streaming: StreamingParams;
}

/**
 * Validated engine parameters from a lab's flags, through the very functions the CLI uses, so a
 * value the CLI refuses the lab refuses with the same message. Throws ParamError or UsageError.
 */
export function paramsFor<M extends DeploymentMode>(mode: M, flags: EngineFlags): ParamsByMode[M] {
  const values: FlagValues = new Map();
  for (const [flag, value] of Object.entries(flags)) {
    values.set(
      flag,
      Array.isArray(value) ? [...(value as string[])] : (value as number | string | true),
    );
  }
  const build = {
    online: onlineParamsFromFlags,
    batch: batchParamsFromFlags,
    streaming: streamingParamsFromFlags,
  }[mode];
  return build(values) as ParamsByMode[M];
}
