import { describe, expect, it } from 'vitest';
import { fitBatchCost, median } from '../../../src/model/inference/linear-fit.ts';

describe('fitBatchCost', () => {
  it("recovers Triton's measured t(b) = 1.87 ms + 0.087 ms x b exactly from exact points", () => {
    const points = [1, 2, 4, 8, 16, 32].map((b) => ({ batchSize: b, ms: 1.87 + 0.087 * b }));
    const fit = fitBatchCost(points);
    expect(fit.overheadMs).toBeCloseTo(1.87, 10);
    expect(fit.perItemMs).toBeCloseTo(0.087, 10);
    expect(fit.r2).toBeCloseTo(1, 12);
  });

  it('never reports a negative overhead or per-item cost', () => {
    const fit = fitBatchCost([
      { batchSize: 1, ms: 5 },
      { batchSize: 2, ms: 4 },
      { batchSize: 4, ms: 3 },
    ]);
    expect(fit.perItemMs).toBe(0);
    expect(fit.overheadMs).toBeGreaterThanOrEqual(0);
  });

  it('needs two different batch sizes', () => {
    expect(() => fitBatchCost([{ batchSize: 1, ms: 1 }])).toThrow(RangeError);
    expect(() =>
      fitBatchCost([
        { batchSize: 4, ms: 1 },
        { batchSize: 4, ms: 2 },
      ]),
    ).toThrow(/two different/);
  });

  it('takes medians', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
