import {
  measuredMsPerPrediction,
  msPerPrediction,
  type CallCost,
} from '../../../lessons/teaching/batching-amortisation.ts';

/**
 * The data of the batching-amortisation figure (AmortisationFigure.svelte): machine time per
 * 1000 predictions against rows per model call, from the case model's measured
 * t(b) = a + c b (src/model/inference/batch-cost.ts; REFERENCE.md, dynamic batching: a
 * per-batch overhead plus a per-item cost), so a prediction costs t(b) / b = a / b + c, and the
 * points the widget's finished runs measured. Machine time rather than money: the machine's
 * price multiplies every point alike, and a thousand predictions cost millionths of a euro.
 */

/** The y axis's room beyond the lowest and highest values, as a factor (on a log scale). */
const MARGIN = 1.5;

export interface AmortisationPoint {
  batchSize: number;
  msPer1000: number;
}

/** Machine time of 1000 predictions in calls of `batchSize` rows, ms: 1000 (a / b + c). */
export function msPer1000(cost: CallCost, batchSize: number): number {
  return 1000 * msPerPrediction(cost, batchSize);
}

/** What no batch goes below: 1000 c, the rows' own time with the fixed part shared to nothing. */
export function floorMsPer1000(cost: CallCost): number {
  return 1000 * cost.perItemMs;
}

/** The curve at `steps` + 1 batch sizes evenly spaced on a logarithmic axis, both ends included. */
export function amortisationCurve(
  cost: CallCost,
  minBatch: number,
  maxBatch: number,
  steps = 64,
): AmortisationPoint[] {
  const low = Math.log(minBatch);
  const span = Math.log(maxBatch) - low;
  return Array.from({ length: steps + 1 }, (_, i) => {
    const batchSize = Math.exp(low + (span * i) / steps);
    return { batchSize, msPer1000: msPer1000(cost, batchSize) };
  });
}

/** A finished run's point, from its report (`{...report, headline}`); null before it published. */
export function measuredAmortisationPoint(
  report: unknown,
  batchSize: number,
): AmortisationPoint | null {
  const ms = measuredMsPerPrediction({ batch: report });
  return Number.isFinite(ms) && ms > 0 ? { batchSize, msPer1000: 1000 * ms } : null;
}

/**
 * The y axis's domain, ms, for a logarithmic scale: from a little below the floor to a little
 * above the single-row cost, widened to any measured point, so the axis keeps still as points
 * arrive (they lie on the curve, between those two).
 */
export function amortisationYDomain(
  cost: CallCost,
  minBatch: number,
  points: readonly AmortisationPoint[],
): [number, number] {
  const values = [
    floorMsPer1000(cost),
    msPer1000(cost, minBatch),
    ...points.map((p) => p.msPer1000),
  ];
  return [Math.min(...values) / MARGIN, Math.max(...values) * MARGIN];
}

/** The ticks of a logarithmic axis over `domain`: the whole powers of ten inside it. */
export function powersOfTen([low, high]: readonly [number, number]): number[] {
  const ticks: number[] = [];
  for (let e = Math.ceil(Math.log10(low)); e <= Math.floor(Math.log10(high)); e++)
    ticks.push(10 ** e);
  return ticks;
}

/** How many times cheaper a prediction measured at `msPer1000Measured` is than one row a call. */
export function timesCheaper(cost: CallCost, msPer1000Measured: number): number {
  return msPer1000(cost, 1) / msPer1000Measured;
}
