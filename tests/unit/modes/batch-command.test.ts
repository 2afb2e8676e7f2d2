import { describe, expect, it } from 'vitest';
import { batchConfig, type BatchValues } from '../../../src/modes/batch/config.ts';
import { BATCH_MODE } from '../../../src/modes/batch/mode.ts';
import type { BatchModeReport } from '../../../src/modes/batch/mode.ts';
import { cli, invocation, refusedLine } from './cli-helpers.ts';

const batch = (argv: string[]) => invocation(['--mode', 'batch', ...argv]);
const config = (argv: string[]) => batchConfig(batch(argv).values as BatchValues);
const refused = (argv: string[]) => refusedLine(['--mode', 'batch', ...argv]);
const run = (argv: string[], series = false) =>
  BATCH_MODE.simulate(batch(argv).values, { series, preset: null }) as BatchModeReport;

const EXAMPLE = [
  '--interval',
  '60',
  '--rows',
  '20000',
  '--service',
  'deterministic:1',
  '--workers',
  '1',
  '--overlap-policy',
  'skip',
  '--duration',
  '86400',
  '--query-rate',
  '2',
  '--seed',
  '5',
];
const SUMMARY_KEYS = ['max', 'mean', 'p50', 'p90', 'p95', 'p99'];

describe('batch mode on the command line', () => {
  it('turns the documented example into parameters and a report with the contract fields', () => {
    expect(config(EXAMPLE)).toMatchObject({
      intervalS: 60,
      rows: 20_000,
      service: { kind: 'deterministic', mean: 1 },
      workers: 1,
      overlapPolicy: 'skip',
      durationS: 86_400,
      queryRatePerS: 2,
      lookup: { kind: 'deterministic', mean: 2 },
      seed: 5,
    });
    const r = JSON.parse(JSON.stringify(run(EXAMPLE)));
    expect(Object.keys(r).slice(0, 3)).toEqual(['mode', 'seed', 'batch']);
    expect(r.mode).toBe('batch');
    expect(r.seed).toBe(5);
    for (const key of [
      'runsScheduled',
      'runsStarted',
      'runsCompleted',
      'runsSkipped',
      'runsQueuedAtEnd',
      'maxConcurrentRuns',
      'meanRunMs',
    ])
      expect(typeof r.batch[key], key).toBe('number');
    expect(Object.keys(r.stalenessMs).sort()).toEqual(['max', 'mean']);
    expect(Object.keys(r.queries).sort()).toEqual(['missed', 'served']);
    expect(Object.keys(r.latencyMs).sort()).toEqual(SUMMARY_KEYS);
    expect(Object.keys(r.eventToPredictionMs).sort()).toEqual(SUMMARY_KEYS);
    expect(r.latencyMs.p99).toBe(2); // deterministic:2 lookups
    for (const key of ['utilization', 'throughputPerS', 'costPerHour'])
      expect(typeof r[key], key).toBe('number');
    expect(r.engine.events).toBeGreaterThan(170_000);
    expect(r.series).toBeUndefined();
    expect(r.theory.stalenessMs.mean).toBe(50_000);
    expect(r.params.intervalS).toBe(60);
    expect(r.headline.lookupMs).toEqual({ p50: 2, p99: 2 });
  });

  it('adds the series when asked', () => {
    const r = run([...EXAMPLE.slice(0, 10), '--duration', '3600'], true);
    expect(Object.keys(r.series!.values)).toEqual([
      'runsActive',
      'utilization',
      'stalenessMs',
      'backlog',
    ]);
  });

  it('prints simulated staleness beside D + T/2 when runs do not overlap, and not otherwise', () => {
    const show = (argv: string[]) =>
      BATCH_MODE.formatReport({ ...run(argv), engine: { events: 1, wallMs: 1 } });
    const text = show([...EXAMPLE.slice(0, 10), '--duration', '3600']);
    expect(text).toContain('theory (D + T/2)');
    expect(text).toMatch(/Staleness mean \(s\)\s+\d+\.\d\s+50\.0/);
    const overlapping = show(['--rows', '90000', '--overlap-policy', 'allow', '--duration', '600']);
    expect(overlapping).not.toContain('theory (D + T/2)');
    expect(overlapping).toContain('No formula applies');
    expect(overlapping).toMatch(
      /Cost: 1\.00 per hour = 1 worker x 100\.00 % of the time the cluster is up/,
    );
  });

  it('names the flag, the value and the accepted range for a bad value', () => {
    expect(refused(['--interval', '0'])).toBe(
      '--interval must be a number greater than 0 and at most 31536000, got 0',
    );
    expect(refused(['--rows', '0'])).toMatch(/^--rows must be an integer from 1 to /);
    expect(refused(['--failure-prob', '1.5'])).toBe(
      '--failure-prob must be a number from 0 to 1, got 1.5',
    );
    expect(refused(['--workers', '0'])).toMatch(/^--workers must be an integer from 1/);
    expect(refused(['--query-rate', '-1'])).toMatch(/^--query-rate must be a number from 0/);
    expect(refused(['--service', 'gamma:3'])).toMatch(/^--service must be KIND:MEAN_MS/);
    expect(refused(['--lookup-ms', 'deterministic:-2'])).toMatch(
      /^--lookup-ms must be KIND:MEAN_MS .* with a mean from /,
    );
    expect(refused(['--retries', '2', '--retry-delay', '-5'])).toMatch(
      /^--retry-delay must be a number from 0/,
    );
    expect(refused(['--interval', '0.01', '--duration', '86400'])).toMatch(
      /^--duration must be at most 100000 intervals long/,
    );
  });

  it('rejects contradictory input: a retry delay without retries', () => {
    expect(refused(['--retry-delay', '30'])).toBe(
      '--retry-delay must be none while retries is 0 (there is no retry to delay), got 30',
    );
    expect(config(['--retry-delay', '30', '--retries', '1']).retryDelayS).toBe(30);
  });

  it('rejects malformed flags with one line each', () => {
    expect(refused(['--overlap-policy', 'sometimes'])).toMatch(
      /^--overlap-policy must be one of skip, queue, allow/,
    );
    expect(refused(['--workers', '1.5'])).toMatch(/^--workers must be an integer/);
    expect(refused(['--rows', 'many'])).toMatch(/^--rows must be an integer/);
    expect(refused(['--servers', '10'])).toBe('--servers does not apply to --mode batch');
    expect(refused(['--interval'])).toBe('--interval needs a value');
  });

  it('exits 2 with one line naming the flag through the CLI, and 0 with one JSON object', () => {
    for (const [argv, line] of [
      [['--interval', '-1'], '--interval must be a number greater than 0'],
      [['--retry-delay', '10'], '--retry-delay must be none while retries is 0'],
      [['--overlap-policy', 'never'], '--overlap-policy must be one of skip, queue, allow'],
    ] as const) {
      const { status, out, err } = cli(['--mode', 'batch', ...argv]);
      expect(status).toBe(2);
      expect(out).toBe('');
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toContain(line);
    }
    const { status, out, err } = cli([
      '--mode',
      'batch',
      ...EXAMPLE.slice(0, 10),
      '--duration',
      '3600',
      '--json',
    ]);
    expect([status, err]).toEqual([0, '']);
    const r = JSON.parse(out);
    expect(r.mode).toBe('batch');
    expect(r.engine.wallMs).toBeGreaterThan(0);
  });
});
