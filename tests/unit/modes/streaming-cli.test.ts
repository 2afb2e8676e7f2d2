import { describe, expect, it } from 'vitest';
import {
  STREAMING_DEFAULTS,
  streamingConfig,
  type StreamingValues,
} from '../../../src/modes/streaming/config.ts';
import { STREAMING_MODE, type StreamingModeReport } from '../../../src/modes/streaming/mode.ts';
import { STREAMING_SERIES } from '../../../src/modes/streaming/report.ts';
import { invocation, refusedLine } from './cli-helpers.ts';

const CLI_EXAMPLE = [
  '--arrival-rate',
  '1500',
  '--partitions',
  '4',
  '--consumers',
  '6',
  '--service',
  'deterministic:2',
  '--trigger-ms',
  '200',
  '--max-batch',
  '1000',
  '--duration',
  '600',
  '--seed',
  '9',
];

const valuesOf = (argv: string[]) => invocation(['--mode', 'streaming', ...argv]).values;
const paramsOf = (argv: string[]) => streamingConfig(valuesOf(argv) as StreamingValues);
const messageOf = (argv: string[]) => refusedLine(['--mode', 'streaming', ...argv]);
const run = (argv: string[], series: boolean) =>
  STREAMING_MODE.simulate(valuesOf(argv), { series, preset: null }) as StreamingModeReport;

