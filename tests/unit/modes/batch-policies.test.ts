import { describe, expect, it } from 'vitest';
import { BatchSimulation, type BatchReport } from '../../../src/modes/batch/simulation.ts';
import {
  BATCH_DEFAULTS,
  scheduledRunCount,
  type BatchConfig,
} from '../../../src/modes/batch/config.ts';
import { Rng } from '../../../src/sim/rng.ts';
import { Exponential } from '../../../src/sim/distributions.ts';

const simulate = (overrides: Partial<BatchConfig>): BatchReport =>
  new BatchSimulation({ ...BATCH_DEFAULTS, ...overrides }).run();

/** Deterministic runs: `seconds` of work for one worker, every 60 s, no queries. */
const runsOf = (seconds: number): Partial<BatchConfig> => ({
  intervalS: 60,
  rows: seconds * 1000,
  service: { kind: 'deterministic', mean: 1 },
  workers: 1,
  queryRatePerS: 0,
});

describe('overlap policy skip (Airflow max_active_runs=1, catchup off)', () => {
  it('skips every tick that finds a run active, and never has two active', () => {
    // A 90 s run started at 120k s keeps the tick at 120k + 60 s busy: every other tick.
    const r = simulate({ ...runsOf(90), overlapPolicy: 'skip', durationS: 86_400 });
    expect(r.batch).toMatchObject({
      runsScheduled: 1440,
      runsStarted: 720,
      runsSkipped: 720,
      runsCompleted: 720,
      maxConcurrentRuns: 1,
      meanRunMs: 90_000,
    });
  });

  it('does not skip when a run ends exactly as the next tick fires', () => {
    const r = simulate({ ...runsOf(60), overlapPolicy: 'skip', durationS: 3600 });
    expect(r.batch).toMatchObject({ runsStarted: 60, runsSkipped: 0, maxConcurrentRuns: 1 });
    expect(r.utilization).toBeCloseTo(1, 12);
  });

  it('times a lone run exactly: its duration is its sampled work over the workers', () => {
    // One exponential row per run (mean 36 s) at 60 s intervals: about 18% of ticks are skipped.
    // The runs draw their costs in start order from the 'rows' stream, so the mean duration of
    // the started runs is the mean of that stream's first draws, to rounding: a completion
    // noticed late (at the next event rather than its own) would show here.
    const seed = 4;
    const r = simulate({
      rows: 1,
      service: { kind: 'exponential', mean: 36_000 },
      workers: 2,
      overlapPolicy: 'skip',
      durationS: 3 * 86_400,
      queryRatePerS: 1,
      seed,
    });
    expect(r.batch.runsSkipped).toBeGreaterThan(100);
    expect(r.batch.maxConcurrentRuns).toBe(1);
    const rows = Rng.stream(seed, 'rows');
    const row = new Exponential(36_000);
    let sum = 0;
    for (let i = 0; i < r.batch.runsStarted; i++) sum += row.sample(rows) / 2;
    expect(r.batch.meanRunMs / (sum / r.batch.runsStarted)).toBeCloseTo(1, 12);
  });
});

describe('overlap policy queue (Airflow max_active_runs=1, catchup on)', () => {
  // 90.5 s runs back to back: runs start at 90.5 k s, so after a duration of S seconds
  // floor(S / 90.5) + 1 have started and the rest of the ceil(S / 60) ticks wait.
  const queued = (durationS: number) =>
    Math.ceil(durationS / 60) - (Math.floor(durationS / 90.5) + 1);

  it('builds a backlog that grows with the duration, one run at a time', () => {
    const day = simulate({ ...runsOf(90.5), overlapPolicy: 'queue', durationS: 86_400 });
    const twoDays = simulate({ ...runsOf(90.5), overlapPolicy: 'queue', durationS: 172_800 });
    expect(day.batch.runsQueuedAtEnd).toBe(queued(86_400)); // 485
    expect(twoDays.batch.runsQueuedAtEnd).toBe(queued(172_800)); // 970
    expect(twoDays.batch.runsQueuedAtEnd).toBeGreaterThan(1.9 * day.batch.runsQueuedAtEnd);
    for (const r of [day, twoDays]) {
      expect(r.batch.maxConcurrentRuns).toBe(1);
      expect(r.batch.runsSkipped).toBe(0);
      expect(r.batch.meanRunMs).toBeCloseTo(90_500, 6);
      expect(r.utilization).toBeCloseTo(1, 9);
    }
  });

  it('serves data D to 2D old once runs go back to back: mean staleness 1.5 D', () => {
    const r = simulate({
      ...runsOf(90.5),
      overlapPolicy: 'queue',
      durationS: 86_400,
      queryRatePerS: 2,
    });
    // Uniform on [D, 2D): standard error 90.5 s / sqrt(12 x 172,800) = 63 ms; 1% is 20 of them.
    expect(Math.abs(r.stalenessMs.mean / (1.5 * 90_500) - 1)).toBeLessThan(0.01);
  });

  it('keeps queued intervals as a count, not as actors', () => {
    const sim = new BatchSimulation({
      ...BATCH_DEFAULTS,
      ...runsOf(90.5),
      overlapPolicy: 'queue',
      durationS: 86_400,
    });
    sim.advance(43_200_000);
    const states = sim.machineStates();
    expect(states.scheduler).toBe('backlogged');
    expect(states.backlog).toBeGreaterThan(200);
    expect(states.runs).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(states))).toEqual(states);
  });
});

