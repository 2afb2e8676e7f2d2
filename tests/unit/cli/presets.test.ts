import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/simulate.ts';
import { PRESET_NAMES } from '../../../src/model/case-names.ts';
import { PRESETS, presetFlags } from '../../../src/modes/presets.ts';
import { BATCH_COMMAND } from '../../../src/cli/batch-command.ts';
import { ONLINE_COMMAND } from '../../../src/cli/online-command.ts';
import { STREAMING_COMMAND } from '../../../src/cli/streaming-command.ts';
import { mergeFlags } from '../../../src/cli/preset-flags.ts';

function run(args: string[]) {
  let out = '';
  let err = '';
  const status = main(args, { out: (t) => (out += t), err: (t) => (err += t), clock: () => 0 });
  return { status, out, err };
}

const COMMANDS = {
  batch: BATCH_COMMAND,
  online: ONLINE_COMMAND,
  streaming: STREAMING_COMMAND,
} as const;

describe('presets', () => {
  it.each(PRESET_NAMES)(
    '%s gives valid parameters for every mode, with the same workload',
    (name) => {
      const preset = PRESETS[name];
      for (const mode of ['batch', 'online', 'streaming'] as const) {
        const command = COMMANDS[mode];
        const params = command.paramsFromFlags(
          mergeFlags(command.flags, preset, mode, [], new Map()),
        );
        expect(params.seed).toBe(preset.workload.seed);
        expect(params.durationS).toBe(preset.workload.durationS);
      }
      // A batch run scores what arrived during its interval.
      const batch = presetFlags(preset, 'batch');
      expect(batch.rows).toBe(
        Math.max(1, Math.round(preset.workload.ratePerS * (batch.interval as number))),
      );
      expect(preset.rationale.length).toBeGreaterThan(80);
    },
  );

  it('runs a preset in the mode the deck gives it, with --set and explicit flags overriding it', () => {
    const base = JSON.parse(run(['--preset', 'fraud-detection', '--json']).out);
    expect(base.mode).toBe('streaming');
    expect(base.params.consumers).toBe(8);
    const changed = JSON.parse(
      run([
        '--preset',
        'fraud-detection',
        '--set',
        'consumers=12',
        '--set',
        'trigger-ms=500',
        '--json',
      ]).out,
    );
    expect(changed.params.consumers).toBe(12);
    expect(changed.params.triggerMs).toBe(500);
    expect(changed.streaming.idleConsumers).toBe(4);
    const explicit = JSON.parse(
      run(['--preset', 'fraud-detection', '--set', 'consumers=12', '--consumers', '6', '--json'])
        .out,
    );
    expect(explicit.params.consumers).toBe(6);
    const online = JSON.parse(
      run(['--preset', 'hotel-activities', '--mode', 'online', '--json']).out,
    );
    expect(online.params).toMatchObject({ servers: 2, networkRttMs: 60, arrivalRatePerS: 5 });
    const autoscaled = JSON.parse(
      run(['--preset', 'hotel-activities', '--mode', 'online', '--set', 'autoscale=true', '--json'])
        .out,
    );
    expect(autoscaled.params.autoscaling).not.toBeNull();
    expect(online.params.autoscaling).toBeNull();
  });

  it.each([
    [['--preset', 'nope'], /^simulate: --preset must be one of content-popularity/],
    [
      ['--preset', 'chatbot', '--set', 'partitions=3'],
      /^simulate: --set partitions: --mode online has no flag --partitions/,
    ],
    [['--preset', 'chatbot', '--set', 'servers'], /^simulate: --set takes KEY=VALUE/],
    [
      ['--preset', 'chatbot', '--set', 'servers=0'],
      /^simulate: --servers must be an integer from 1/,
    ],
    [['--mode', 'compare'], /^simulate: --mode compare needs --preset/],
    [
      ['--preset', 'chatbot', '--set', 'autoscale=yes'],
      /^simulate: --set autoscale takes true or false/,
    ],
    [
      ['--mode', 'compare', '--preset', 'chatbot', '--servers', '3'],
      /^simulate: --servers does not apply to --mode compare; use --set servers=VALUE/,
    ],
    [
      ['--mode', 'compare', '--preset', 'chatbot', '--set', 'frobs=3'],
      /^simulate: --set frobs: no mode has a flag --frobs/,
    ],
  ])('exits 2 with one line for %j', (args, message) => {
    const { status, err } = run(args);
    expect(status).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});

describe('compare', () => {
  it('runs one workload through all three modes, deterministically per seed', () => {
    const first = run(['--mode', 'compare', '--preset', 'form-abandonment', '--json']).out;
    const again = run(['--mode', 'compare', '--preset', 'form-abandonment', '--json']).out;
    expect(first).toBe(again);
    const r = JSON.parse(first);
    expect(Object.keys(r.summary).sort()).toEqual(['batch', 'online', 'streaming']);
    for (const s of Object.values(r.summary) as Array<{ throughputPerS: number }>) {
      expect(Math.abs(s.throughputPerS / 20 - 1)).toBeLessThan(0.05);
    }
    // The deck's point: batch data is stale by about half an interval; streaming is far fresher; online fresher still.
    expect(r.summary.batch.freshnessMs.mean).toBeGreaterThan(20 * 60_000);
    expect(r.summary.streaming.freshnessMs.mean).toBeLessThan(10_000);
    expect(r.summary.online.freshnessMs.mean).toBeLessThan(r.summary.streaming.freshnessMs.mean);
    const reseeded = JSON.parse(
      run(['--mode', 'compare', '--preset', 'form-abandonment', '--set', 'seed=99', '--json']).out,
    );
    expect(reseeded.modes.online.counts.arrived).not.toBe(r.modes.online.counts.arrived);
  });

  it('prints the side-by-side table', () => {
    const { status, out } = run(['--mode', 'compare', '--preset', 'hotel-activities']);
    expect(status).toBe(0);
    expect(out).toMatch(/batch\s+online\s+streaming/);
    expect(out).toMatch(/Age of its data, mean/);
  });
});
