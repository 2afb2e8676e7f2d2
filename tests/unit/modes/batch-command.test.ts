import { describe, expect, it } from 'vitest';
import { BATCH_COMMAND, runBatch } from '../../../src/cli/batch-command.ts';
import { parseFlags, UsageError } from '../../../src/cli/flags.ts';
import { ParamError } from '../../../src/sim/param-error.ts';
import { main } from '../../../src/cli/simulate.ts';

/** The whole CLI, as `npm run simulate` runs it. */
function cli(argv: string[]) {
  let out = '';
  let err = '';
  const status = main(['--mode', 'batch', ...argv], {
    out: (text) => (out += text),
    err: (text) => (err += text),
    clock: () => performance.now(),
  });
  return { status, out, err };
}

const flags = (argv: string[]) => parseFlags(argv, BATCH_COMMAND.flags);
const params = (argv: string[]) => BATCH_COMMAND.paramsFromFlags(flags(argv));

/** The one line the dispatcher prints for a ParamError, with the field mapped to its flag. */
function paramErrorLine(argv: string[]): string {
  try {
    params(argv);
  } catch (error) {
    if (!(error instanceof ParamError)) throw error;
    return `--${BATCH_COMMAND.flagOf(error.field)} must be ${error.accepted}, got ${JSON.stringify(error.got)}`;
  }
  throw new Error(`no ParamError for ${argv.join(' ')}`);
}

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

describe('batch mode command', () => {
  it('turns the documented example into parameters and a report with the contract fields', () => {
    const p = params(EXAMPLE);
    expect(p).toMatchObject({
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
    const r = JSON.parse(JSON.stringify(BATCH_COMMAND.run(p, { series: false })));
    expect(Object.keys(r).slice(0, 4)).toEqual(['mode', 'seed', 'params', 'batch']);
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
    expect(r.latencyMs.p99).toBe(2); // deterministic:2 lookups
    for (const key of ['utilization', 'throughputPerS', 'costPerHour'])
      expect(typeof r[key], key).toBe('number');
    expect(r.engine.events).toBeGreaterThan(170_000);
    expect(r.series).toBeUndefined();
    expect(r.theory.stalenessMs.mean).toBe(50_000);
  });

  it('adds the series when asked', () => {
    const r = runBatch(params([...EXAMPLE.slice(0, 10), '--duration', '3600']), { series: true });
    expect(Object.keys(r.series!.values)).toEqual([
      'runsActive',
      'utilization',
      'stalenessMs',
      'backlog',
    ]);
  });

  it('prints simulated staleness beside D + T/2 when runs do not overlap, and not otherwise', () => {
    const show = (argv: string[]) => {
      const p = params(argv);
      return BATCH_COMMAND.format({
        ...BATCH_COMMAND.run(p, { series: false }),
        params: p,
        engine: { events: 1, wallMs: 1 },
      });
    };
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

  it('names the flag and the accepted range for a bad value (the CLI exits 2)', () => {
    expect(paramErrorLine(['--interval', '0'])).toBe(
      '--interval must be a number greater than 0 and at most 31536000, got 0',
    );
    expect(paramErrorLine(['--rows', '0'])).toMatch(/^--rows must be an integer from 1 to /);
    expect(paramErrorLine(['--failure-prob', '1.5'])).toBe(
      '--failure-prob must be a number from 0 to 1, got 1.5',
    );
    expect(paramErrorLine(['--workers', '0'])).toMatch(/^--workers must be an integer from 1/);
    expect(paramErrorLine(['--query-rate', '-1'])).toMatch(/^--query-rate must be a number from 0/);
    expect(paramErrorLine(['--service', 'gamma:3'])).toMatch(/^--service must be KIND:MEAN_MS/);
    expect(paramErrorLine(['--lookup-ms', 'deterministic:-2'])).toMatch(
      /^--lookup-ms mean must be a number greater than 0/,
    );
    expect(paramErrorLine(['--retries', '2', '--retry-delay', '-5'])).toMatch(
      /^--retry-delay must be a number from 0/,
    );
    expect(paramErrorLine(['--interval', '0.01', '--duration', '86400'])).toMatch(
      /^--duration must be at most 100000 intervals long/,
    );
  });

  it('rejects contradictory input: a retry delay without retries', () => {
    expect(paramErrorLine(['--retry-delay', '30'])).toBe(
      '--retry-delay must be left unset while retries is 0 (there is no retry to delay), got 30',
    );
    expect(params(['--retry-delay', '30', '--retries', '1']).retryDelayS).toBe(30);
  });

  it('rejects malformed flags before validation, as usage errors', () => {
    for (const argv of [
      ['--overlap-policy', 'sometimes'],
      ['--workers', '1.5'],
      ['--rows', 'many'],
      ['--arrival-rate', '10'],
      ['--interval'],
    ])
      expect(() => params(argv), argv.join(' ')).toThrow(UsageError);
  });

  it('maps every parameter to a flag it declares', () => {
    const declared = new Set(BATCH_COMMAND.flags.map((f) => f.name));
    for (const field of Object.keys(params([]))) {
      const flag = BATCH_COMMAND.flagOf(field);
      expect(flag, field).toBeDefined();
      expect(declared.has(flag!), field).toBe(true);
    }
    expect(BATCH_COMMAND.flagOf('service mean')).toBe('service mean');
    expect(BATCH_COMMAND.flagOf('nonsense')).toBeUndefined();
  });

  it('exits 2 with one line naming the flag through the CLI, and 0 with one JSON object', () => {
    for (const [argv, line] of [
      [['--interval', '-1'], '--interval must be a number greater than 0'],
      [['--retry-delay', '10'], '--retry-delay must be left unset while retries is 0'],
      [['--overlap-policy', 'never'], '--overlap-policy must be one of skip, queue, allow'],
    ] as const) {
      const { status, out, err } = cli([...argv]);
      expect(status).toBe(2);
      expect(out).toBe('');
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toContain(line);
    }
    const { status, out, err } = cli([...EXAMPLE.slice(0, 10), '--duration', '3600', '--json']);
    expect([status, err]).toEqual([0, '']);
    const r = JSON.parse(out);
    expect(r.mode).toBe('batch');
    expect(r.engine.wallMs).toBeGreaterThan(0);
  });
});
