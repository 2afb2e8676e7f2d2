import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HistogramBucket } from '../../../src/modes/live-view.ts';
import { LogHistogram } from '../../../src/sim/stats/histogram.ts';
import {
  histogramDomain,
  histogramLayout,
  logTicks,
  mergeBuckets,
  quantileMarkers,
  type Marker,
} from '../../../src/ui/charts/histogram-bins.ts';

function recorded(values: readonly number[]): HistogramBucket[] {
  const h = new LogHistogram();
  for (const v of values) h.record(v);
  return h.buckets();
}

const latencies = fc.array(
  fc.oneof(
    fc.double({ min: 0, max: 1e-7, noNaN: true }),
    fc.double({ min: 0.01, max: 1e6, noNaN: true }),
  ),
  { minLength: 1, maxLength: 2000 },
);

describe('histogram display bins', () => {
  it('merges hundreds of engine buckets into at most 40 bins', () => {
    const values = Array.from({ length: 20_000 }, (_, i) => 1 + (i % 997) * 3.7 + i * 0.01);
    const buckets = recorded(values);
    expect(buckets.length).toBeGreaterThan(200);
    const bins = mergeBuckets(buckets);
    expect(bins.length).toBeLessThanOrEqual(40);
    expect(bins.length).toBeGreaterThan(20);
  });

  it('keeps the total count, respects bucket bounds, and never overlaps bins', () => {
    fc.assert(
      fc.property(latencies, fc.integer({ min: 1, max: 60 }), (values, maxBins) => {
        const buckets = recorded(values);
        const bins = mergeBuckets(buckets, maxBins);
        expect(bins.length).toBeLessThanOrEqual(maxBins);
        expect(bins.reduce((n, b) => n + b.count, 0)).toBe(values.length);
        const los = new Set(buckets.map((b) => b[0]));
        const his = new Set(buckets.map((b) => b[1]));
        for (let i = 0; i < bins.length; i++) {
          expect(los.has(bins[i].lo)).toBe(true);
          expect(his.has(bins[i].hi)).toBe(true);
          expect(bins[i].hi).toBeGreaterThan(bins[i].lo);
          if (i > 0) expect(bins[i].lo).toBeGreaterThanOrEqual(bins[i - 1].hi);
        }
        // Every bucket lies inside exactly one bin.
        for (const [lo, hi, count] of buckets) {
          const holders = bins.filter((b) => b.lo <= lo && hi <= b.hi);
          expect(holders.length).toBe(count > 0 ? 1 : 0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('leaves few buckets as they are, sorted, without empty ones', () => {
    const bins = mergeBuckets([
      [20, 21, 3],
      [10, 11, 2],
      [30, 31, 0],
    ]);
    expect(bins).toEqual([
      { lo: 10, hi: 11, count: 2 },
      { lo: 20, hi: 21, count: 3 },
    ]);
    expect(mergeBuckets([])).toEqual([]);
  });
});

describe('histogram layout', () => {
  const marker = (key: string, valueMs: number): Marker => ({
    key,
    label: `${key}: ${valueMs} ms`,
    valueMs,
    kind: 'quantile',
  });

  it('widens a narrow distribution to a decade and includes every marker', () => {
    const [lo, hi] = histogramDomain([{ lo: 50, hi: 50.4, count: 10 }], []);
    expect(hi / lo).toBeGreaterThanOrEqual(10 - 1e-9);
    expect(lo).toBeLessThan(50);
    expect(hi).toBeGreaterThan(50.4);
    const [lo2, hi2] = histogramDomain([{ lo: 50, hi: 51, count: 1 }], [marker('slo', 2000)]);
    expect(lo2).toBeLessThan(50);
    expect(hi2).toBeGreaterThan(2000);
  });

  it('draws bars inside the plot and heights proportional to counts', () => {
    const bins = mergeBuckets(recorded([1, 2, 2, 4, 4, 4, 4, 8]));
    const layout = histogramLayout({ bins, markers: [], width: 400, height: 240 });
    const bottom = layout.plot.y + layout.plot.height;
    for (const bar of layout.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(layout.plot.x - 1e-9);
      expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.x + layout.plot.width + 1);
      expect(bar.y + bar.height).toBeCloseTo(bottom);
    }
    const four = layout.bars.find((b) => b.bin.count === 4);
    const one = layout.bars.find((b) => b.bin.count === 1);
    expect(four?.height).toBeCloseTo(4 * (one?.height ?? 0));
  });

  it('puts marker labels that would collide in different rows, and grows the top margin', () => {
    const bins = [{ lo: 10, hi: 11, count: 5 }];
    const apart = histogramLayout({
      bins,
      markers: [marker('p50', 1), marker('p99', 1000)],
      width: 600,
      height: 240,
    });
    expect(apart.markers.map((m) => m.row)).toEqual([0, 0]);
    const close = histogramLayout({
      bins,
      markers: [marker('p50', 10), marker('p95', 10.5), marker('p99', 11)],
      width: 600,
      height: 240,
    });
    expect(new Set(close.markers.map((m) => m.row)).size).toBe(3);
    expect(close.plot.y).toBeGreaterThan(apart.plot.y);
  });

  it('labels near the right edge extend to the left', () => {
    const layout = histogramLayout({
      bins: [{ lo: 10, hi: 11, count: 5 }],
      markers: [marker('max', 100)],
      width: 400,
      height: 240,
    });
    expect(layout.markers[0].anchor).toBe('end');
  });

  it('ticks at 1-2-5 per decade, thinned when they do not fit', () => {
    expect(logTicks(1, 100, 10)).toEqual([1, 2, 5, 10, 20, 50, 100]);
    expect(logTicks(1, 100, 5)).toEqual([1, 3, 10, 30, 100]);
    expect(logTicks(0.1, 1e6, 4).length).toBeLessThanOrEqual(4);
    expect(logTicks(0.1, 1e6, 4)[0]).toBeCloseTo(0.1);
  });

  it('makes p50, p95 and p99 markers from a summary', () => {
    const summary = { mean: 5, p50: 4, p90: 8, p95: 9, p99: 12, max: 20 };
    const markers = quantileMarkers(summary, (key, ms) => `${key}=${ms}`);
    expect(markers.map((m) => [m.key, m.valueMs, m.label])).toEqual([
      ['p50', 4, 'p50=4'],
      ['p95', 9, 'p95=9'],
      ['p99', 12, 'p99=12'],
    ]);
    expect(quantileMarkers(null, () => '')).toEqual([]);
  });
});
