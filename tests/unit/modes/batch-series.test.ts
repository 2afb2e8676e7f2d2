import { describe, expect, it } from 'vitest';
import { BatchSimulation, BATCH_SERIES } from '../../../src/modes/batch/simulation.ts';
import { BATCH_DEFAULTS, type BatchConfig } from '../../../src/modes/batch/config.ts';

const withSeries = (overrides: Partial<BatchConfig>) =>
  new BatchSimulation({ ...BATCH_DEFAULTS, ...overrides }, { series: true }).run();

/** Deterministic 20 s runs every 60 s, published at 60 k + 20 s with data from 60 k s. */
const lone: Partial<BatchConfig> = {
  intervalS: 60,
  rows: 20_000,
  service: { kind: 'deterministic', mean: 1 },
  durationS: 3600,
  queryRatePerS: 0,
};

/** The exact mean over [a, b) of the staleness sawtooth of `lone`, by summing its pieces. */
function meanStaleness(a: number, b: number): number {
  let area = 0;
  for (let k = 0; 60_000 * k + 20_000 < b; k++) {
    const from = Math.max(a, 60_000 * k + 20_000);
    const to = Math.min(b, 60_000 * (k + 1) + 20_000);
    if (to > from) area += ((to - 60_000 * k) ** 2 - (from - 60_000 * k) ** 2) / 2;
  }
  return area / (b - a);
}

describe('batch time series', () => {
  it('records the four series on shared bucket times, at most 512 points', () => {
    const r = withSeries(lone);
    const s = r.series!;
    expect(Object.keys(s.values)).toEqual([...BATCH_SERIES]);
    expect(s.tMs.length).toBeLessThanOrEqual(512);
    for (const name of BATCH_SERIES) expect(s.values[name]).toHaveLength(s.tMs.length);
    for (const v of [...s.values.runsActive, ...s.values.utilization]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });

  it('gives each bucket the exact time average of staleness, none before the first publication', () => {
    const r = withSeries(lone);
    const { tMs, values } = r.series!;
    const width = tMs[1] - tMs[0];
    let checked = 0;
    tMs.forEach((start, b) => {
      const end = Math.min(start + width, r.simulatedMs);
      if (start < 20_000) {
        expect(values.stalenessMs[b]).toBeNaN(); // part of the bucket had nothing to serve
        return;
      }
      expect(values.stalenessMs[b] / meanStaleness(start, end)).toBeCloseTo(1, 9);
      checked++;
    });
    expect(checked).toBeGreaterThan(400);
    // Runs fill 20 s of every 60: so do the runsActive and utilisation curves on average.
    const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
    expect(mean(values.utilization)).toBeCloseTo(1 / 3, 2);
  });

  it('shows the backlog growing under the queue policy', () => {
    const r = withSeries({ ...lone, rows: 90_500, overlapPolicy: 'queue', durationS: 86_400 });
    const backlog = r.series!.values.backlog;
    expect(backlog[0]).toBeLessThan(2);
    expect(backlog.at(-2)).toBeGreaterThan(400);
    expect(r.batch.runsQueuedAtEnd).toBeGreaterThan(400);
  });

  it('does not stall on a duration that is not a round number of milliseconds', () => {
    const r = withSeries({ ...lone, intervalS: 4.3, rows: 1000, durationS: 4.3 * 37 });
    expect(r.series!.tMs.length).toBeGreaterThan(0);
  });
});
