import { describe, expect, it } from 'vitest';
import { DEPLOYMENT_MODES } from '../../src/modes/mode-names.ts';
import { WIDGET_NAMES, type WidgetSpec } from '../../src/lessons/widget-spec.ts';
import { WIDGETS } from '../../src/lessons/widgets.ts';
import { readField } from '../../src/lessons/widget-fields.ts';
import { PRESET_NAMES } from '../../src/model/case-names.ts';
import { type DeploymentMode } from '../../src/modes/mode-names.ts';
import { specOf, type ParamValue } from '../../src/modes/params/table.ts';
import { modeById } from '../../src/modes/registry.ts';
import { helpFlagsByMode, simulate, validateRun } from './simulate.ts';

/** A widget's values (table keys) as the CLI's flags, for `--set flag=value`. */
function asFlags(mode: DeploymentMode, values: Readonly<Record<string, ParamValue>> = {}) {
  const table = modeById(mode).params;
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      specOf(table, key)?.flag ?? key,
      Array.isArray(value) ? value.join(',') : (value as string | number | boolean),
    ]),
  );
}
const flagOf = (mode: DeploymentMode, key: string) =>
  specOf(modeById(mode).params, key)?.flag ?? key;

const MODE_ORDER = DEPLOYMENT_MODES;
const FLAGS = helpFlagsByMode();

/** A field of a report: a finite number, or a list of them (e.g. completedByVersion). */
function isFigure(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return Array.isArray(value) && value.length > 0 && value.every((v) => Number.isFinite(v));
}

describe('the widget catalogue', () => {
  it('lists every widget once, under its own name', () => {
    expect(Object.keys(WIDGETS).sort()).toEqual([...WIDGET_NAMES].sort());
    for (const name of WIDGET_NAMES) expect(WIDGETS[name].name).toBe(name);
  });

  it('found the flags of every mode in simulate --help', () => {
    for (const mode of MODE_ORDER) expect(FLAGS[mode].size).toBeGreaterThan(5);
    expect(FLAGS.online.has('network-rtt-ms')).toBe(true);
  });

  it('is checked by a validator that does reject a bad run', () => {
    expect(() => validateRun('hotel-activities', 'online', { servers: 0 })).toThrow();
    expect(() =>
      validateRun('hotel-activities', 'online', { rollout: 'blue-green', 'rollback-at': 0 }),
    ).toThrow();
  });

  describe.each(WIDGET_NAMES.map((n) => [n, WIDGETS[n]] as [string, WidgetSpec]))('%s', (_, w) => {
    it('uses a preset of the deck and modes in the deck order', () => {
      expect(PRESET_NAMES).toContain(w.preset);
      expect(w.modes.length).toBeGreaterThan(0);
      expect(w.modes).toEqual(MODE_ORDER.filter((m) => w.modes.includes(m)));
    });

    it('sets, turns and shows only flags and fields of its own modes', () => {
      for (const [mode, fixed] of Object.entries(w.fixed)) {
        expect(w.modes, `fixed.${mode}`).toContain(mode);
        for (const key of Object.keys(fixed ?? {})) {
          const flag = flagOf(mode as DeploymentMode, key);
          expect(FLAGS[mode as DeploymentMode].has(flag), `--${flag} in --mode ${mode}`).toBe(true);
        }
      }
      for (const control of w.controls) {
        expect(control.modes.length).toBeGreaterThan(0);
        for (const mode of control.modes) {
          expect(w.modes).toContain(mode);
          const flag = flagOf(mode, control.key);
          expect(FLAGS[mode].has(flag), `--${flag} in --mode ${mode}`).toBe(true);
        }
        expect((control.range === undefined) !== (control.choices === undefined)).toBe(true);
        if (control.range !== undefined) {
          expect(control.range.min).toBeLessThan(control.range.max);
          expect(control.range.step).toBeGreaterThan(0);
        } else expect(control.choices?.length).toBeGreaterThan(1);
      }
      expect(Object.keys(w.shows).sort()).toEqual([...w.modes].sort());
    });

    it('has every extreme of every control accepted by the simulator', () => {
      for (const control of w.controls) {
        const values = control.range
          ? [control.range.min, control.range.max]
          : (control.choices ?? []).map((c) => c.value);
        for (const mode of control.modes)
          for (const value of values)
            expect(
              () =>
                validateRun(
                  w.preset,
                  mode,
                  asFlags(mode, { ...w.fixed[mode], [control.key]: value }),
                ),
              `--${flagOf(mode, control.key)}=${String(value)} in --mode ${mode}`,
            ).not.toThrow();
      }
    });

    it('runs, and every field it shows is in the report', () => {
      for (const mode of w.modes) {
        const report = simulate(w.preset, mode, asFlags(mode, w.fixed[mode]));
        for (const field of w.shows[mode] ?? [])
          expect(isFigure(readField(report, field)), `${mode} ${field}`).toBe(true);
      }
    });
  });
});
