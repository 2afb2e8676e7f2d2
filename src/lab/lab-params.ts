import type { FlagValues } from '../cli/flags.ts';
import { ONLINE_FLAGS, onlineParamsFromFlags } from '../cli/online-command.ts';
import { BATCH_FLAGS, batchParamsFromFlags } from '../cli/batch-command.ts';
import { STREAMING_FLAGS, streamingParamsFromFlags } from '../cli/streaming-command.ts';
import type { OnlineParams } from '../modes/online/config.ts';
import type { BatchParams } from '../modes/batch/config.ts';
import type { StreamingParams } from '../modes/streaming/config.ts';
import type { DeploymentMode } from '../modes/presets.ts';
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
  const specs = { online: ONLINE_FLAGS, batch: BATCH_FLAGS, streaming: STREAMING_FLAGS }[mode];
  const values: FlagValues = new Map();
  for (const [flag, value] of Object.entries(flags)) {
    // A repeatable flag given once (a preset's '30:6') is a list of one, as on the command line.
    if (specs.find((f) => f.name === flag)?.type === 'list' && typeof value === 'string') {
      values.set(flag, [value]);
      continue;
    }
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
