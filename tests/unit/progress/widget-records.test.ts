import { describe, expect, test } from 'vitest';
import { validateProgress } from '../../../src/store/progress/schema.ts';
import { withWidgetGuess, withWidgetSolved } from '../../../src/store/progress/widget-records.ts';
import { emptyProgress } from '../../../src/store/progress/schema.ts';
import { mutated, validDoc } from './fixtures.ts';

describe('the widgets section of progress', () => {
  test('absent, as in every document written before it existed, reads as no answers', () => {
    const result = validateProgress(mutated((d) => delete d.widgets));
    expect(result).toEqual({ ok: true, value: { ...validDoc(), widgets: {} }, problems: [] });
  });

  test('of the wrong type, it is dropped and reported; slides and quizzes stay', () => {
    const result = validateProgress(mutated((d) => (d.widgets = ['mode-latency'])));
    expect(result.problems).toEqual([{ code: 'bad-widgets', path: 'widgets' }]);
    expect(result.ok && result.value.widgets).toEqual({});
    expect(result.ok && result.value.quizzes.final.best).toBe(10);
  });

  test('a bad entry is dropped and the others kept', () => {
    const result = validateProgress(
      mutated((d) => {
        const widgets = d.widgets as Record<string, unknown>;
        widgets['mode-latency'] = { guess: 'x', right: 'yes', solved: false };
        widgets['Bad Name'] = { guess: 1, right: true, solved: true };
        widgets['stream-scaling'] = { guess: Number.NaN, right: true, solved: true };
        widgets['network-dependence'] = { guess: 1, right: true, solved: true, extra: 1 };
      }),
    );
    expect(result.problems.map((p) => p.path).sort()).toEqual([
      'widgets.Bad Name',
      'widgets.mode-latency',
      'widgets.network-dependence',
      'widgets.stream-scaling',
    ]);
    expect(result.ok && Object.keys(result.value.widgets)).toEqual(['queueing-knee']);
  });
});

describe('recording a widget', () => {
  test('an answer is kept with its verdict, and a later answer replaces it', () => {
    const first = withWidgetGuess(emptyProgress(), 'mode-latency', 'batch', false);
    expect(first.widgets['mode-latency']).toEqual({ guess: 'batch', right: false, solved: false });
    const second = withWidgetGuess(first, 'mode-latency', 'streaming', true);
    expect(second.widgets['mode-latency']).toEqual({
      guess: 'streaming',
      right: true,
      solved: false,
    });
    expect(withWidgetGuess(second, 'mode-latency', 'streaming', true)).toBe(second);
  });

  test('a challenge met stays met through later answers', () => {
    const answered = withWidgetGuess(emptyProgress(), 'queueing-knee', 120, true);
    const solved = withWidgetSolved(answered, 'queueing-knee');
    expect(solved.widgets['queueing-knee'].solved).toBe(true);
    expect(withWidgetSolved(solved, 'queueing-knee')).toBe(solved);
    expect(withWidgetGuess(solved, 'queueing-knee', 300, false).widgets['queueing-knee']).toEqual({
      guess: 300,
      right: false,
      solved: true,
    });
  });

  test('nothing is recorded that validation would refuse', () => {
    const doc = emptyProgress();
    expect(withWidgetGuess(doc, 'Bad Name', 1, true)).toBe(doc);
    expect(withWidgetGuess(doc, 'mode-latency', Number.POSITIVE_INFINITY, true)).toBe(doc);
    expect(withWidgetSolved(doc, 'mode-latency')).toBe(doc);
    const stored = withWidgetSolved(
      withWidgetGuess(doc, 'mode-latency', 'x', true),
      'mode-latency',
    );
    expect(validateProgress(JSON.parse(JSON.stringify(stored)))).toEqual({
      ok: true,
      value: stored,
      problems: [],
    });
  });
});
