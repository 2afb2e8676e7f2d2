import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BatchSimulation, type BatchReport } from '../../../src/modes/batch/simulation.ts';
import { BATCH_DEFAULTS, type BatchConfig } from '../../../src/modes/batch/config.ts';
import { OVERLAP_POLICIES } from '../../../src/machines/overlap-policy.ts';

type Run = BatchReport & { params: BatchConfig };

const simulate = (overrides: Partial<BatchConfig>): Run => {
  const params = { ...BATCH_DEFAULTS, ...overrides };
  return { ...new BatchSimulation(params).run(), params };
};

/** Deterministic 20 s runs every 60 s: they never overlap, even with a retry 5 s later. */
const shortRuns: Partial<BatchConfig> = {
  intervalS: 60,
  rows: 20_000,
  service: { kind: 'deterministic', mean: 1 },
  workers: 1,
};

/** Every scheduled run is accounted for, and every started run ended one way or the other. */
function expectBalanced(r: Run): void {
  const b = r.batch;
  expect(b.runsStarted + b.runsSkipped + b.runsQueuedAtEnd).toBe(b.runsScheduled);
  expect(b.runsCompleted + b.runsFailed).toBe(b.runsStarted);
  expect(b.runsActiveAtEnd).toBe(0);
  expect(b.retries).toBeLessThanOrEqual(b.runsStarted * r.params.retries);
  expect(r.queries.served + r.queries.missed).toBeGreaterThanOrEqual(0);
  if (r.params.overlapPolicy !== 'allow') expect(b.maxConcurrentRuns).toBeLessThanOrEqual(1);
  if (r.params.overlapPolicy !== 'queue') expect(b.runsQueuedAtEnd).toBe(0);
  if (r.params.overlapPolicy !== 'skip') expect(b.runsSkipped).toBe(0);
}

describe('batch runs that fail and retry (Airflow retries, retry_delay)', () => {
  it('fails a run when all 1 + retries attempts fail: p^(r + 1) of runs, p + ... + p^r retries each', () => {
    const p = 0.3;
    // 10 s attempts 5 s apart: even three attempts end before the next tick (no skips).
    const r = simulate({
      ...shortRuns,
      rows: 10_000,
      failureProb: p,
      retries: 2,
      retryDelayS: 5,
      durationS: 4 * 86_400,
      queryRatePerS: 0,
      seed: 3,
    });
    expectBalanced(r);
    const n = r.batch.runsStarted;
    expect(n).toBe(5760);
    // Binomial counts: tolerances of four standard deviations.
    const failP = p ** 3;
    expect(Math.abs(r.batch.runsFailed - n * failP)).toBeLessThan(
      4 * Math.sqrt(n * failP * (1 - failP)),
    );
    // Retries per run take 0, 1, 2 with probabilities 1 - p, p (1 - p), p^2: mean p + p^2.
    const mean = p + p * p;
    const variance = p * (1 - p) + 4 * p * p - mean * mean;
    expect(Math.abs(r.batch.retries - n * mean)).toBeLessThan(4 * Math.sqrt(n * variance));
  });

  it('serves older data after failures: mean staleness D + T/2 + T p / (1 - p) without retries', () => {
    // A query in cycle k reads run k if it succeeded, else run k - 1, and so on: the data is
    // older by T for each of the K failed runs in between, K geometric with mean p / (1 - p).
    const p = 0.3;
    const r = simulate({
      ...shortRuns,
      failureProb: p,
      durationS: 10 * 86_400,
      queryRatePerS: 0.5,
      seed: 2,
    });
    expectBalanced(r);
    const theory = 20_000 + 30_000 + (60_000 * p) / (1 - p);
    // Measured over 12 seeds: relative standard deviation 0.75%; 3% is four of them.
    expect(Math.abs(r.stalenessMs.mean / theory - 1)).toBeLessThan(0.03);
  });

  it('publishes nothing when every attempt fails: every query is missed', () => {
    const r = simulate({
      ...shortRuns,
      failureProb: 1,
      retries: 1,
      retryDelayS: 0,
      durationS: 3600,
    });
    expectBalanced(r);
    expect(r.batch.runsFailed).toBe(60);
    expect(r.batch.retries).toBe(60);
    expect(r.queries.served).toBe(0);
    expect(r.queries.missed).toBeGreaterThan(6000);
    expect(r.stalenessMs.mean).toBeNaN();
    expect(r.throughputPerS).toBe(0);
    // Both attempts of every run spend 20 s on the cluster: 40 s of each 60.
    expect(r.utilization).toBeCloseTo(2 / 3, 9);
  });

  it('keeps a run active through its retry wait, so skip skips the ticks that fall in it', () => {
    // 20 s attempt, 50 s wait, 20 s retry: a failed run lasts 90 s and blocks the next tick.
    const r = simulate({
      ...shortRuns,
      failureProb: 1,
      retries: 1,
      retryDelayS: 50,
      durationS: 3600,
      overlapPolicy: 'skip',
      queryRatePerS: 0,
    });
    expectBalanced(r);
    expect(r.batch).toMatchObject({ runsStarted: 30, runsSkipped: 30, meanRunMs: 90_000 });
    expect(r.batch.maxConcurrentRuns).toBe(1);
    // The cluster is up only while an attempt executes: 40 s of each 120.
    expect(r.costPerHour).toBeCloseTo(1 / 3, 9);
  });

  it('gives the same report, byte for byte, for the same seed and parameters', () => {
    const p: BatchConfig = {
      ...BATCH_DEFAULTS,
      rows: 500,
      service: { kind: 'lognormal', mean: 100, cv: 1.5 },
      workers: 2,
      setupMs: 3000,
      overlapPolicy: 'allow',
      durationS: 6 * 3600,
      failureProb: 0.2,
      retries: 2,
      retryDelayS: 20,
      seed: 9,
    };
    const text = (params: BatchConfig) =>
      JSON.stringify(new BatchSimulation(params, { series: true }).run());
    expect(text(p)).toBe(text(p));
    expect(text(p)).not.toBe(text({ ...p, seed: 10 }));
  });

  it('keeps the same query times when only the failures change (common random numbers)', () => {
    const a = simulate({ ...shortRuns, durationS: 3600, seed: 4 });
    const b = simulate({ ...shortRuns, durationS: 3600, seed: 4, failureProb: 0.5 });
    expect(a.queries.served + a.queries.missed).toBe(b.queries.served + b.queries.missed);
  });
});

