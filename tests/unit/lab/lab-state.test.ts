import { describe, expect, it } from 'vitest';
import { engineFlags, withValue, defaultLabState } from '../../../src/modes/run-state.ts';
import { firstRefusal } from '../../../src/lab/validate.ts';
import { LAB_MODES } from '../../../src/lab/lab-mode.ts';
import { PRESET_NAMES } from '../../../src/model/case-names.ts';
import { PRESETS, presetFlags } from '../../../src/modes/presets.ts';
import { LAB_CONTROLS } from '../../../src/lab/controls.ts';
import { labMessages } from '../../../src/i18n/lab-messages.ts';

describe('lab state', () => {
  it('runs every preset in every lab with the engine accepting it', () => {
    for (const mode of LAB_MODES)
      for (const preset of PRESET_NAMES)
        expect(firstRefusal(defaultLabState(mode, preset)), `${mode} ${preset}`).toBeNull();
  });

  it("gives each engine the preset's flags overridden by the learner's", () => {
    const state = withValue(defaultLabState('online', 'hotel-activities'), 'servers', 5);
    expect(engineFlags(state, 'online')).toEqual({
      ...presetFlags(PRESETS['hotel-activities'], 'online'),
      servers: 5,
    });
  });

  it('leaves out the settings of a feature that is switched off', () => {
    // The chatbot preset autoscales with min and max replicas set.
    const off = withValue(defaultLabState('online', 'chatbot'), 'autoscale', false);
    const flags = engineFlags(off, 'online');
    expect(flags.autoscale).toBeUndefined();
    expect(flags['max-replicas']).toBeUndefined();
    expect(firstRefusal(off)).toBeNull();
  });

  it('in compare, recomputes the batch rows from the rate and the interval', () => {
    const state = withValue(
      withValue(defaultLabState('compare', 'fraud-detection'), 'arrival-rate', 10),
      'interval',
      60,
    );
    expect(engineFlags(state, 'batch').rows).toBe(600);
    expect(engineFlags(state, 'online')['arrival-rate']).toBe(10);
    expect(engineFlags(state, 'online').interval).toBeUndefined();
  });

  it('names the refused flag of a contradictory combination', () => {
    const state = withValue(
      withValue(defaultLabState('online', 'chatbot'), 'min-replicas', 9),
      'max-replicas',
      3,
    );
    expect(firstRefusal(state)?.flag).toBe('max-replicas');
  });

  it('has a label for every parameter, choice and unit in both languages', () => {
    for (const text of Object.values(labMessages)) {
      for (const mode of LAB_MODES) {
        for (const control of LAB_CONTROLS[mode]) {
          expect(text.params[control.flag], control.flag).toBeTruthy();
          if (control.kind === 'choice')
            for (const choice of control.choices)
              expect(text.params[`${control.flag}:${choice}`], choice).toBeTruthy();
        }
      }
    }
  });
});
