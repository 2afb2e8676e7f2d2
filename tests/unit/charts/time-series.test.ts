import { describe, expect, it } from 'vitest';
import type { SeriesData } from '../../../src/sim/stats/series.ts';
import { maxValue, seriesLayout } from '../../../src/ui/charts/time-series.ts';

const data: SeriesData = {
  tMs: [0, 1000, 2000, 3000],
  values: { queue: [1, 4, Number.NaN, 2], replicas: [2, 2, 3, 3] },
};

describe('time series layout', () => {
  const base = { width: 400, height: 200, xEndMs: 10_000 };
  const lines = [
    { key: 'queue', label: 'Queue' },
    { key: 'replicas', label: 'Replicas' },
  ];

  it('fixes the x domain to [start, xEndMs] so the axis does not jump', () => {
    const a = seriesLayout({ ...base, data, lines });
    const b = seriesLayout({ ...base, data: { tMs: [0], values: { queue: [1] } }, lines });
    expect(a.xTicks).toEqual(b.xTicks);
    expect(a.xUnit).toBe('s');
    expect(a.xTicks[0].x).toBeCloseTo(a.plot.x);
    const last = a.xTicks[a.xTicks.length - 1];
    expect(last.ms).toBe(10_000);
    expect(last.x).toBeCloseTo(a.plot.x + a.plot.width);
  });

  it('starts y at 0 and covers the largest value and the threshold', () => {
    expect(seriesLayout({ ...base, data, lines }).yDomain[0]).toBe(0);
    expect(seriesLayout({ ...base, data, lines }).yDomain[1]).toBeGreaterThanOrEqual(4);
    const withSlo = seriesLayout({ ...base, data, lines, threshold: { value: 9 } });
    expect(withSlo.yDomain[1]).toBeGreaterThanOrEqual(9);
    expect(withSlo.thresholdY).not.toBeNull();
  });

  it('honours a fixed yMax and hides a threshold above it', () => {
    const layout = seriesLayout({ ...base, data, lines, yMax: 3, threshold: { value: 5 } });
    expect(layout.yDomain).toEqual([0, 3]);
    expect(layout.thresholdY).toBeNull();
  });

  it('breaks a line at missing values and reports the last finite value', () => {
    const layout = seriesLayout({ ...base, data, lines });
    const queue = layout.lines.find((l) => l.key === 'queue');
    expect(queue?.last).toBe(2);
    // Two segments: two move-to commands.
    expect(queue?.d.match(/M/g)?.length).toBe(2);
    expect(queue?.d).not.toMatch(/NaN/);
    expect(layout.lines.find((l) => l.key === 'replicas')?.d.match(/M/g)?.length).toBe(1);
  });

  it('draws each bucket at its middle', () => {
    const layout = seriesLayout({ ...base, data, lines: [lines[1]] });
    const firstX = Number(layout.lines[0].d.slice(1).split(',')[0]);
    const x500 = layout.plot.x + (500 / 10_000) * layout.plot.width;
    expect(firstX).toBeCloseTo(x500);
  });

  it('copes with no data and unknown keys', () => {
    const empty = seriesLayout({ ...base, data: null, lines });
    expect(empty.lines.every((l) => l.d === '' && l.last === null)).toBe(true);
    expect(empty.yDomain[1]).toBeGreaterThan(0);
    const unknown = seriesLayout({ ...base, data, lines: [{ key: 'nope', label: 'x' }] });
    expect(unknown.lines[0].d).toBe('');
  });

  it('treats null like NaN', () => {
    const withNull = { tMs: [0, 1], values: { q: [null as unknown as number, 3] } };
    expect(maxValue(withNull, ['q'])).toBe(3);
  });

  it('still lays out at 320 px wide', () => {
    const layout = seriesLayout({ ...base, width: 320, data, lines });
    expect(layout.plot.width).toBeGreaterThan(200);
    expect(layout.xTicks.length).toBeGreaterThanOrEqual(2);
    expect(layout.xTicks.length).toBeLessThanOrEqual(6);
  });
});
