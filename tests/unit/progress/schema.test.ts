import { describe, expect, test } from 'vitest';
import { parseProgressText, serialiseProgress } from '../../../src/store/progress/migrate.ts';
import type { ProblemCode } from '../../../src/store/progress/problems.ts';
import { emptyProgress, validateProgress } from '../../../src/store/progress/schema.ts';
import { mutated, validDoc, withField, type LooseDoc } from './fixtures.ts';

function codes(input: unknown): ProblemCode[] {
  return validateProgress(input).problems.map((p) => p.code);
}

describe('validateProgress accepts', () => {
  test('a document with every section filled, unchanged and with no problems', () => {
    expect(validateProgress(validDoc())).toEqual({ ok: true, value: validDoc(), problems: [] });
  });

  test('the empty document', () => {
    expect(validateProgress(emptyProgress())).toEqual({
      ok: true,
      value: emptyProgress(),
      problems: [],
    });
  });

  test('its own serialisation, compact and pretty', () => {
    for (const pretty of [false, true]) {
      const parsed = parseProgressText(serialiseProgress(validDoc(), pretty));
      expect(parsed).toEqual({ ok: true, value: validDoc(), problems: [] });
    }
  });
});

describe('validateProgress refuses the whole document', () => {
  test.each([
    ['an array', [validDoc()], 'not-an-object'],
    ['null', null, 'not-an-object'],
    ['a string', 'tipos-de-despliegue', 'not-an-object'],
    ['a number', 1, 'not-an-object'],
    ['a Date', new Date(0), 'not-an-object'],
    ['another app’s file', { name: 'some-app', version: '1.0.0', dependencies: {} }, 'foreign'],
    ['a document without the marker', withField('app', undefined), 'foreign'],
    ['a document with another marker', withField('app', 'other-course'), 'foreign'],
    ['a newer version', withField('version', 2), 'newer-version'],
    ['version 0 as a file', withField('version', 0), 'unknown-version'],
    ['a version written as text', withField('version', '1'), 'unknown-version'],
    ['a missing version', withField('version', undefined), 'unknown-version'],
    ['slidesSeen as an array', withField('slidesSeen', []), 'bad-section'],
    ['quizzes missing', withField('quizzes', undefined), 'bad-section'],
    ['settings as a string', withField('settings', 'dark'), 'bad-section'],
    ['lastSlide as a number', withField('lastSlide', 3), 'bad-section'],
    [
      'too many lessons',
      withField('slidesSeen', Object.fromEntries([...Array(65).keys()].map((k) => [`l${k}`, [1]]))),
      'too-many-entries',
    ],
    [
      'too many quizzes',
      withField('quizzes', Object.fromEntries([...Array(65).keys()].map((k) => [`q${k}`, {}]))),
      'too-many-entries',
    ],
  ])('%s', (_name, input, code) => {
    const result = validateProgress(input);
    expect(result.ok).toBe(false);
    expect(codes(input)).toEqual([code]);
  });

  test('text that is not JSON, or too long to read', () => {
    expect(parseProgressText('{"app": "tipos-de-despliegue",').problems).toEqual([
      { code: 'not-json', path: '' },
    ]);
    // A huge string is refused on its length, before JSON.parse allocates anything for it.
    const huge = JSON.stringify({ ...validDoc(), padding: 'x'.repeat(1_000_001) });
    expect(parseProgressText(huge)).toEqual({
      ok: false,
      problems: [{ code: 'too-large', path: '' }],
    });
  });
});

