import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatLabQuery, parseLabQuery } from '../../../src/lab/url-state.ts';
import { MODE_IDS } from '../../../src/modes/mode-names.ts';
import { modeById } from '../../../src/modes/registry.ts';
import { currentValue, firstRefusal, withValue } from '../../../src/modes/run-state.ts';
import { sliderValue } from '../../../src/ui/lab/slider-scale.ts';

describe('lab state in the address', () => {
  it('reads a preset and values, and writes them back unchanged', () => {
    const query = 'preset=hotel-activities&servers=6&network-rtt-ms=120&autoscale=on&seed=7';
    const { state, notices } = parseLabQuery('online', query);
    expect(notices).toEqual([]);
    expect(state.preset).toBe('hotel-activities');
    expect(state.values).toEqual({ servers: 6, networkRttMs: 120, autoscale: true, seed: 7 });
    expect(parseLabQuery('online', formatLabQuery(state)).state).toEqual(state);
  });

  it('drops values equal to the preset, so the address only names what was changed', () => {
    // The chatbot preset runs autoscaling already.
    const { state } = parseLabQuery('online', 'preset=chatbot&autoscale=on');
    expect(state.values).toEqual({});
    expect(formatLabQuery(state)).toBe('preset=chatbot');
  });

  it.each([
    ['servers=100000', 'servers'],
    ['servers=2.5', 'servers'],
    ['servers=abc', 'servers'],
    ['servers=', 'servers'],
    ['rollout=sideways', 'rollout'],
    ['autoscale=maybe', 'autoscale'],
    ['service=gaussian:10', 'service'],
    ['service=exponential:-3', 'service'],
    ['target-s=0', 'targetS'],
    ['seed=NaN', 'seed'],
    ['seed=1e400', 'seed'],
  ])('drops a tampered value with a notice naming it: %s', (query, key) => {
    const { state, notices } = parseLabQuery('online', query);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'refused', refusal: { key } });
    expect(state.values).toEqual({});
    expect(state.preset).toBe('chatbot');
  });

  it.each([
    ['rm -rf=1', 'unknown-parameter'],
    ['requests=5', 'unknown-parameter'],
    ['preset=pizza', 'unknown-preset'],
  ])('ignores with a notice what is not a lab parameter: %s', (query, kind) => {
    const { state, notices } = parseLabQuery('online', query);
    expect(notices.map((n) => n.kind)).toEqual([kind]);
    expect(state.values).toEqual({});
  });

  it('keeps the valid values of an address that also has a bad one', () => {
    const { state, notices } = parseLabQuery('batch', 'workers=8&setup-ms=-1&interval=3600');
    expect(notices).toHaveLength(1);
    expect(state.values).toMatchObject({ workers: 8, intervalS: 3600 });
  });

  it('drops the value a rule refuses and keeps the rest', () => {
    // The chatbot's minimum is 1 replica: a maximum of 0 breaks the rule, the seed is fine.
    const { state, notices } = parseLabQuery('online', 'preset=chatbot&max-replicas=0&seed=4');
    expect(notices).toHaveLength(1);
    expect(state.values).toEqual({ seed: 4 });
    expect(firstRefusal(state)).toBeNull();
  });

  it.each([
    ['online', 'min-replicas=50&seed=3&servers=6', 'minReplicas', { seed: 3, servers: 6 }],
    ['online', 'stable-window-s=1&seed=3', 'stableWindowS', { seed: 3 }],
    ['batch', 'interval=0.5&seed=9&workers=3', 'intervalS', { seed: 9, workers: 3 }],
    // A value the rule's check reads without listing it among its keys.
    ['online', 'preset=chatbot&panic-window-s=1&servers=3', 'panicWindowS', { servers: 3 }],
    // Compare hands its values to batch, whose schedule refuses them.
    ['compare', 'preset=fraud-detection&interval=0.001&seed=4', 'intervalS', { seed: 4 }],
  ] as const)(
    'a rule broken by a value the address set against one it left alone drops the set one (%s?%s)',
    (mode, query, dropped, kept) => {
      // The rule is named after the parameter the address did not set: the notice must still
      // name the one it set, and every other value must survive.
      const { state, notices } = parseLabQuery(mode, query);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ kind: 'refused', refusal: { key: dropped } });
      expect(state.values).toEqual(kept);
      expect(firstRefusal(state)).toBeNull();
    },
  );

  it('reads "none" as no value for optional parameters', () => {
    const { state, notices } = parseLabQuery('online', 'queue-capacity=none&rollout=none');
    expect(notices).toEqual([]);
    expect(currentValue(state, 'rollout')).toBeNull();
    expect(currentValue(state, 'queueCapacity')).toBeNull();
  });

  it('never throws, whatever the address holds', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MODE_IDS), fc.string({ maxLength: 300 }), (mode, query) => {
        const { state } = parseLabQuery(mode, query);
        expect(state.mode).toBe(mode);
        expect(firstRefusal(state)).toBeNull();
      }),
    );
  });

  it('round-trips every number a slider can produce, for every control of every lab', () => {
    for (const mode of MODE_IDS) {
      for (const spec of modeById(mode).params) {
        if (spec.kind !== 'number' || spec.control === null || !spec.url) continue;
        for (const position of [0, 1, 250, 500, 999, 1000]) {
          const value = sliderValue(spec, position);
          if (spec.exclusiveMin === true && value === spec.min) continue;
          const state = withValue(parseLabQuery(mode, '').state, spec.key, value);
          const back = parseLabQuery(mode, formatLabQuery(state));
          const refused = back.notices.filter(
            (n) => n.kind === 'refused' && n.refusal.accepted.kind !== 'rule',
          );
          expect(refused, `${mode} ${spec.flag}=${value}`).toEqual([]);
          if (back.notices.length === 0) expect(currentValue(back.state, spec.key)).toBe(value);
        }
      }
    }
  });
});
