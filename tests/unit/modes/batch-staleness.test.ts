import { describe, expect, it } from 'vitest';
import { BatchSimulation, type BatchReport } from '../../../src/modes/batch/simulation.ts';
import { BATCH_DEFAULTS, type BatchConfig } from '../../../src/modes/batch/config.ts';
import { batchTheory } from '../../../src/modes/batch/theory.ts';

const simulate = (overrides: Partial<BatchConfig>): BatchReport =>
  new BatchSimulation({ ...BATCH_DEFAULTS, ...overrides }).run();
const relativeError = (simulated: number, theory: number): number =>
  Math.abs(simulated / theory - 1);

/**
 * REFERENCE.md, "Batch": a run starts at t and publishes at t + D (D < T), so a query at a random
 * time reads data D to D + T old: mean D + T/2, maximum D + T. Poisson queries see time averages
 * (PASTA), so each served query's staleness is uniform on [D, D + T), and the mean of n of them
 * has a standard error of T / sqrt(12 n): with T = 60 s and n = 172,800 (2 per second for a day)
 * that is 42 ms, 0.08% of D + T/2 = 50 s. The 0.5% tolerance is six standard errors.
 */
const TOLERANCE = 0.005;

describe('batch staleness when runs do not overlap', () => {
  const lone: Partial<BatchConfig> = {
    intervalS: 60,
    rows: 20_000,
    service: { kind: 'deterministic', mean: 1 },
    workers: 1,
    durationS: 86_400,
    queryRatePerS: 2,
    seed: 5,
  };

  it('has mean D + T/2 and maximum D + T under every policy (D = 20 s, T = 60 s)', () => {
    for (const overlapPolicy of ['skip', 'queue', 'allow'] as const) {
      const r = simulate({ ...lone, overlapPolicy });
      expect(r.batch.maxConcurrentRuns).toBe(1);
      expect(r.batch.meanRunMs).toBeCloseTo(20_000, 6);
      expect(relativeError(r.stalenessMs.mean, 50_000)).toBeLessThan(TOLERANCE);
      // At 2 queries/s some query falls in the last second of one of the 1,440 cycles.
      expect(r.stalenessMs.max).toBeLessThanOrEqual(80_000);
      expect(r.stalenessMs.max).toBeGreaterThan(79_000);
    }
  });

  it('counts the queries before the first publication as missed: Poisson(rate x D)', () => {
    const r = simulate(lone);
    // 2/s x 20 s = 40 expected, standard deviation sqrt(40) = 6.3; four of them either side.
    expect(Math.abs(r.queries.missed - 40)).toBeLessThan(4 * Math.sqrt(40));
    expect(r.queries.served + r.queries.missed).toBeGreaterThan(170_000);
  });

  it('holds with random row costs, several workers and a set-up time (D = 7 s, T = 30 s)', () => {
    const p: Partial<BatchConfig> = {
      intervalS: 30,
      rows: 4000,
      service: { kind: 'exponential', mean: 5 },
      workers: 4,
      setupMs: 2000,
      durationS: 86_400,
      queryRatePerS: 2,
      seed: 11,
    };
    const theory = batchTheory({ ...BATCH_DEFAULTS, ...p });
    // D = set-up + rows x mean cost / workers = 2 s + 4,000 x 5 ms / 4 = 7 s.
    expect(theory).toEqual({
      loneRunMs: 7000,
      stalenessMs: { mean: 22_000, max: 37_000 },
      // An event waits for the next cut-off (uniform over 30 s), then for its run.
      eventToPredictionMs: { mean: 22_000, p99: 7000 + 0.99 * 30_000 },
    });
    // Rows taken to arrive evenly over each interval: the simulated event-to-prediction agrees.
    expect(relativeError(simulate(p).eventToPredictionMs.mean, 22_000)).toBeLessThan(TOLERANCE);
    expect(relativeError(simulate(p).eventToPredictionMs.p99, 36_700)).toBeLessThan(TOLERANCE);
    const r = simulate(p);
    expect(relativeError(r.stalenessMs.mean, 22_000)).toBeLessThan(TOLERANCE);
    expect(relativeError(r.batch.meanRunMs, 7000)).toBeLessThan(TOLERANCE);
    // Workers score 5 s of every 30 (utilisation 1/6); the cluster is up 7 s of every 30 and
    // costs 4 workers x 7/30 x 1 per worker-hour; 4,000 rows every 30 s.
    expect(relativeError(r.utilization, 5 / 30)).toBeLessThan(TOLERANCE);
    expect(relativeError(r.costPerHour, (4 * 7) / 30)).toBeLessThan(TOLERANCE);
    expect(r.throughputPerS).toBeCloseTo(4000 / 30, 6);
  });

  it('offers no formula when runs can overlap or fail', () => {
    const base = { ...BATCH_DEFAULTS, ...lone };
    expect(batchTheory({ ...base, rows: 60_000 })).toBeNull(); // D = T
    expect(batchTheory({ ...base, failureProb: 0.1 })).toBeNull();
    // Exponential rows, 1 per run: D varies so much that a run often outlasts the interval.
    expect(
      batchTheory({ ...base, rows: 1, service: { kind: 'exponential', mean: 20_000 } }),
    ).toBeNull();
  });

  it('gives every run an interval of data from the first run on, so a short schedule is not biased', () => {
    // T = 60 s, D = 10 s (deterministic rows), 10 runs: each event waits for the next run (T/2 on
    // average) and then for the run (D). A first run that read nothing would pull the mean to
    // (N - 1)/N x (T/2 + D) + D/N = 37 s.
    const rows = {
      ...lone,
      rows: 1000,
      service: { kind: 'deterministic', mean: 10 },
      durationS: 600,
    } as const;
    const evenly = simulate(rows);
    expect(relativeError(evenly.eventToPredictionMs.mean, 40_000)).toBeLessThan(1e-6);
    // A Poisson stream of 50 events/s: the run at 0 reads the minute before the window, so 10
    // runs score 10 minutes of events (30,000 expected, standard deviation 173).
    const stream = simulate({ ...rows, arrivalRatePerS: 50, rows: 0 });
    expect(Math.abs(stream.rowsPublished - 30_000)).toBeLessThan(6 * 173);
    expect(stream.overAll.unserved).toBe(0);
    // The mean wait of 30,000 uniform times on [0, T): standard error T / sqrt(12 x 30000) = 0.1 s.
    expect(
      Math.abs(stream.eventToPredictionMs.mean - (30_000 + stream.batch.meanRunMs)),
    ).toBeLessThan(600);
  });
});
