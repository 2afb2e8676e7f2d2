import { describe, expect, it } from 'vitest';
import { SeriesRecorder } from '../../../src/sim/stats/series.ts';

describe('SeriesRecorder', () => {
  it('gives the time-weighted mean of each quantity per bucket', () => {
    const s = new SeriesRecorder(['q'], 8, 10);
    s.set(0, [2]);
    s.set(5, [4]); // bucket [0, 10): 2 for 5 ms then 4 for 5 ms -> 3
    s.set(10, [1]);
    const out = s.finish(20);
    expect(out.tMs).toEqual([0, 10]);
    expect(out.values.q).toEqual([3, 1]);
  });

  it('stays within maxPoints by merging pairs, and keeps the overall average', () => {
    const s = new SeriesRecorder(['a', 'b'], 16, 1);
    let area = 0;
    for (let t = 0; t < 10_000; t += 7) {
      const v = (t * 13) % 11;
      s.set(t, [v, 2 * v]);
      area += v * Math.min(7, 10_000 - t);
    }
    const out = s.finish(10_000);
    expect(out.tMs.length).toBeLessThanOrEqual(16);
    const width = out.tMs[1] - out.tMs[0];
    const last = 10_000 - out.tMs.at(-1)!;
    const total = out.values.a.reduce(
      (sum, v, i) => sum + v * (i === out.tMs.length - 1 ? last : width),
      0,
    );
    expect(total).toBeCloseTo(area, 6);
    out.values.a.forEach((v, i) => expect(out.values.b[i]).toBeCloseTo(2 * v, 9));
  });

  it('makes progress when a bucket edge rounds onto the current time', () => {
    const s = new SeriesRecorder(['x'], 512, 0.1);
    s.set(4.3, [1]);
    s.set(5, [2]);
    const out = s.finish(5.1);
    expect(out.values.x.at(-1)).toBeCloseTo(2, 9);
    expect(out.values.x[43]).toBeCloseTo(1, 9);
  });
});
