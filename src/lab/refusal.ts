import { ParamError } from '../sim/param-error.ts';
import { UsageError } from '../cli/flags.ts';
import { onlineFlagOf } from '../cli/online-command.ts';
import { batchFlagOf } from '../cli/batch-command.ts';
import { streamingFlagOf } from '../cli/streaming-command.ts';

const FLAG_OF = [onlineFlagOf, batchFlagOf, streamingFlagOf];

/**
 * A refused parameter in the lab's terms: the flag (the page shows the control's translated
 * label beside it) and the engine's own statement of what is accepted. Null for anything that
 * is not a refusal (a bug: the caller reports it as a failure).
 */
export function describeRefusal(error: unknown): { flag: string; message: string } | null {
  if (error instanceof ParamError) {
    const flag = FLAG_OF.map((of) => of(error.field)).find((f) => f !== undefined);
    return { flag: flag ?? error.field, message: error.message };
  }
  if (error instanceof UsageError) {
    const flag = /--([a-z0-9-]+)/.exec(error.message)?.[1] ?? '';
    return { flag, message: error.message };
  }
  return null;
}
