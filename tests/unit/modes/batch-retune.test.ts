import { describe, expect, it } from 'vitest';
import { BatchSimulation } from '../../../src/modes/batch/simulation.ts';
import { BATCH_DEFAULTS, type BatchConfig } from '../../../src/modes/batch/config.ts';
import { seriesBefore } from './retune-helpers.ts';
import { runsOf } from './batch-helpers.ts';

const params = (overrides: Partial<BatchConfig>): BatchConfig => ({
  ...BATCH_DEFAULTS,
  ...overrides,
});

describe('batch retune: identical params', () => {
  const cases: Array<[string, BatchConfig]> = [
    ['the defaults over an hour', params({ durationS: 3600 })],
    [
      'an overloaded queue',
      params({
        durationS: 7200,
        overlapPolicy: 'queue',
        rows: 90_000,
        service: { kind: 'deterministic', mean: 1 },
      }),
    ],
    [
      'overlapping runs that fail and retry',
      params({
        durationS: 7200,
        overlapPolicy: 'allow',
        rows: 90_000,
        workers: 2,
        failureProb: 0.3,
        retries: 2,
        retryDelayS: 10,
        setupMs: 500,
      }),
    ],
  ];

  it.each(cases)(
    'change nothing (%s): the final report is an untouched run’s, byte for byte',
    (_, p) => {
      const untouched = JSON.stringify(new BatchSimulation(p, { series: true }).run());
      const sim = new BatchSimulation(p, { series: true });
      sim.advance(1_234_567);
      expect(sim.retune(JSON.parse(JSON.stringify(p)) as BatchConfig)).toEqual([]);
      expect(JSON.stringify(sim.run())).toBe(untouched);
    },
  );
});

describe('batch retune: the past is left alone', () => {
  it('the report at the retune time and the series before it are an untouched run’s', () => {
    const p = params({ durationS: 7200, rows: 30_000, queryRatePerS: 3 });
    const untouched = new BatchSimulation(p, { series: true });
    const retuned = new BatchSimulation(p, { series: true });
    untouched.advance(3_000_000);
    retuned.advance(3_000_000);
    expect(JSON.stringify(retuned.report())).toBe(JSON.stringify(untouched.report()));
    const next = { ...p, workers: 3, intervalS: 45, queryRatePerS: 6, rows: 10_000 };
    expect(retuned.retune(next)).toEqual([]);
    const before = seriesBefore(untouched.run().series!, 3_000_000);
    expect(before.tMs.length).toBeGreaterThan(100);
    expect(seriesBefore(retuned.run().series!, 3_000_000)).toEqual(before);
    expect(retuned.params).toEqual(next);
  });
});

describe('batch retune: changes take effect from now', () => {
  it('doubling the workers halves the later runs and re-rates the one in progress', () => {
    const p = runsOf(40);
    const sim = new BatchSimulation(p);
    // Run 10 starts at 600 s with 40 s of work; at 610 s it has 30 s left for one worker.
    sim.advance(610_000);
    expect(sim.retune({ ...p, workers: 2 })).toEqual([]);
    sim.run();
    const runs = sim.runLog(60);
    const run10 = runs.find((r) => r.runId === 10)!;
    expect(run10.endMs).toBeCloseTo(625_000, 6);
    for (const r of runs) {
      const duration = r.endMs! - r.startMs!;
      if (r.runId < 10) expect(duration).toBe(40_000);
      if (r.runId > 10) expect(duration).toBeCloseTo(20_000, 6);
    }
  });

  it('pays each worker count for the time it was up', () => {
    // Runs 0-10 take 40 s on one worker (440 worker-s); at 650 s the cluster doubles, and runs
    // 11-19 take 20 s on two (360 worker-s): 800 worker-s over 1200 s at 1 per worker-hour.
    const p = runsOf(40, { durationS: 1200 });
    const sim = new BatchSimulation(p);
    sim.advance(650_000);
    expect(sim.retune({ ...p, workers: 2 })).toEqual([]);
    const r = sim.run();
    expect(r.simulatedMs).toBe(1_200_000);
    expect(r.costPerHour).toBeCloseTo(800 / 1200, 12);
  });

  it('a new interval: the next tick one new interval after the last, or at once if that is past', () => {
    const p = runsOf(10);
    const longer = new BatchSimulation(p);
    longer.advance(610_000); // the last tick was at 600 s
    expect(longer.retune({ ...p, intervalS: 30 })).toEqual([]);
    longer.advance(700_000);
    expect(longer.runLog(4).map((r) => r.scheduledMs)).toEqual([
      600_000, 630_000, 660_000, 690_000,
    ]);
    const shorter = new BatchSimulation(p);
    shorter.advance(610_000);
    expect(shorter.retune({ ...p, intervalS: 5 })).toEqual([]);
    shorter.advance(625_000);
    // 600 + 5 is already past at 610 s: a tick at once, then every 5 s (skipped while one runs).
    expect(shorter.runLog(5).map((r) => [r.scheduledMs, r.outcome])).toEqual([
      [600_000, 'succeeded'],
      [610_000, 'succeeded'],
      [615_000, 'skipped'],
      [620_000, 'running'],
      [625_000, 'skipped'],
    ]);
  });

  it('a new overlap policy decides the later ticks', () => {
    const p = runsOf(90, { overlapPolicy: 'skip' });
    const sim = new BatchSimulation(p);
    sim.advance(1_000_000);
    const skippedBefore = sim.report().batch.runsSkipped;
    expect(sim.retune({ ...p, overlapPolicy: 'queue' })).toEqual([]);
    const r = sim.run();
    expect(r.batch.runsSkipped).toBe(skippedBefore);
    expect(r.batch.runsQueuedAtEnd).toBeGreaterThan(0);
    expect(sim.params.overlapPolicy).toBe('queue');
  });

  it('lookups start at the new rate', () => {
    const p = runsOf(10, { durationS: 7200 });
    const sim = new BatchSimulation(p);
    sim.advance(3_600_000);
    expect(sim.report().queries).toEqual({ served: 0, missed: 0 });
    expect(sim.retune({ ...p, queryRatePerS: 5 })).toEqual([]);
    const { served, missed } = sim.run().queries;
    // Poisson lookups over the last 3600 s at 5/s: mean 18,000, standard deviation 134 (0.75%);
    // 3% is four standard deviations. Runs have published since 10 s: none is missed.
    expect(Math.abs(served / 18_000 - 1)).toBeLessThan(0.03);
    expect(missed).toBe(0);
  });
});

describe('batch retune: fields that need a new run', () => {
  it('the duration and the seed, in parameter order', () => {
    const p = runsOf(10);
    const sim = new BatchSimulation(p);
    sim.advance(100_000);
    expect(sim.retune({ ...p, seed: 5, durationS: 7200, pricePerHour: 2 })).toEqual([
      'durationS',
      'seed',
    ]);
    expect(sim.params).toEqual({ ...p, pricePerHour: 2 });
  });

  it('the overlap policy while intervals are queued', () => {
    const p = runsOf(90, { overlapPolicy: 'queue' });
    const sim = new BatchSimulation(p);
    sim.advance(200_000);
    expect(sim.machineStates().backlog).toBeGreaterThan(0);
    expect(sim.retune({ ...p, overlapPolicy: 'skip' })).toEqual(['overlapPolicy']);
    expect(sim.params.overlapPolicy).toBe('queue');
  });
});
