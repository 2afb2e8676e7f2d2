import { describe, expect, it } from 'vitest';
import { PRESET_NAMES } from '../../../src/model/case-names.ts';
import { caseValues } from '../../../src/modes/compare/case-values.ts';
import { MODE_IDS } from '../../../src/modes/mode-names.ts';
import { isInForce, PARAM_GROUPS, specOf } from '../../../src/modes/params/table.ts';
import { modeById } from '../../../src/modes/registry.ts';
import {
  baseValues,
  currentValue,
  defaultRunState,
  firstRefusal,
  labValues,
  withValue,
} from '../../../src/modes/run-state.ts';
import { labMessages } from '../../../src/i18n/lab-messages.ts';

describe('a run state (the lab, a widget, the URL)', () => {
  it('runs every preset in every mode with the table accepting it', () => {
    for (const mode of MODE_IDS)
      for (const preset of PRESET_NAMES)
        expect(firstRefusal(defaultRunState(mode, preset)), `${mode} ${preset}`).toBeNull();
  });

  it("gives the run the preset's values overridden by the learner's, keeping only changes", () => {
    const state = withValue(defaultRunState('online', 'hotel-activities'), 'servers', 5);
    expect(state.values).toEqual({ servers: 5 });
    const checked = labValues(state);
    expect(checked.ok && checked.values).toMatchObject({
      ...baseValues('online', 'hotel-activities'),
      servers: 5,
    });
    // Setting the preset's own value again removes the change.
    expect(withValue(state, 'servers', 2).values).toEqual({});
  });

  it('leaves the settings of a switched-off feature out of force', () => {
    // The chatbot preset autoscales with a minimum and maximum set.
    const off = withValue(defaultRunState('online', 'chatbot'), 'autoscale', false);
    const checked = labValues(off);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const maxReplicas = specOf(modeById('online').params, 'maxReplicas')!;
    expect(isInForce(modeById('online').params, maxReplicas, checked.values)).toBe(false);
  });

  it("in compare, hands the case's values to every mode that has them", () => {
    const state = withValue(
      withValue(defaultRunState('compare', 'fraud-detection'), 'arrivalRatePerS', 10),
      'intervalS',
      60,
    );
    const checked = labValues(state);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const batch = caseValues('batch', checked.values, 'fraud-detection');
    const online = caseValues('online', checked.values, 'fraud-detection');
    // The same events in every mode; the interval is batch's own.
    expect(batch.arrivalRatePerS).toBe(10);
    expect(online.arrivalRatePerS).toBe(10);
    expect(batch.intervalS).toBe(60);
    expect(online.intervalS).toBeUndefined();
  });

  it('names the refused parameter of a contradictory combination', () => {
    const state = withValue(
      withValue(defaultRunState('online', 'chatbot'), 'minReplicas', 9),
      'maxReplicas',
      3,
    );
    expect(firstRefusal(state)?.key).toBe('maxReplicas');
    expect(firstRefusal(state)?.accepted).toMatchObject({ kind: 'rule' });
  });

  it('reads the current value from the learner, else the preset, else the table', () => {
    const state = withValue(defaultRunState('batch', 'hotel-cancellations'), 'workers', 7);
    expect(currentValue(state, 'workers')).toBe(7);
    expect(currentValue(state, 'intervalS')).toBe(86_400);
    expect(currentValue(state, 'failureProb')).toBe(0);
  });

  it('has a label and help in both languages for every parameter and choice, and words for every unit', () => {
    for (const mode of MODE_IDS) {
      for (const spec of modeById(mode).params) {
        for (const locale of ['es', 'en'] as const) {
          expect(spec.label[locale].length, `${mode} ${spec.key} ${locale}`).toBeGreaterThan(2);
          expect(spec.help[locale].length, `${mode} ${spec.key} ${locale}`).toBeGreaterThan(10);
          expect(typeof labMessages[locale].units[spec.unit]).toBe('function');
        }
        expect(PARAM_GROUPS).toContain(spec.group);
        if (spec.kind === 'choice')
          for (const choice of spec.choices)
            for (const locale of ['es', 'en'] as const)
              expect(spec.choiceLabels[choice]?.[locale], `${spec.key}:${choice}`).toBeTruthy();
      }
    }
  });
});
