import { describe, expect, it } from 'vitest';
import { PRESET_NAMES, type PresetName } from '../../../src/model/case-names.ts';
import { DEPLOYMENT_MODES } from '../../../src/modes/mode-names.ts';
import { PRESETS } from '../../../src/modes/presets.ts';
import type { CompareReport } from '../../../src/modes/compare/simulation.ts';
import { cli } from './cli-helpers.ts';

/** `npm run simulate -- compare --preset P --json`, once per preset for the whole file. */
const reports = new Map<PresetName, CompareReport>();
function compare(preset: PresetName): CompareReport {
  let report = reports.get(preset);
  if (report === undefined) {
    const { status, out, err } = cli(['--mode', 'compare', '--preset', preset, '--json']);
    expect([status, err]).toEqual([0, '']);
    report = JSON.parse(out) as CompareReport;
    reports.set(preset, report);
  }
  return report;
}

const CONTRACT = [
  'applicable',
  'notApplicableReason',
  'eventToPredictionMs',
  'lookupMs',
  'costPer1000Predictions',
  'utilization',
  'workers',
  'meetsTarget',
];

describe("compare: one metrics contract for every mode (the deck's six cases)", () => {
  it.each(PRESET_NAMES)('%s carries the contract for batch, online and streaming', (name) => {
    const r = compare(name);
    expect(Object.keys(r.summary).sort()).toEqual([...DEPLOYMENT_MODES].sort());
    for (const mode of DEPLOYMENT_MODES) {
      const s = r.summary[mode];
      for (const key of CONTRACT) expect(s, `${name} ${mode}`).toHaveProperty(key);
      if (!s.applicable) {
        expect(s.notApplicableReason?.en.length).toBeGreaterThan(20);
        expect(s.notApplicableReason?.es.length).toBeGreaterThan(20);
        expect(s.meetsTarget).toBe(false);
        continue;
      }
      expect(s.notApplicableReason).toBeNull();
      expect(s.utilization, `${name} ${mode}`).toBeGreaterThan(0);
      expect(s.utilization).toBeLessThanOrEqual(1);
      expect(s.workers).toBeGreaterThan(0);
      expect(s.costPer1000Predictions).toBeGreaterThan(0);
      expect(s.targetMs).toBe((PRESETS[name].shared.targetS.value as number) * 1000);
      if (s.eventToPredictionMs !== null)
        expect(s.eventToPredictionMs.p99).toBeGreaterThanOrEqual(s.eventToPredictionMs.p50);
      // A stored prediction is read only in batch.
      expect(s.lookupMs === null).toBe(mode !== 'batch');
    }
  });

  it.each(PRESET_NAMES)("%s: the deck's recommended mode meets the case's target", (name) => {
    const r = compare(name);
    expect(r.deckChoice).toBe(PRESETS[name].home);
    expect(r.summary[PRESETS[name].home].meetsTarget).toBe(true);
  });

  it('batch cannot serve the chatbot: its input does not exist before the request', () => {
    const s = compare('chatbot').summary;
    expect(s.batch.applicable).toBe(false);
    expect(s.batch.notApplicableReason?.en).toMatch(/created by the request itself/);
    expect(s.online.applicable).toBe(true);
  });

  it.each(['content-popularity', 'hotel-cancellations'] as const)(
    '%s (a batch case): batch costs less per 1000 predictions than online',
    (name) => {
      const s = compare(name).summary;
      expect(s.batch.costPer1000Predictions).toBeLessThan(s.online.costPer1000Predictions!);
    },
  );

  it('fraud detection: an event gets its prediction sooner online than streaming, and streaming than batch', () => {
    const s = compare('fraud-detection').summary;
    const p50 = (mode: 'batch' | 'online' | 'streaming') => s[mode].eventToPredictionMs?.p50 ?? NaN;
    expect(p50('online')).toBeLessThan(p50('streaming'));
    expect(p50('streaming')).toBeLessThan(p50('batch'));
  });

  it('runs every mode on the same events: online answers the stream that streaming reads', () => {
    for (const name of ['fraud-detection', 'form-abandonment'] as const) {
      const modes = compare(name).modes as unknown as Record<
        string,
        { counts: { arrived?: number; produced?: number } }
      >;
      expect(modes.online.counts.arrived).toBeGreaterThan(0);
      expect(modes.online.counts.arrived).toBe(modes.streaming.counts.produced);
    }
  });

  it('sizes each fleet: the fewest machines that meet the target, and says how it chose', () => {
    const s = compare('fraud-detection').summary;
    for (const mode of ['online', 'streaming'] as const) {
      expect(s[mode].fleet.chosen).toBe('sized');
      expect(s[mode].fleet.tried).toContain(s[mode].fleet.value);
      // One fewer (where there is one) misses the target. Fraud's light model needs one machine,
      // so meets-target.test.ts checks this on a load that needs several.
      if (s[mode].fleet.value > 1) expect(s[mode].fleet.tried).toContain(s[mode].fleet.value - 1);
    }
    // A five-minute batch cannot get a prediction within a minute however many workers it has.
    expect(s.batch.fleet.chosen).toBe('none-meets');
    expect(s.batch.meetsTarget).toBe(false);
  });

  it('is deterministic per seed, and the seed changes the run', () => {
    const args = [
      '--mode',
      'compare',
      '--preset',
      'form-abandonment',
      '--set',
      'duration=3600',
      '--json',
    ];
    const first = cli(args).out;
    const strip = (text: string) => ({ ...JSON.parse(text), engine: null });
    expect(strip(cli(args).out)).toEqual(strip(first));
    const reseeded = JSON.parse(cli([...args, '--set', 'seed=99']).out);
    expect(reseeded.modes.online.counts.arrived).not.toBe(
      JSON.parse(first).modes.online.counts.arrived,
    );
  });

  it('prints the side-by-side table', () => {
    const { status, out } = cli(['--mode', 'compare', '--preset', 'hotel-activities']);
    expect(status).toBe(0);
    expect(out).toMatch(/batch\s+online\s+streaming/);
    expect(out).toMatch(/Event to prediction p99/);
    expect(out).toMatch(/Cost per 1000 predictions/);
    expect(out).toMatch(/batch: not applicable/);
  });
});
