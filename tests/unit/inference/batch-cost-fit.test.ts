import { describe, expect, it } from 'vitest';
import {
  chooseBatchCostFit,
  FIT_TOLERANCE,
  leastSquaresFit,
  twoPartFit,
} from '../../../src/model/inference/batch-cost-fit.ts';

const SIZES = Array.from({ length: 11 }, (_, i) => 2 ** i);
const line = (a: number, c: number) => SIZES.map((b) => ({ batchSize: b, medianMs: a + c * b }));

describe('chooseBatchCostFit', () => {
  it('keeps least squares when the points lie on a line', () => {
    const fit = chooseBatchCostFit(line(0.03, 0.0002));
    expect(fit.method).toBe('least-squares');
    expect(fit.overheadMs).toBeCloseTo(0.03, 10);
    expect(fit.perItemMs).toBeCloseTo(0.0002, 12);
    expect(fit.r2).toBeCloseTo(1, 10);
    expect(fit.relErrorAtSmallest).toBeLessThan(1e-9);
  });

  it('falls back to the two-part fit when least squares misses the small batches', () => {
    // Flat at 0.03 ms up to b = 16, then 0.002 ms a row, bending up a little at the top (caches):
    // the shape measured for the largest model. Least squares, pulled by b = 512 and 1024, puts
    // the intercept far below 0.03.
    const points = SIZES.map((b) => ({
      batchSize: b,
      medianMs: 0.03 + 0.002 * Math.max(0, b - 16) * (b >= 512 ? 1.15 : 1),
    }));
    const ols = leastSquaresFit(points);
    expect(ols.relErrorAtSmallest).toBeGreaterThan(FIT_TOLERANCE);
    const fit = chooseBatchCostFit(points);
    expect(fit.method).toBe('two-part');
    expect(fit.relErrorAtSmallest).toBeLessThan(FIT_TOLERANCE);
    expect(fit.relErrorAtLargest).toBeLessThan(FIT_TOLERANCE);
    expect(fit.perItemMs).toBeGreaterThan(0);
  });

  it('two-part: c from the large batches, a from the small ones', () => {
    const points = line(1, 0.1).map((p) =>
      p.batchSize === 1 ? { ...p, medianMs: p.medianMs * 1.5 } : p,
    );
    const fit = twoPartFit(points);
    expect(fit.perItemMs).toBeCloseTo(0.1, 10);
    // The median over b = 1, 2, 4 of t(b) - c b: one outlier at b = 1 does not move it.
    expect(fit.overheadMs).toBeCloseTo(1, 10);
  });

  it('two-part needs large and small batch sizes', () => {
    expect(() => twoPartFit(line(1, 1).slice(0, 4))).toThrow(RangeError);
  });
});
