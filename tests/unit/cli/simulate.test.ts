import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { main } from '../../../src/cli/simulate.ts';

function run(args: string[]) {
  let out = '';
  let err = '';
  const status = main(args, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    clock: () => performance.now(),
  });
  return { status, out, err };
}

const ISSUE_EXAMPLE = [
  '--mode',
  'online',
  '--arrival-rate',
  '320',
  '--servers',
  '4',
  '--service',
  'exponential:10',
  '--requests',
  '1000000',
  '--warmup',
  '50000',
  '--seed',
  '7',
];
const SUMMARY_KEYS = ['mean', 'p50', 'p90', 'p95', 'p99', 'max'];

describe('simulate CLI, online mode', () => {
  it('prints one JSON object with the documented fields for the issue example', () => {
    const { status, out, err } = run([...ISSUE_EXAMPLE, '--json']);
    expect(status).toBe(0);
    expect(err).toBe('');
    expect(out.trim().split('\n')).toHaveLength(1);
    const r = JSON.parse(out);
    expect(r.mode).toBe('online');
    expect(r.seed).toBe(7);
    expect(Object.keys(r.counts).sort()).toEqual([
      'arrived',
      'completed',
      'failed',
      'inFlight',
      'rejected',
      'timedOut',
    ]);
    expect(r.counts.arrived).toBe(1_000_000);
    expect(Object.keys(r.latencyMs).sort()).toEqual([...SUMMARY_KEYS].sort());
    expect(Object.keys(r.waitMs).sort()).toEqual([...SUMMARY_KEYS].sort());
    for (const key of ['utilization', 'throughputPerS', 'meanBatchSize'])
      expect(typeof r[key]).toBe('number');
    expect(r.theory.model).toBe('M/M/c');
    expect(r.theory.utilization).toBeCloseTo(0.8, 12);
    expect(r.engine.events).toBeGreaterThan(2 * 1_000_000);
    expect(r.engine.wallMs).toBeGreaterThan(0);
    expect(r.unstable).toBe(false);
  });

  it('accepts every optional flag of the contract', () => {
    const { status, out } = run([
      ...ISSUE_EXAMPLE.slice(0, 8),
      '--requests',
      '20000',
      '--warmup',
      '1000',
      '--seed',
      '7',
      '--queue-capacity',
      '4',
      '--queue-timeout-ms',
      '500',
      '--max-batch',
      '16',
      '--batch-delay-ms',
      '5',
      '--batch-overhead-ms',
      '8',
      '--network-rtt-ms',
      '20',
      '--json',
    ]);
    expect(status).toBe(0);
    const r = JSON.parse(out);
    expect(r.params).toMatchObject({
      queueCapacity: 4,
      queueTimeoutMs: 500,
      maxBatch: 16,
      batchDelayMs: 5,
      batchOverheadMs: 8,
      networkRttMs: 20,
    });
    expect(r.meanBatchSize).toBeGreaterThan(1);
    expect(r.meanBatchSize).toBeLessThanOrEqual(16);
    expect(r.latencyMs.p50).toBeGreaterThan(20);
    expect(r.theory).toBeNull();
    const c = r.counts;
    expect(c.arrived).toBe(c.completed + c.rejected + c.timedOut + c.inFlight);
  });

  it('runs for a simulated duration instead of a request count', () => {
    const r = JSON.parse(
      run([
        '--mode',
        'online',
        '--arrival-rate',
        '100',
        '--servers',
        '2',
        '--service',
        'lognormal:10:0.5',
        '--duration',
        '60',
        '--json',
      ]).out,
    );
    expect(r.measuredMs).toBe(60_000);
    expect(r.counts.arrived).toBeGreaterThan(5000);
    expect(r.counts.arrived).toBe(r.counts.completed + r.counts.inFlight);
  });

  it('prints a readable report with theory beside simulation', () => {
    const { status, out } = run(['--servers', '2', '--arrival-rate', '100', '--requests', '20000']);
    expect(status).toBe(0);
    expect(out).toMatch(/theory \(M\/M\/c\)/);
    expect(out).toMatch(/Latency p99 \(ms\)/);
    expect(out).toMatch(/Utilisation\s+\d+\.\d+ %\s+50\.00 %/);
  });

  it('runs an unstable system, reports it and warns, with bounded work', () => {
    const { status, out, err } = run([
      '--arrival-rate',
      '500',
      '--servers',
      '4',
      '--requests',
      '50000',
      '--json',
    ]);
    expect(status).toBe(0);
    expect(JSON.parse(out).unstable).toBe(true);
    expect(err).toMatch(/^simulate: warning: unstable/);
  });

  it.each([
    [['--mode', 'online', '--frobnicate', '3'], /^simulate: unknown flag --frobnicate/],
    [['--arrival-rate', '-5'], /^simulate: --arrival-rate must be a number greater than 0/],
    [['--servers', '0'], /^simulate: --servers must be an integer from 1 to 10000, got 0/],
    [['--servers', '2.5'], /^simulate: --servers must be an integer/],
    [['--service', 'exponential'], /^simulate: --service must be KIND:MEAN_MS/],
    [['--service', 'gamma:3'], /^simulate: --service must be KIND:MEAN_MS/],
    [
      ['--service', 'lognormal:10:-1'],
      /^simulate: --service must be KIND:MEAN_MS \(.*lognormal:MEAN:CV.*\) with a mean from .*, got "lognormal:10:-1"/,
    ],
    [['--min-replicas', '2'], /^simulate: --min-replicas needs --autoscale\n$/],
    [['--canary-step-percent', '20'], /^simulate: --canary-step-percent needs --rollout canary\n$/],
    [
      ['--rollout', 'blue-green', '--canary-step-percent', '20'],
      /^simulate: --canary-step-percent needs --rollout canary\n$/,
    ],
    [['--autoscale=yes'], /^simulate: --autoscale takes no value/],
    [['--set', 'servers'], /^simulate: --set takes KEY=VALUE/],
    [
      ['--set', 'partitions=2'],
      /^simulate: --set partitions: --mode online has no flag --partitions/,
    ],
    [['--preset', 'nope'], /^simulate: --preset must be one of content-popularity/],
    [['--requests', '10', '--duration', '5'], /^simulate: --requests and --duration contradict/],
    [
      ['--mode', 'sideways'],
      /^simulate: --mode must be one of batch, online, streaming, compare, got "sideways"/,
    ],
    [['--seed'], /^simulate: --seed needs a value/],
    [['--batch-delay-ms', '5'], /^simulate: --batch-delay-ms must be 0 unless/],
    // The rule is named after --max-replicas, which the preset set: the flag given is blamed.
    [
      ['--preset', 'chatbot', '--set', 'min-replicas=50'],
      /^simulate: --min-replicas must be compatible with Maximum replicas \(10\), which must be at least the minimum replicas \(50\), got 50/,
    ],
    [['--queue-timeout-ms', '0'], /^simulate: --queue-timeout-ms must be a number greater than 0/],
    [['stray'], /^simulate: unexpected argument "stray"/],
    [
      ['--preset', 'chatbot', '--set', 'panic-window-s=1'],
      /^simulate: --panic-window-s must be compatible with Autoscaler interval \(2 s\)/,
    ],
    [
      ['--mode', 'compare', '--preset', 'fraud-detection', '--interval', '0.001'],
      /^simulate: --interval must be compatible with Duration \(1800 s\)/,
    ],
    // Compare's values pass its own table but not batch's schedule: refused all the same.
    [
      ['--mode', 'compare', '--duration', '1e9'],
      /^simulate: --duration must be at most 100000 intervals long/,
    ],
    [
      ['--mode', 'streaming', '--duration', '1e9', '--arrival-rate', '1e7'],
      /^simulate: --duration must be at most 100 s at 10000000 events\/s \(a budget of 1000000000 simulated events a run\)/,
    ],
  ])('exits 2 with one line naming the flag for %j', (args, message) => {
    const { status, out, err } = run(args);
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('works as written through npm, with exit status 2 on bad input', () => {
    const out = execFileSync(
      'npm',
      [
        'run',
        '-s',
        'simulate',
        '--',
        '--mode',
        'online',
        '--arrival-rate',
        '320',
        '--servers',
        '4',
        '--service',
        'exponential:10',
        '--requests',
        '2000',
        '--warmup',
        '100',
        '--seed',
        '7',
        '--json',
      ],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(out).counts.arrived).toBe(2000);
    const bad = spawnSync('npm', ['run', '-s', 'simulate', '--', '--servers', '0'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--servers must be an integer from 1 to 10000, got 0/);
  });
});

describe('simulate CLI, an overloaded rollout', () => {
  it('stops with one line, not a stack trace, when a split queue outgrows its storage', () => {
    const { status, err } = run([
      '--arrival-rate',
      '5000',
      '--servers',
      '1',
      '--duration',
      '600',
      '--rollout',
      'canary',
      '--rollout-at',
      '1',
      '--json',
    ]);
    expect(status).toBe(2);
    expect(err).toMatch(
      /^simulate: --arrival-rate is more than the replicas can serve while a rollout splits traffic/,
    );
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
