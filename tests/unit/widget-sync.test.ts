import { describe, expect, it } from 'vitest';
import { WIDGETS } from '../../src/lessons/widgets.ts';
import { fitsControl, readWidgetMessage } from '../../src/ui/widgets/widget-sync.ts';

// resource-use has two sliders (workers 1-16, servers); batch-overlap has a choice of policies.
const workers = WIDGETS['resource-use'].controls.find((c) => c.key === 'workers');
const policy = WIDGETS['batch-overlap'].controls.find((c) => c.choices !== undefined);

describe('fitsControl', () => {
  it('takes a slider value within its range and a choice among its choices, nothing else', () => {
    if (!workers || !policy) throw new Error('the widgets this test relies on changed');
    expect(fitsControl(workers, 1)).toBe(true);
    expect(fitsControl(workers, 16)).toBe(true);
    expect(fitsControl(workers, 17)).toBe(false);
    expect(fitsControl(workers, '4')).toBe(false);
    expect(fitsControl(workers, Number.NaN)).toBe(false);
    expect(fitsControl(policy, 'skip')).toBe(true);
    expect(fitsControl(policy, 'sometimes')).toBe(false);
  });
});

describe('readWidgetMessage', () => {
  it('reads hello, playback and controls messages for a known widget', () => {
    expect(readWidgetMessage({ type: 'hello', widget: 'resource-use' })).toEqual({
      type: 'hello',
      widget: 'resource-use',
    });
    expect(
      readWidgetMessage({ type: 'playback', widget: 'resource-use', command: { type: 'play' } }),
    ).toEqual({ type: 'playback', widget: 'resource-use', command: { type: 'play' } });
    expect(
      readWidgetMessage({
        type: 'playback',
        widget: 'resource-use',
        command: { type: 'speed', speed: 50 },
      }),
    ).toEqual({ type: 'playback', widget: 'resource-use', command: { type: 'speed', speed: 50 } });
    expect(
      readWidgetMessage({ type: 'controls', widget: 'resource-use', values: { workers: 4 } }),
    ).toEqual({ type: 'controls', widget: 'resource-use', values: { workers: 4 } });
    expect(readWidgetMessage({ type: 'guess', widget: 'resource-use', guess: 12.5 })).toEqual({
      type: 'guess',
      widget: 'resource-use',
      guess: 12.5,
    });
    expect(readWidgetMessage({ type: 'step', widget: 'resource-use', step: 'revealed' })).toEqual({
      type: 'step',
      widget: 'resource-use',
      step: 'revealed',
    });
  });

  it('keeps only the widget’s own knobs with values they can take', () => {
    expect(
      readWidgetMessage({
        type: 'controls',
        widget: 'resource-use',
        values: { workers: 99, 'arrival-rate': 5, __proto__: 1 },
      }),
    ).toEqual({ type: 'controls', widget: 'resource-use', values: {} });
  });

  it('refuses unknown widgets, types, commands and speeds, and data that is not a message', () => {
    for (const data of [
      null,
      'play',
      42,
      { type: 'hello', widget: 'no-such-widget' },
      { type: 'hello', widget: 'toString' },
      { type: 'dance', widget: 'resource-use' },
      { type: 'playback', widget: 'resource-use', command: { type: 'configure' } },
      { type: 'playback', widget: 'resource-use', command: { type: 'speed', speed: 1e6 } },
      { type: 'guess', widget: 'resource-use', guess: Number.NaN },
      { type: 'step', widget: 'resource-use', step: 'asking' },
      { type: 'step', widget: 'resource-use' },
      { type: 'guess', widget: 'resource-use', guess: 'x'.repeat(65) },
      { type: 'guess', widget: 'resource-use', guess: { id: 'a' } },
      { type: 'playback', widget: 'resource-use', command: 'play' },
      { type: 'controls', widget: 'resource-use', values: null },
    ])
      expect(readWidgetMessage(data)).toBeNull();
  });
});