describe('validateProgress drops a bad entry, reports it and keeps the rest', () => {
  test.each<[string, (d: LooseDoc) => unknown, ProblemCode, string]>([
    [
      'a lesson id with capitals',
      (d) => (d.slidesSeen['Bad-Id'] = [1]),
      'bad-id',
      'slidesSeen.Bad-Id',
    ],
    ['a prototype key', (d) => (d.slidesSeen.__proto__x = [1]), 'bad-id', 'slidesSeen.__proto__x'],
    [
      'an over-long id',
      (d) => (d.quizzes['a'.repeat(65)] = d.quizzes.final),
      'bad-id',
      `quizzes.${'a'.repeat(65)}`,
    ],
    [
      'a slide list that is not a list',
      (d) => ((d.slidesSeen as Record<string, unknown>)['03-online'] = '1,2'),
      'bad-slide-list',
      'slidesSeen.03-online',
    ],
    [
      'a slide numbered 0',
      (d) => d.slidesSeen['02-batch'].push(0),
      'bad-slide-number',
      'slidesSeen.02-batch[2]',
    ],
    [
      'a fractional slide',
      (d) => d.slidesSeen['02-batch'].push(2.5),
      'bad-slide-number',
      'slidesSeen.02-batch[2]',
    ],
    [
      'a slide past the limit',
      (d) => d.slidesSeen['02-batch'].push(501),
      'bad-slide-number',
      'slidesSeen.02-batch[2]',
    ],
    [
      'a repeated slide',
      (d) => d.slidesSeen['02-batch'].push(1),
      'duplicate-slide',
      'slidesSeen.02-batch[2]',
    ],
    ['a best above the maximum', (d) => (d.quizzes.final.best = 13), 'bad-quiz', 'quizzes.final'],
    ['a negative best', (d) => (d.quizzes.final.best = -1), 'bad-quiz', 'quizzes.final'],
    ['a zero maximum', (d) => (d.quizzes.final.max = 0), 'bad-quiz', 'quizzes.final'],
    ['zero attempts', (d) => (d.quizzes.final.attempts = 0), 'bad-quiz', 'quizzes.final'],
    [
      'a date that is not ISO',
      (d) => (d.quizzes.final.lastAt = 'yesterday'),
      'bad-quiz',
      'quizzes.final',
    ],
    [
      'an impossible date',
      (d) => (d.quizzes.final.lastAt = '2025-02-30T10:00:00Z'),
      'bad-quiz',
      'quizzes.final',
    ],
    ['an extra quiz field', (d) => (d.quizzes.final.answers = ['a']), 'bad-quiz', 'quizzes.final'],
    ['an unknown top-level field', (d) => (d.extra = true), 'unknown-field', 'extra'],
  ])('%s', (_name, change, code, path) => {
    const input = mutated(change);
    const result = validateProgress(input);
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([{ code, path }]);
    // Whatever was dropped, the untouched parts are still there.
    if (result.ok) {
      expect(result.value.slidesSeen['01-tipos-de-despliegue']).toEqual([1, 2, 3]);
      expect(result.value.settings.theme).toBe('dark');
    }
  });

  test('slide numbers come back sorted, without the bad ones', () => {
    const result = validateProgress(mutated((d) => (d.slidesSeen['02-batch'] = [3, 'x', 1, 2])));
    expect(result.ok && result.value.slidesSeen['02-batch']).toEqual([1, 2, 3]);
  });

  test('a bad last slide becomes null; the slides seen stay', () => {
    const result = validateProgress(mutated((d) => (d.lastSlide = { lessonId: '02-batch' })));
    expect(result.problems).toEqual([{ code: 'bad-last-slide', path: 'lastSlide' }]);
    expect(result.ok && result.value.lastSlide).toBeNull();
    expect(result.ok && result.value.slidesSeen['02-batch']).toEqual([1, 3]);
  });

  test('a bad setting falls back to its default', () => {
    const result = validateProgress(
      mutated((d) => (d.settings = { locale: 'fr', theme: 'sepia', motion: 'slow', fontSize: 3 })),
    );
    expect(result.problems).toEqual([
      { code: 'bad-locale', path: 'settings.locale' },
      { code: 'bad-theme', path: 'settings.theme' },
      { code: 'bad-motion', path: 'settings.motion' },
      { code: 'unknown-field', path: 'settings.fontSize' },
    ]);
    expect(result.ok && result.value.settings).toEqual({
      locale: null,
      theme: 'system',
      motion: 'system',
    });
    expect(result.ok && result.value.quizzes.final.best).toBe(10);
  });

  test('an id such as "constructor" is data, not the prototype', () => {
    const result = validateProgress(mutated((d) => (d.slidesSeen['constructor' as string] = [2])));
    expect(result.ok && Object.hasOwn(result.value.slidesSeen, 'constructor')).toBe(true);
    expect(result.ok && result.value.slidesSeen.constructor).toEqual([2]);
  });
});