describe('batch invariants, over random parameters', () => {
  const params: fc.Arbitrary<BatchConfig> = fc
    .record({
      intervalS: fc.double({ min: 1, max: 120, noNaN: true }),
      ticks: fc.integer({ min: 1, max: 40 }),
      rows: fc.integer({ min: 1, max: 300 }),
      meanMs: fc.double({ min: 1, max: 500, noNaN: true }),
      exponential: fc.boolean(),
      workers: fc.integer({ min: 1, max: 4 }),
      setupMs: fc.double({ min: 0, max: 20_000, noNaN: true }),
      overlapPolicy: fc.constantFrom(...OVERLAP_POLICIES),
      queryRatePerS: fc.double({ min: 0, max: 5, noNaN: true }),
      failureProb: fc.double({ min: 0, max: 1, noNaN: true }),
      retries: fc.integer({ min: 0, max: 3 }),
      retryDelayS: fc.double({ min: 0, max: 100, noNaN: true }),
      seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    })
    .map(({ ticks, meanMs, exponential, retries, retryDelayS, ...rest }) => ({
      ...BATCH_DEFAULTS,
      ...rest,
      durationS: ticks * rest.intervalS,
      service: { kind: exponential ? 'exponential' : 'deterministic', mean: meanMs },
      retries,
      retryDelayS: retries > 0 ? retryDelayS : null,
    }));

  it('accounts for every run, keeps skip and queue to one at a time, and is deterministic', () => {
    fc.assert(
      fc.property(params, (p) => {
        const sim = new BatchSimulation(p, { series: true });
        const r = sim.run();
        expectBalanced({ ...r, params: p });
        expect(sim.machineStates().runs).toEqual([]);
        // Every event a run read ends with a prediction (its run published) or without one (its
        // run failed every attempt), whatever order overlapping runs end in.
        expect(sim.events.ages.count + r.overAll.unserved).toBe(sim.events.read);
        expect(sim.events.ages.count).toBe(r.rowsPublished);
        expect(r.simulatedMs).toBeGreaterThanOrEqual(p.durationS * 1000);
        expect(r.utilization).toBeLessThanOrEqual(1 + 1e-12);
        expect(r.utilization * p.workers).toBeLessThanOrEqual(
          (r.costPerHour / Math.max(p.pricePerHour, 1e-300)) * (1 + 1e-9),
        );
        const series = r.series!;
        expect(Math.max(...series.values.runsActive)).toBeLessThanOrEqual(
          r.batch.maxConcurrentRuns + 1e-9,
        );
        expect(JSON.stringify(new BatchSimulation(p, { series: true }).run())).toBe(
          JSON.stringify(r),
        );
      }),
      { numRuns: 150 },
    );
  });
});
