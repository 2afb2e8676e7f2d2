/**
 * Ordinary least squares for t(b) = overhead + perItem x b, the first model of a batched model
 * server (REFERENCE.md: Triton's tutorial measured t(b) = 1.87 ms + 0.087 ms x b). Pure, so the
 * calibration's arithmetic is tested under Node.
 */
export interface LinearFit {
  overheadMs: number;
  perItemMs: number;
  /** Share of the variance of t explained by the line (1 is a perfect fit). */
  r2: number;
}

export function fitBatchCost(points: ReadonlyArray<{ batchSize: number; ms: number }>): LinearFit {
  const n = points.length;
  if (n < 2) throw new RangeError('fitBatchCost needs at least two batch sizes');
  const meanB = points.reduce((s, p) => s + p.batchSize, 0) / n;
  const meanT = points.reduce((s, p) => s + p.ms, 0) / n;
  let sbb = 0;
  let sbt = 0;
  let stt = 0;
  for (const p of points) {
    sbb += (p.batchSize - meanB) ** 2;
    sbt += (p.batchSize - meanB) * (p.ms - meanT);
    stt += (p.ms - meanT) ** 2;
  }
  if (sbb === 0) throw new RangeError('fitBatchCost needs at least two different batch sizes');
  // Time cannot fall as batches grow, and a fixed cost cannot be negative: clamp both at 0.
  const perItemMs = Math.max(0, sbt / sbb);
  const overheadMs = Math.max(0, meanT - perItemMs * meanB);
  let residual = 0;
  for (const p of points) residual += (p.ms - (overheadMs + perItemMs * p.batchSize)) ** 2;
  return { overheadMs, perItemMs, r2: stt > 0 ? 1 - residual / stt : 1 };
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
