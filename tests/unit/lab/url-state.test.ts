import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatLabQuery, parseLabQuery } from '../../../src/lab/url-state.ts';
import { LAB_CONTROLS } from '../../../src/lab/controls.ts';
import { LAB_MODES } from '../../../src/lab/lab-mode.ts';
import { currentValue, withValue } from '../../../src/modes/run-state.ts';
import { sliderValue } from '../../../src/ui/lab/slider-scale.ts';

describe('lab state in the address', () => {
  it('reads a preset and values, and writes them back unchanged', () => {
    const query = 'preset=hotel-activities&servers=6&network-rtt-ms=120&autoscale=on&seed=7';
    const { state, notices } = parseLabQuery('online', query);
    expect(notices).toEqual([]);
    expect(state.preset).toBe('hotel-activities');
    expect(state.values).toEqual({ servers: 6, 'network-rtt-ms': 120, autoscale: true, seed: 7 });
    expect(parseLabQuery('online', formatLabQuery(state)).state).toEqual(state);
  });

  it('drops values equal to the preset, so the address only names what was changed', () => {
    // The chatbot preset runs autoscaling already.
    const { state } = parseLabQuery('online', 'preset=chatbot&autoscale=on');
    expect(state.values).toEqual({});
    expect(formatLabQuery(state)).toBe('preset=chatbot');
  });

  it.each([
    ['servers=100000', 'out-of-range'],
    ['servers=2.5', 'out-of-range'],
    ['servers=abc', 'out-of-range'],
    ['servers=', 'out-of-range'],
    ['rollout=sideways', 'not-a-choice'],
    ['autoscale=maybe', 'not-a-choice'],
    ['service=gaussian:10', 'malformed'],
    ['service=exponential:-3', 'malformed'],
    ['service=exponential:50000', 'out-of-range'],
    ['rm -rf=1', 'unknown-parameter'],
    ['preset=pizza', 'unknown-preset'],
  ])('falls back with a notice for a tampered value: %s', (query, kind) => {
    const { state, notices } = parseLabQuery('online', query);
    expect(notices.map((n) => n.kind)).toEqual([kind]);
    expect(state.values).toEqual({});
    expect(state.preset).toBe('chatbot');
  });

  it('keeps the valid values of an address that also has a bad one', () => {
    const { state, notices } = parseLabQuery('batch', 'workers=8&workers=9999&interval=3600');
    expect(notices).toHaveLength(1);
    expect(state.values).toMatchObject({ interval: 3600 });
  });

  it('reads "none" as no value for optional parameters', () => {
    const { state, notices } = parseLabQuery('online', 'queue-capacity=none&rollout=none');
    expect(notices).toEqual([]);
    expect(currentValue(state, 'rollout')).toBeUndefined();
  });

  it('never throws, whatever the address holds', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LAB_MODES), fc.string({ maxLength: 300 }), (mode, query) => {
        const { state } = parseLabQuery(mode, query);
        expect(state.mode).toBe(mode);
      }),
    );
  });

  it('round-trips every number a slider can produce, for every control of every lab', () => {
    for (const mode of LAB_MODES) {
      for (const control of LAB_CONTROLS[mode]) {
        if (control.kind !== 'number') continue;
        for (const position of [0, 1, 250, 500, 999, 1000]) {
          const value = sliderValue(control, position);
          const state = withValue(parseLabQuery(mode, '').state, control.flag, value);
          const back = parseLabQuery(mode, formatLabQuery(state));
          expect(back.notices, `${mode} ${control.flag}=${value}`).toEqual([]);
          expect(currentValue(back.state, control.flag)).toBe(value);
        }
      }
    }
  });
});
