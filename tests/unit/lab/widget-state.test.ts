import { describe, expect, it } from 'vitest';
import { WIDGETS } from '../../../src/lessons/widgets.ts';
import { WIDGET_NAMES } from '../../../src/lessons/widget-spec.ts';
import { specOf } from '../../../src/modes/params/table.ts';
import { modeById } from '../../../src/modes/registry.ts';
import { firstRefusal, labValues } from '../../../src/modes/run-state.ts';
import { formatLabQuery, parseLabQuery } from '../../../src/lab/url-state.ts';
import {
  initialControlValues,
  widgetLabState,
  widgetSpeed,
} from '../../../src/ui/widgets/widget-state.ts';

describe('slide widgets as lab runs', () => {
  it("uses only parameters of the modes' tables, so nothing a widget sets is silently dropped", () => {
    for (const name of WIDGET_NAMES) {
      const spec = WIDGETS[name];
      for (const mode of spec.modes) {
        const table = modeById(mode).params;
        for (const key of Object.keys(spec.fixed[mode] ?? {}))
          expect(specOf(table, key), `${name} ${mode} fixed ${key}`).toBeDefined();
        for (const control of spec.controls.filter((c) => c.modes.includes(mode))) {
          const entry = specOf(table, control.key);
          expect(entry, `${name} ${mode} control ${control.key}`).toBeDefined();
          // A slider's track lies within the range the table accepts.
          if (control.range && entry?.kind === 'number') {
            expect(control.range.min).toBeGreaterThanOrEqual(entry.min);
            expect(control.range.max).toBeLessThanOrEqual(entry.max);
          }
        }
      }
    }
  });

  it('runs every widget with values the table accepts, at both ends of every slider', () => {
    for (const name of WIDGET_NAMES) {
      const spec = WIDGETS[name];
      const initial = initialControlValues(spec);
      for (const mode of spec.modes)
        expect(firstRefusal(widgetLabState(spec, mode, initial))).toBeNull();
      for (const control of spec.controls) {
        const ends = control.range
          ? [control.range.min, control.range.max]
          : (control.choices ?? []).map((c) => c.value);
        for (const value of ends) {
          for (const mode of control.modes) {
            const state = widgetLabState(spec, mode, { ...initial, [control.key]: value });
            expect(firstRefusal(state), `${name} ${control.key}=${String(value)}`).toBeNull();
            const checked = labValues(state);
            expect(checked.ok && checked.values[control.key]).toEqual(value);
          }
        }
      }
    }
  });

  it('opens the same runs in the lab: the address carries every fixed and chosen value', () => {
    for (const name of WIDGET_NAMES) {
      const spec = WIDGETS[name];
      for (const mode of spec.modes) {
        const state = widgetLabState(spec, mode, initialControlValues(spec));
        const back = parseLabQuery(mode, formatLabQuery(state));
        expect(back.notices).toEqual([]);
        expect(labValues(back.state)).toEqual(labValues(state));
      }
    }
  });

  it('plays a run in about fifteen seconds', () => {
    // 15 s of wall time for the whole run, rounded down to a 1-2-5 step.
    expect(widgetSpeed(2 * 86_400_000)).toBe(10_000);
    expect(widgetSpeed(3_600_000)).toBe(200);
    expect(widgetSpeed(600_000)).toBe(20);
    expect(widgetSpeed(1000)).toBe(0.1);
    expect(widgetSpeed(1e12)).toBe(100_000);
  });
});
