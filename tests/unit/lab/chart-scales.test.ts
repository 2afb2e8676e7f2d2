import { describe, expect, it } from 'vitest';
import { chartEndMs } from '../../../src/ui/lab/chart-window.ts';
import { durationSeries } from '../../../src/ui/lab/duration-series.ts';
import { costSeries } from '../../../src/ui/lab/cost-series.ts';

describe("the labs' chart scales", () => {
  it('grows the time axis in 1-2-5 steps past now, never beyond the run', () => {
    expect(chartEndMs(0, 86_400_000)).toBe(10_000);
    expect(chartEndMs(9_000, 86_400_000)).toBe(10_000);
    expect(chartEndMs(9_500, 86_400_000)).toBe(20_000);
    expect(chartEndMs(150_000, 86_400_000)).toBe(200_000);
    expect(chartEndMs(50_000_000, 86_400_000)).toBe(86_400_000);
    expect(chartEndMs(5_000, 3_000)).toBe(3_000);
    for (let now = 0; now < 1e8; now = now * 1.7 + 13)
      expect(chartEndMs(now, 1e9)).toBeGreaterThan(now);
  });

  it('shows durations in the unit their largest value reads best in', () => {
    const series = { tMs: [0, 1, 2], values: { age: [0, 90_000, 5_400_000] } };
    const { data, unit } = durationSeries(series, 'age');
    expect(unit).toBe('min');
    expect(data.values.age).toEqual([0, 1.5, 90]);
    expect(durationSeries({ tMs: [0], values: { age: [Number.NaN] } }, 'age').unit).toBe('s');
    expect(durationSeries({ tMs: [0], values: { age: [3 * 86_400_000] } }, 'age').unit).toBe('d');
  });

  it('costs replicas times the price of a replica-hour', () => {
    const cost = costSeries({ tMs: [0, 10], values: { replicas: [2, 3.5] } }, 0.5);
    expect(cost.values.cost).toEqual([1, 1.75]);
  });
});
