import { isPresetName, type PresetName } from '../case-names.ts';
import { encodeWorkItems, INPUT_DIM } from './work-item-encoding.ts';
import { entityIdOf, itemFeatures } from './work-item-fields.ts';
import { workItem, type WorkItem } from './work-items.ts';
import { summariseOutput } from './summarise-output.ts';
import {
  SCORE_ITEMS_MAX,
  type ItemSelection,
  type ScoredItem,
  type ScoreItemsResult,
} from '../inference/scored-item.ts';

/**
 * The inference worker's `scoreItems`, apart from the worker and from tfjs so that Node tests run
 * it against the real models: generate the items from their seeds (in the worker, so no records
 * cross from the page), encode them with the training encoders, predict in chunks, and summarise
 * each output row. `predict` is the model: row-major inputs in, row-major outputs out.
 */
export type PredictRows = (inputs: Float32Array, rows: number) => Promise<Float32Array>;

export interface ScoreItemsRequest {
  name: string;
  preset: PresetName;
  seed: number;
  selection: ItemSelection;
}

/** A request the worker refuses: it answers with `bad-input` and this message. */
export class ScoreItemsInputError extends Error {
  override name = 'ScoreItemsInputError';
}

/**
 * Rows per predict call. Large enough that per-call overhead is amortised (the models page's
 * calibration shows a row costing far less in batches of 1024 than alone), small enough that a
 * chunk of the chatbot's 512-wide inputs is 2 MB, not the 40 MB of a whole 20,000-item request.
 */
export const SCORE_CHUNK_ROWS = 1024;

/** The indices a selection names, checked: at most SCORE_ITEMS_MAX safe integers from 0 on. */
export function selectedIndices(selection: ItemSelection): number[] {
  let indices: number[];
  if ('indices' in selection) {
    if (!Array.isArray(selection.indices)) throw bad('indices must be an array');
    indices = selection.indices;
  } else {
    const { from, count } = selection;
    if (!Number.isSafeInteger(from) || from < 0) throw bad(`from must be an integer from 0 on`);
    if (!Number.isSafeInteger(count) || count < 1 || count > SCORE_ITEMS_MAX) {
      throw bad(`count must be an integer from 1 to ${SCORE_ITEMS_MAX}`);
    }
    if (!Number.isSafeInteger(from + count)) throw bad('from + count is too large');
    indices = Array.from({ length: count }, (_, i) => from + i);
  }
  if (indices.length < 1 || indices.length > SCORE_ITEMS_MAX) {
    throw bad(`between 1 and ${SCORE_ITEMS_MAX} items can be scored at a time`);
  }
  for (const i of indices) {
    if (!Number.isSafeInteger(i) || i < 0) throw bad(`item indices are integers from 0 on`);
  }
  return indices;
}

function bad(message: string): ScoreItemsInputError {
  return new ScoreItemsInputError(message);
}

export async function scoreWorkItems(
  request: ScoreItemsRequest,
  modelInputDim: number,
  predict: PredictRows,
  now: () => number = () => performance.now(),
): Promise<ScoreItemsResult> {
  const started = now();
  const { name, preset, seed } = request;
  if (!isPresetName(preset)) throw bad(`unknown preset ${String(preset)}`);
  if (!Number.isFinite(seed)) throw bad('seed must be a finite number');
  if (INPUT_DIM[preset] !== modelInputDim) {
    throw bad(`${name} takes ${modelInputDim} inputs; ${preset} items have ${INPUT_DIM[preset]}`);
  }
  const indices = selectedIndices(request.selection);

  const items: ScoredItem[] = [];
  const chunks: Float32Array[] = [];
  let outputDim = 0;
  let modelMs = 0;
  for (let start = 0; start < indices.length; start += SCORE_CHUNK_ROWS) {
    const chunk: WorkItem[] = indices
      .slice(start, start + SCORE_CHUNK_ROWS)
      .map((index) => workItem(preset, seed, index));
    const inputs = encodeWorkItems(preset, chunk);
    const before = now();
    const outputs = await predict(inputs, chunk.length);
    modelMs += now() - before;
    outputDim = outputs.length / chunk.length;
    chunks.push(outputs);
    chunk.forEach((item, i) => {
      const { score, label } = summariseOutput(
        item,
        outputs.subarray(i * outputDim, (i + 1) * outputDim),
      );
      items.push({
        index: item.index,
        entityId: entityIdOf(item),
        score,
        label,
        features: itemFeatures(item),
      });
    });
  }
  return {
    name,
    preset,
    seed,
    items,
    outputs: concat(chunks, indices.length * outputDim),
    outputDim,
    modelMs,
    totalMs: now() - started,
  };
}

/**
 * The chunks' outputs in one array that owns its whole buffer: the worker transfers that buffer,
 * and a view into a backend's memory must never be transferred (it would detach the backend's).
 */
function concat(chunks: readonly Float32Array[], length: number): Float32Array {
  const only = chunks.length === 1 ? chunks[0] : null;
  if (
    only &&
    only.length === length &&
    only.byteOffset === 0 &&
    only.buffer.byteLength === length * 4
  ) {
    return only;
  }
  const out = new Float32Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
