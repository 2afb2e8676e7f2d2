import { describe, expect, it } from 'vitest';
import { PRESET_NAMES } from '../../../src/model/case-names.ts';
import { batchCostOf } from '../../../src/model/inference/batch-cost.ts';
import { DEPLOYMENT_MODES } from '../../../src/modes/mode-names.ts';
import { presetCited, presetValues } from '../../../src/modes/preset-values.ts';
import { PRESETS } from '../../../src/modes/presets.ts';
import { modeById } from '../../../src/modes/registry.ts';
import { resolveValues } from '../../../src/modes/params/resolve-values.ts';
import { cli } from './cli-helpers.ts';

describe('the six presets', () => {
  it.each(PRESET_NAMES)('%s resolves to valid values in every mode, with one workload', (name) => {
    const preset = PRESETS[name];
    for (const mode of [...DEPLOYMENT_MODES, 'compare'] as const) {
      const checked = resolveValues(modeById(mode), name, {});
      expect(checked.ok, `${name} in ${mode}: ${JSON.stringify(checked)}`).toBe(true);
    }
    for (const mode of DEPLOYMENT_MODES) {
      const values = presetValues(name, mode, modeById(mode).params);
      // The same case, events, seed and model in every mode.
      for (const key of [
        'targetS',
        'inputKnown',
        'callerWaits',
        'arrivalRatePerS',
        'durationS',
        'seed',
        'service',
      ])
        expect(values[key], `${name} ${mode} ${key}`).toEqual(
          presetValues(name, 'online', modeById('online').params)[key],
        );
    }
    expect(preset.rationale.en.length).toBeGreaterThan(80);
    expect(preset.rationale.es.length).toBeGreaterThan(80);
  });

  it.each(PRESET_NAMES)('%s says where every number comes from', (name) => {
    for (const mode of DEPLOYMENT_MODES) {
      const cited = presetCited(PRESETS[name], mode, modeById(mode).params);
      for (const [key, entry] of Object.entries(cited)) {
        expect(['deck', 'reference', 'measured', 'assumed'], `${name} ${mode} ${key}`).toContain(
          entry.source.from,
        );
        expect(entry.source.note.length, `${name} ${mode} ${key}`).toBeGreaterThan(3);
      }
    }
  });

  it.each(PRESET_NAMES)("%s serves its model's measured t(b) = a + c b in every mode", (name) => {
    const preset = PRESETS[name];
    const cost = batchCostOf(preset.model);
    for (const mode of DEPLOYMENT_MODES) {
      const cited = presetCited(preset, mode, modeById(mode).params);
      expect(cited.service.source.from).toBe('measured');
      const [, mean] = String(cited.service.value).split(':');
      // Four significant digits of the measurement.
      expect(Math.abs(Number(mean) / cost.perItemMs - 1)).toBeLessThan(1e-3);
      const overhead = cited.batchOverheadMs.value as number;
      if (mode === 'streaming') expect(overhead).toBeGreaterThan(cost.overheadMs);
      else expect(Math.abs(overhead / cost.overheadMs - 1)).toBeLessThan(1e-3);
    }
  });

  it('runs a preset in the mode the deck gives it, with --set and explicit flags overriding it', () => {
    const json = (argv: string[]) => JSON.parse(cli([...argv, '--json']).out);
    const base = json(['--preset', 'fraud-detection', '--set', 'duration=60']);
    expect(base.mode).toBe('streaming');
    expect(base.params.consumers).toBe(8);
    const changed = json([
      '--preset',
      'fraud-detection',
      '--set',
      'duration=60',
      '--set',
      'consumers=12',
      '--set',
      'trigger-ms=500',
    ]);
    expect(changed.params.consumers).toBe(12);
    expect(changed.params.triggerMs).toBe(500);
    expect(changed.streaming.idleConsumers).toBe(4);
    const explicit = json([
      '--preset',
      'fraud-detection',
      '--set',
      'duration=60',
      '--set',
      'consumers=12',
      '--consumers',
      '6',
    ]);
    expect(explicit.params.consumers).toBe(6);
    const online = json(['--preset', 'hotel-activities', '--mode', 'online']);
    expect(online.params).toMatchObject({ servers: 2, networkRttMs: 60, arrivalRatePerS: 5 });
    expect(online.params.autoscale).toBe(false);
    const autoscaled = json([
      '--preset',
      'hotel-activities',
      '--mode',
      'online',
      '--set',
      'autoscale=on',
    ]);
    expect(autoscaled.params.autoscale).toBe(true);
  });

  it.each([
    [['--preset', 'nope'], /^simulate: --preset must be one of content-popularity/],
    [
      ['--preset', 'chatbot', '--set', 'servers=0'],
      /^simulate: --servers must be an integer from 1/,
    ],
    [['--preset', 'chatbot', '--set', 'autoscale=yes'], /^simulate: --autoscale must be on or off/],
    [
      ['--mode', 'compare', '--preset', 'chatbot', '--partitions', '3'],
      /^simulate: --partitions does not apply to --mode compare/,
    ],
    [
      ['--mode', 'compare', '--preset', 'chatbot', '--set', 'frobs=3'],
      /^simulate: --set frobs: --mode compare has no flag --frobs/,
    ],
  ])('exits 2 with one line for %j', (args, message) => {
    const { status, err } = cli(args);
    expect(status).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
