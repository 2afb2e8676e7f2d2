import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LogHistogram, MAX_RELATIVE_ERROR } from '../../../src/sim/stats/histogram.ts';

/** The exact quantile by the same rank rule as the histogram: the ceil(q n)-th smallest value. */
function exactQuantile(sorted: number[], q: number): number {
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1];
}

describe('LogHistogram', () => {
  it('promises at most 1% relative error', () => {
    expect(MAX_RELATIVE_ERROR).toBeLessThanOrEqual(0.01);
  });

  it('reports every quantile within its stated relative error, for any data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-5, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, q) => {
          const h = new LogHistogram();
          for (const v of values) h.record(v);
          const exact = exactQuantile(
            [...values].sort((a, b) => a - b),
            q,
          );
          expect(Math.abs(h.quantile(q) - exact) / exact).toBeLessThanOrEqual(
            MAX_RELATIVE_ERROR + 1e-12,
          );
        },
      ),
    );
  });

  it('keeps exact count, mean, min and max, and zeros as zeros', () => {
    const h = new LogHistogram();
    [0, 0, 0, 5, 10].forEach((v) => h.record(v));
    expect(h.count).toBe(5);
    expect(h.mean).toBe(3);
    expect(h.quantile(0.5)).toBe(0);
    expect(h.quantile(1)).toBe(10);
    expect(h.summary().max).toBe(10);
    expect(new LogHistogram().summary().p99).toBeNaN();
  });

  it('merges as if all values were recorded in one', () => {
    const a = new LogHistogram();
    const b = new LogHistogram();
    const all = new LogHistogram();
    for (let i = 1; i <= 1000; i++) {
      (i % 2 ? a : b).record(i * 1.7);
      all.record(i * 1.7);
    }
    a.merge(b);
    expect(a.summary()).toEqual(all.summary());
    expect(a.buckets()).toEqual(all.buckets());
  });
});
