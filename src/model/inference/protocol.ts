import type { BackendAttempt, BackendName } from './backend-order.ts';
import type { LinearFit } from './linear-fit.ts';
import type { PresetName } from '../case-names.ts';
import type { ItemSelection, ScoreItemsResult } from './scored-item.ts';

export type { ItemSelection, ScoreItemsResult } from './scored-item.ts';

/**
 * Messages between the page and the inference worker. Every request carries an id; every answer
 * repeats it with either a result or an error value (errors are data, never thrown across).
 */
export type InferenceRequest =
  | { id: number; type: 'init'; baseUrl: string; preferredBackend: BackendName | null }
  | { id: number; type: 'load'; name: string; path: string }
  | { id: number; type: 'predict'; name: string; inputs: Float32Array; rows: number }
  | { id: number; type: 'calibrate'; name: string; batchSizes: number[]; repeats: number }
  /**
   * Scores simulated work items with a loaded model: the worker generates item `i` of `preset`
   * from `seed` itself (src/model/work-items/work-items.ts), so only the selection crosses to the
   * worker and only compact results come back.
   *
   * Batch predictions reach the store through the page: the answer's `items` are already the
   * store's PredictionRows, and the page forwards them unchanged to the store worker (no per-row
   * work on the main thread). A MessageChannel between the two workers would save one structured
   * clone (a few ms for the 1,000-row chunks the batch lab sends) but would tie two protocols and
   * two lifetimes together: each worker starts lazily, fails on its own (a missing model file,
   * storage in memory only) and is stopped by its own component, and the page has to see every
   * step anyway to show progress and failures.
   */
  | {
      id: number;
      type: 'scoreItems';
      name: string;
      preset: PresetName;
      seed: number;
      selection: ItemSelection;
    };

export interface InitResult {
  backend: BackendName;
  attempts: BackendAttempt[];
}

export interface LoadResult {
  name: string;
  inputDim: number;
  outputDim: number;
  params: number;
  loadMs: number;
}

export interface PredictResult {
  outputs: Float32Array;
  outputDim: number;
  ms: number;
  backend: BackendName;
}

export interface CalibrationPoint {
  batchSize: number;
  /** Median wall time of one call at this batch size. */
  medianMs: number;
  perRowMs: number;
  samplesMs: number[];
}

export interface CalibrationResult {
  name: string;
  backend: BackendName;
  points: CalibrationPoint[];
  /** t(b) = overhead + perItem x b fitted to the medians. */
  fit: LinearFit;
}

export type InferenceErrorKind =
  'model-missing' | 'model-corrupt' | 'no-backend' | 'bad-input' | 'not-loaded' | 'internal';

export interface InferenceError {
  kind: InferenceErrorKind;
  /** For logs and developers; the UI shows its own translated text for `kind`. */
  message: string;
}

export type InferenceResultOf<T extends InferenceRequest['type']> = T extends 'init'
  ? InitResult
  : T extends 'load'
    ? LoadResult
    : T extends 'predict'
      ? PredictResult
      : T extends 'scoreItems'
        ? ScoreItemsResult
        : CalibrationResult;

export type InferenceResponse =
  | {
      id: number;
      ok: true;
      result: InitResult | LoadResult | PredictResult | CalibrationResult | ScoreItemsResult;
    }
  | { id: number; ok: false; error: InferenceError };
