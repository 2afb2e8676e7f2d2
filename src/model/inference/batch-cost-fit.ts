import { fitBatchCost, median } from './linear-fit.ts';

/**
 * Choosing the line t(b) = a + c x b that describes measured batch times from b = 1 to b = 1024.
 * Pure, so the choice is tested under Node; `bench/wasm-batch-cost.ts` measures the points.
 *
 * Why not plain least squares alone: the batch sizes are log-spaced (1, 2, 4, ..., 1024), so nine
 * of the eleven points sit below b = 512, while the sum of squares is dominated by the largest b,
 * whose times are tens of times larger. The intercept then comes out as whatever makes the
 * large-b points fit; if t(b) is not quite straight (flat for small b, or bending upwards at large
 * b), it can be far from the real fixed cost, or clamped to 0. In trial runs here the chatbot
 * model's least-squares line missed t(1) by 10 to 68% while missing t(1024) by under 1%. A
 * simulator that batches a handful of requests lives on that intercept.
 *
 * So the ordinary fit is kept only when it describes both ends: its relative error at the
 * smallest and the largest b is at most FIT_TOLERANCE. Otherwise a two-part fit: c is the slope
 * over the largest batch sizes (where the per-row work dominates, so noise in the fixed cost barely
 * moves it), and a is the median, over the smallest batch sizes, of t(b) - c x b (where the fixed
 * cost dominates). This is the usual split of an affine cost model, e.g. Hockney's
 * latency/bandwidth model t(n) = t0 + n/r_inf, whose t0 is read from short messages and r_inf from
 * long ones (R. Hockney, "The communication challenge for MPP", Parallel Computing 20, 1994).
 */

/**
 * Relative error allowed at each end before the two-part fit replaces least squares: about the
 * call-to-call jitter of one call at b = 1 (robust cv 0.06 to 0.2 here), so a line within it is
 * as good as the measurement.
 */
export const FIT_TOLERANCE = 0.1;
/**
 * Batch sizes at most this large estimate the fixed cost a in the two-part fit: three points (1, 2,
 * 4), so their median shrugs off one noisy one. Not more: where the time is flat at small b and the
 * per-row slope only shows at large b, t(b) - c x b falls with b: over six trial measurements of
 * the chatbot model here, a median up to b = 8 put the line up to 7% under t(1), one up to b = 4
 * within 2%.
 */
export const SMALL_BATCH_MAX = 4;
/** Batch sizes at least this large estimate the per-row cost c in the two-part fit. */
export const LARGE_BATCH_MIN = 256;

export interface BatchPoint {
  batchSize: number;
  /** Median time of one call at this batch size. */
  medianMs: number;
}

export interface BatchCostFit {
  method: 'least-squares' | 'two-part';
  overheadMs: number;
  perItemMs: number;
  /** Share of the variance of the medians, over every batch size, that the chosen line explains. */
  r2: number;
  /** |line(b) - t(b)| / t(b) at the smallest and at the largest batch size measured. */
  relErrorAtSmallest: number;
  relErrorAtLargest: number;
}

function summarise(
  method: BatchCostFit['method'],
  overheadMs: number,
  perItemMs: number,
  points: readonly BatchPoint[],
): BatchCostFit {
  const line = (b: number) => overheadMs + perItemMs * b;
  const sorted = [...points].sort((p, q) => p.batchSize - q.batchSize);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const meanT = points.reduce((s, p) => s + p.medianMs, 0) / points.length;
  let residual = 0;
  let total = 0;
  for (const p of points) {
    residual += (p.medianMs - line(p.batchSize)) ** 2;
    total += (p.medianMs - meanT) ** 2;
  }
  return {
    method,
    overheadMs,
    perItemMs,
    r2: total > 0 ? 1 - residual / total : 1,
    relErrorAtSmallest: Math.abs(line(first.batchSize) - first.medianMs) / first.medianMs,
    relErrorAtLargest: Math.abs(line(last.batchSize) - last.medianMs) / last.medianMs,
  };
}

/** Least squares over every point (`fitBatchCost`), described at both ends. */
export function leastSquaresFit(points: readonly BatchPoint[]): BatchCostFit {
  const ols = fitBatchCost(points.map((p) => ({ batchSize: p.batchSize, ms: p.medianMs })));
  return summarise('least-squares', ols.overheadMs, ols.perItemMs, points);
}

/** The two-part fit: c from the largest batch sizes, then a from the smallest. */
export function twoPartFit(points: readonly BatchPoint[]): BatchCostFit {
  const large = points.filter((p) => p.batchSize >= LARGE_BATCH_MIN);
  const small = points.filter((p) => p.batchSize <= SMALL_BATCH_MAX);
  if (large.length < 2 || small.length < 1)
    throw new RangeError(
      `the two-part fit needs two batch sizes >= ${LARGE_BATCH_MIN} and one <= ${SMALL_BATCH_MAX}`,
    );
  const { perItemMs } = fitBatchCost(
    large.map((p) => ({ batchSize: p.batchSize, ms: p.medianMs })),
  );
  const overheadMs = Math.max(0, median(small.map((p) => p.medianMs - perItemMs * p.batchSize)));
  return summarise('two-part', overheadMs, perItemMs, points);
}

/** Least squares when it holds at both ends (within FIT_TOLERANCE), else the two-part fit. */
export function chooseBatchCostFit(points: readonly BatchPoint[]): BatchCostFit {
  const ols = leastSquaresFit(points);
  if (ols.relErrorAtSmallest <= FIT_TOLERANCE && ols.relErrorAtLargest <= FIT_TOLERANCE) return ols;
  return twoPartFit(points);
}
