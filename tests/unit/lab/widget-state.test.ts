import { describe, expect, it } from 'vitest';
import { WIDGETS, WIDGET_NAMES } from '../../../src/lessons/widgets.ts';
import { LAB_CONTROLS } from '../../../src/lab/controls.ts';
import { engineFlags } from '../../../src/modes/run-state.ts';
import { firstRefusal } from '../../../src/lab/validate.ts';
import { paramsFor } from '../../../src/lab/lab-params.ts';
import { formatLabQuery, parseLabQuery } from '../../../src/lab/url-state.ts';
import {
  initialControlValues,
  widgetLabState,
  widgetSpeed,
} from '../../../src/ui/widgets/widget-state.ts';

describe('slide widgets as lab runs', () => {
  it('uses only flags the labs know, so nothing a widget sets is silently dropped', () => {
    for (const name of WIDGET_NAMES) {
      const spec = WIDGETS[name];
      for (const mode of spec.modes) {
        const known = LAB_CONTROLS[mode].map((c) => c.flag);
        for (const flag of Object.keys(spec.fixed[mode] ?? {}))
          expect(known, `${name} ${mode} fixed ${flag}`).toContain(flag);
        for (const control of spec.controls.filter((c) => c.modes.includes(mode)))
          expect(known, `${name} ${mode} control ${control.flag}`).toContain(control.flag);
      }
    }
  });

  it('runs every widget with values the engines accept, at both ends of every slider', () => {
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
            const state = widgetLabState(spec, mode, { ...initial, [control.flag]: value });
            expect(firstRefusal(state), `${name} ${control.flag}=${String(value)}`).toBeNull();
            expect(engineFlags(state, mode)[control.flag]).toBe(value);
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
        expect(paramsFor(mode, engineFlags(back.state, mode))).toEqual(
          paramsFor(mode, engineFlags(state, mode)),
        );
      }
    }
  });

  it('plays a run in about a minute', () => {
    // Two days in a minute would be 2,880x: capped at the labs' fastest, 1000x.
    expect(widgetSpeed(2 * 86_400_000)).toBe(1000);
    expect(widgetSpeed(3_600_000)).toBe(50);
    expect(widgetSpeed(600_000)).toBe(10);
    expect(widgetSpeed(1000)).toBe(0.1);
  });
});
