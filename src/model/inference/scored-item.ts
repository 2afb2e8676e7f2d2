import type { PresetName } from '../case-names.ts';
import type { Features, PredictionRow } from './prediction-row.ts';

/**
 * Which work items to score: a run of consecutive indices (a batch run's rows, the newest records
 * of a stream), or a list (the ids of the online requests on screen).
 */
export type ItemSelection = { from: number; count: number } | { indices: number[] };

/** One scored work item: a PredictionRow as the store takes it, plus the item's index. */
export interface ScoredItem extends PredictionRow {
  index: number;
  entityId: string;
  /**
   * One number per item: the probability (binary), the winning class's probability (multiclass,
   * with the class in `label`), or the forecast in views (content popularity).
   */
  score: number;
  label: string | null;
  features: Features;
}

/** The worker's answer to `scoreItems`. */
export interface ScoreItemsResult {
  name: string;
  preset: PresetName;
  seed: number;
  items: ScoredItem[];
  /** Every raw output row, row-major (all class probabilities for multiclass models). */
  outputs: Float32Array;
  outputDim: number;
  /** Wall time inside the model's predict calls, and for the whole request (generation too), ms. */
  modelMs: number;
  totalMs: number;
}

/** Most items one `scoreItems` call takes: its answer stays a few MB, its run well under a second. */
export const SCORE_ITEMS_MAX = 20_000;