describe('overlap policy allow (no max_active_runs cap)', () => {
  it('shares the workers exactly: two 80 s runs 60 s apart both take 100 s', () => {
    // Run 0 scores alone for 60 s (20 s left), then at half speed with run 1: it ends at 100 s,
    // when run 1 has 60 s left, which it scores alone, ending at 160 s. Two workers and twice
    // the rows give the same times.
    for (const workers of [1, 2]) {
      const r = simulate({
        ...runsOf(80),
        rows: 80_000 * workers,
        workers,
        overlapPolicy: 'allow',
        durationS: 120,
      });
      expect(r.batch.maxConcurrentRuns).toBe(2);
      expect(r.batch.meanRunMs).toBeCloseTo(100_000, 6);
      expect(r.simulatedMs).toBeCloseTo(160_000, 6);
      expect(r.utilization).toBeCloseTo(1, 12);
    }
  });

  it('lets an overloaded schedule spiral: every run slows, and the cluster never rests', () => {
    // 90 s of work every 60 s: 60 runs in an hour bring 5,400 s of work, which the
    // work-conserving cluster finishes at exactly 5,400 s.
    const r = simulate({ ...runsOf(90), overlapPolicy: 'allow', durationS: 3600 });
    expect(r.batch.runsStarted).toBe(60);
    expect(r.batch.runsCompleted).toBe(60);
    expect(r.batch.maxConcurrentRuns).toBeGreaterThan(10);
    expect(r.batch.meanRunMs).toBeGreaterThan(10 * 90_000);
    expect(r.simulatedMs).toBeCloseTo(5_400_000, 3);
    expect(r.utilization).toBeCloseTo(1, 9);
  });

  it('slows runs even below full load, where skip would run each alone', () => {
    const variable: Partial<BatchConfig> = {
      rows: 1,
      service: { kind: 'exponential', mean: 36_000 },
      durationS: 3 * 86_400,
      queryRatePerS: 0,
      seed: 3,
    };
    const allow = simulate({ ...variable, overlapPolicy: 'allow' });
    const skip = simulate({ ...variable, overlapPolicy: 'skip' });
    expect(allow.batch.maxConcurrentRuns).toBeGreaterThan(1);
    expect(allow.batch.runsSkipped).toBe(0);
    // Load 0.6: measured about 1.4 times the lone run's 36 s over several seeds.
    expect(allow.batch.meanRunMs).toBeGreaterThan(1.2 * skip.batch.meanRunMs);
    expect(allow.batch.meanRunMs).toBeGreaterThan(1.2 * 36_000);
  });

  it('shows every overlapping run in machineStates while they run, none after', () => {
    const sim = new BatchSimulation({
      ...BATCH_DEFAULTS,
      ...runsOf(80),
      overlapPolicy: 'allow',
      durationS: 120,
    });
    sim.advance(70_000);
    expect(sim.machineStates()).toEqual({
      scheduler: 'running',
      backlog: 0,
      runs: [
        { runId: 0, state: 'running', attempt: 1 },
        { runId: 1, state: 'running', attempt: 1 },
      ],
    });
    sim.run();
    expect(sim.machineStates()).toEqual({ scheduler: 'paused', backlog: 0, runs: [] });
  });
});

describe('the schedule', () => {
  it('ticks at 0, T, 2T, ... strictly before the end of the duration', () => {
    const count = (intervalS: number, durationS: number) =>
      scheduledRunCount({ ...BATCH_DEFAULTS, intervalS, durationS });
    expect(count(60, 86_400)).toBe(1440);
    expect(count(60, 86_400.001)).toBe(1441);
    expect(count(60, 59)).toBe(1);
    expect(count(60, 86_400 + 1e-8)).toBe(1441); // the tick at 86,400 s is 10 ns early
    expect(count(4.3, 4.3 * 37)).toBe(37);
    const r = simulate({ ...runsOf(1), intervalS: 0.1, durationS: 0.3, rows: 10 });
    expect(r.batch.runsScheduled).toBe(3);
  });
});