describe('streaming mode on the command line', () => {
  it('turns the CLI example into parameters, defaults elsewhere', () => {
    const p = paramsOf(CLI_EXAMPLE);
    expect(p).toEqual({
      ...STREAMING_DEFAULTS,
      arrivalRatePerS: 1500,
      partitions: 4,
      consumers: 6,
      service: { kind: 'deterministic', mean: 2 },
      triggerMs: 200,
      maxBatch: 1000,
      durationS: 600,
      seed: 9,
    });
    expect(STREAMING_DEFAULTS.rebalanceMs).toBe(3000);
  });

  it('runs the CLI example, with the documented report fields', () => {
    const r = run(CLI_EXAMPLE, false);
    expect(Object.keys(r).sort()).toEqual(
      [
        'mode',
        'seed',
        'streaming',
        'counts',
        'latencyMs',
        'overAll',
        'utilization',
        'throughputPerS',
        'costPerHour',
        'consumerHours',
        'activeConsumers',
        'consumers',
        'engine',
        'params',
        'theory',
        'headline',
      ].sort(),
    );
    expect(r.mode).toBe('streaming');
    expect(Object.keys(r.streaming).sort()).toEqual(
      [
        'idleConsumers',
        'lag',
        'backpressure',
        'backpressureLevel',
        'lagByPartition',
        'throughputInPerS',
        'throughputOutPerS',
        'rebalances',
      ].sort(),
    );
    expect(Object.keys(r.counts).sort()).toEqual(['pending', 'processed', 'produced']);
    expect(Object.keys(r.latencyMs).sort()).toEqual(
      ['max', 'mean', 'p50', 'p90', 'p95', 'p99'].sort(),
    );
    // 1500 records/s over 600 s; 4 of the 6 consumers own a partition, each busy 375 x 2 ms per s.
    expect(Math.abs(r.counts.produced / 900_000 - 1)).toBeLessThan(0.01);
    expect(r.streaming.idleConsumers).toBe(2);
    expect(r.streaming.backpressure).toBeCloseTo(0.75, 2);
    expect(r.streaming.backpressureLevel).toBe('HIGH');
    expect(r.utilization).toBeCloseTo(0.5, 2);
    expect(r.costPerHour).toBe(6);
    expect(r.engine.events).toBeGreaterThan(r.counts.produced);
    // Capacity: 4 active consumers x 1000 / max(200, 0 + 1000 x 2 ms) = 2000 records/s, above 1500.
    expect(r.theory).toMatchObject({ activeConsumers: 4, capacityPerS: 2000 });

    const text = STREAMING_MODE.formatReport({ ...r, engine: { ...r.engine, wallMs: 1 } });
    expect(text).toContain('Idle consumers');
    expect(text).toMatch(
      /capacity = 4 active x 1000 \/ max\(trigger 200, 0 \+ 1000 x 2\.00 ms\) = 2000 records\/s vs arrivals 1500\/s: stable/,
    );
  });

  it('adds the down-sampled series when asked', () => {
    const r = run(['--duration', '30'], true);
    const series = r.series!;
    expect(Object.keys(series.values).sort()).toEqual([...STREAMING_SERIES].sort());
    for (const name of ['lag', 'busyConsumers', 'utilization', 'throughputOut'])
      expect(series.values[name]).toHaveLength(series.tMs.length);
    expect(series.tMs.length).toBeLessThanOrEqual(512);
    // The throughput series integrates to the records processed (output spread over each batch).
    const width = series.tMs[1] - series.tMs[0];
    const emitted = series.values.throughputOut.reduce((sum, v, i) => {
      const span = Math.min(width, 30_000 - series.tMs[i]);
      return sum + (v * span) / 1000;
    }, 0);
    const running = r.counts.pending; // an upper bound on the records of batches still running
    expect(emitted).toBeGreaterThanOrEqual(r.counts.processed - 1e-6 * r.counts.processed);
    expect(emitted).toBeLessThanOrEqual(r.counts.processed + running);
  });

  it('rejects bad or contradictory input with one line naming the flag and the accepted range', () => {
    const cases: Array<[string[], RegExp]> = [
      [['--consumers', '0'], /^--consumers must be an integer from 1 to 1000/],
      [['--partitions', '2.5'], /^--partitions must be an integer/],
      [['--arrival-rate', '0'], /^--arrival-rate must be a number greater than 0/],
      [['--trigger-ms', '-5'], /^--trigger-ms must be a number from 0/],
      [['--max-batch', '0'], /^--max-batch must be an integer from 1/],
      [['--rebalance-ms', '-1'], /^--rebalance-ms must be a number from 0/],
      [['--batch-overhead-ms', '-1'], /^--batch-overhead-ms must be a number from 0/],
      [['--price-per-hour', '-1'], /^--price-per-hour must be a number from 0/],
      [['--duration', '0'], /^--duration must be a number greater than 0/],
      [['--seed', '-1'], /^--seed must be an integer from 0/],
      [['--service', 'normal:2'], /^--service must be KIND:MEAN_MS/],
      [['--service', 'exponential:0'], /^--service must be KIND:MEAN_MS .* with a mean from/],
      [['--assignor', 'sticky'], /^--assignor must be one of range, round-robin/],
      [['--consumers-change', '30'], /^--consumers-change must be AT_S:N/],
      [['--consumers-change', '30:-1'], /^--consumers-change must be AT_S:N/],
      // Contradictions: a change after the run, and changes out of order.
      [
        ['--duration', '60', '--consumers-change', '90:2'],
        /^--consumers-change must be changes in increasing time, each after 0 s and at most the duration \(60 s\)/,
      ],
      [
        ['--consumers-change', '30:2', '--consumers-change', '20:3'],
        /^--consumers-change must be changes in increasing time/,
      ],
      [['--servers', '3'], /^--servers does not apply to --mode streaming/],
      [['--frobnicate', '3'], /^unknown flag --frobnicate/],
      [['--seed', '1', '--seed', '2'], /^--seed is given twice/],
    ];
    for (const [argv, expected] of cases) expect(messageOf(argv), argv.join(' ')).toMatch(expected);
  });

  it('accepts changes repeated or comma-separated', () => {
    const expected = [
      { atS: 10, consumers: 2 },
      { atS: 20, consumers: 5 },
    ];
    expect(
      paramsOf(['--consumers-change', '10:2', '--consumers-change', '20:5']).consumersChanges,
    ).toEqual(expected);
    expect(paramsOf(['--consumers-change', '10:2,20:5']).consumersChanges).toEqual(expected);
  });
});
