import measured from './measured-batch-cost.json';
import type { ModelName } from '../catalog.ts';
import type { BatchCostFit } from './batch-cost-fit.ts';

/**
 * What scoring a batch of b rows really costs, per committed model: t(b) = a + c x b, measured on
 * TensorFlow.js's WebAssembly backend (the one a learner's browser falls back to without a usable
 * GPU, and the same on every machine's CPU) by `npm run models:cost`, which writes
 * `measured-batch-cost.json` beside this file. Plain data and arithmetic (no tfjs), so the
 * simulator may import it anywhere.
 *
 * The figures are one machine's (see `batchCostMeta.machine`): use them for the shape of the cost
 * (how much a batch saves), not as a promise of absolute speed on the learner's device.
 */

/** One model's measurement, as the JSON stores it. */
export interface ModelBatchCost {
  overheadMs: number;
  perItemMs: number;
  r2: number;
  fit: BatchCostFit;
  /** Least squares over every point, kept for comparison even when the two-part fit was chosen. */
  leastSquares: BatchCostFit;
  /** Median time of one call (predict and read back) at each batch size. */
  points: Array<{ batchSize: number; medianMs: number; samples: number }>;
  /** Coefficient of variation (standard deviation / mean) of the timed calls at b = 1 and 1024. */
  cvAt1: number;
  cvAt1024: number;
  /**
   * The same spread from the median absolute deviation (x 1.4826): what the typical call does,
   * without the rare stalls (a garbage collection, the OS scheduler) that dominate the plain cv of
   * calls lasting tens of microseconds.
   */
  robustCvAt1: number;
  robustCvAt1024: number;
  /** t(1) x 1024 / t(1024) from the medians: how many times cheaper a row is in a batch of 1024. */
  ratio1To1024: number;
}

export interface BatchCostMeta {
  /** ISO 8601 time the measurement started. */
  measuredAt: string;
  machine: {
    cpu: string;
    cores: number;
    platform: string;
    arch: string;
    node: string;
    /** os.loadavg() (1, 5, 15 minutes) before and after measuring: how busy the machine was. */
    loadAverageBefore: number[];
    loadAverageAfter: number[];
    /**
     * Share of the machine's CPU time (all cores) that other processes used while measuring: the
     * load average lags by a minute, this does not. Near 0 means the figures had the machine.
     */
    otherProcessesCpuShare: number;
  };
  backend: { name: 'wasm'; simd: boolean; threads: number };
  tfjsVersion: string;
  /** Untimed calls per batch size before the first round. */
  warmupCalls: number;
  /** Rounds, each timing every batch size in turn, so a burst of load spreads over all sizes. */
  rounds: number;
  /** Timed calls per batch size over all rounds (batch size -> calls). */
  repeats: Record<string, number>;
  fitRule: string;
}

export interface MeasuredBatchCostFile extends BatchCostMeta {
  models: Record<string, ModelBatchCost>;
}

/** What the simulator needs of a model's batch cost. */
export interface BatchCost {
  overheadMs: number;
  perItemMs: number;
  /**
   * Run-to-run variability (coefficient of variation of the timed calls) at b = 1 and b = 1024.
   * On calls of tens of microseconds it is dominated by rare stalls tens of times the call's
   * length, so it swings between measurements; `robustCv` is the typical call-to-call jitter.
   */
  cv: { at1: number; at1024: number };
  robustCv: { at1: number; at1024: number };
}

const file = measured as MeasuredBatchCostFile;

export const batchCostMeta: BatchCostMeta = (({ models: _models, ...meta }) => meta)(file);

/** Every model's full measurement, by name. */
export const measuredBatchCosts: Readonly<Record<string, ModelBatchCost>> = file.models;

/** The fitted cost of `model`; throws for a model the measurement does not list. */
export function batchCostOf(model: ModelName): BatchCost {
  const m = file.models[model];
  if (m === undefined)
    throw new RangeError(`no measured batch cost for ${model}: run npm run models:cost`);
  return {
    overheadMs: m.overheadMs,
    perItemMs: m.perItemMs,
    cv: { at1: m.cvAt1, at1024: m.cvAt1024 },
    robustCv: { at1: m.robustCvAt1, at1024: m.robustCvAt1024 },
  };
}

/** t(b) = a + c x b, in milliseconds, for a batch of `batchSize` rows (at least 1). */
export function batchTimeMs(cost: Pick<BatchCost, 'overheadMs' | 'perItemMs'>, batchSize: number) {
  if (!(batchSize >= 1)) throw new RangeError(`a batch has at least one row, not ${batchSize}`);
  return cost.overheadMs + cost.perItemMs * batchSize;
}
