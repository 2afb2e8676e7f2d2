import { describe, expect, test, vi } from 'vitest';
import { PROGRESS_KEY, SET_ASIDE_KEY } from '../../../src/store/progress/persistence.ts';
import { createProgressStore } from '../../../src/store/progress/progress-store.svelte.ts';
import { emptyProgress, validateProgress } from '../../../src/store/progress/schema.ts';
import { FakeStorage, validDoc } from './fixtures.ts';

const at = new Date('2025-04-01T12:00:00.000Z');
const store = (storage: Storage | null) => createProgressStore({ storage, now: () => at });

function saved(storage: FakeStorage): unknown {
  return JSON.parse(storage.items.get(PROGRESS_KEY) ?? 'null');
}

describe('slides seen and where to resume', () => {
  test('are counted per lesson, once each, and the last visit is remembered', () => {
    const progress = store(new FakeStorage());
    progress.markSlideSeen('02-batch', 3);
    progress.markSlideSeen('02-batch', 1);
    progress.markSlideSeen('02-batch', 3);
    expect(progress.seenCount('02-batch')).toBe(2);
    expect(progress.slidesSeen('02-batch')).toEqual([1, 3]);
    expect(progress.lastSlide).toEqual({ lessonId: '02-batch', slide: 3 });
    expect(progress.seenCount('03-online')).toBe(0);
  });

  test('ids and numbers the schema would refuse are ignored, not stored', () => {
    const storage = new FakeStorage();
    const progress = store(storage);
    for (const [lesson, slide] of [
      ['../x', 1],
      ['02-batch', 0],
      ['02-batch', 1.5],
      ['02-batch', Number.NaN],
    ] as const)
      progress.markSlideSeen(lesson, slide);
    expect(progress.document).toEqual(emptyProgress());
    expect(storage.items.has(PROGRESS_KEY)).toBe(false);
  });

  test('"constructor" is a lesson like any other, not a prototype property', () => {
    const progress = store(new FakeStorage());
    expect(progress.seenCount('constructor')).toBe(0);
    expect(progress.quiz('constructor')).toBeNull();
  });
});

describe('quiz records', () => {
  test('keep the best attempt by fraction, count attempts and date the latest', () => {
    const progress = store(new FakeStorage());
    progress.recordQuiz('02-batch', 2, 5);
    progress.recordQuiz('02-batch', 4, 5);
    progress.recordQuiz('02-batch', 1, 5);
    expect(progress.quiz('02-batch')).toEqual({
      best: 4,
      max: 5,
      attempts: 3,
      lastAt: '2025-04-01T12:00:00.000Z',
    });
    // A quiz that has grown: 4.5 of 6 is 75 %, below the 80 % kept.
    progress.recordQuiz('02-batch', 4.5, 6);
    expect(progress.quiz('02-batch')).toMatchObject({ best: 4, max: 5, attempts: 4 });
  });

  test('impossible scores are ignored', () => {
    const progress = store(new FakeStorage());
    progress.recordQuiz('final', 6, 5);
    progress.recordQuiz('final', -1, 5);
    progress.recordQuiz('final', 1, 0);
    progress.recordQuiz('Final', 1, 5);
    expect(progress.document.quizzes).toEqual({});
  });
});

describe('persistence', () => {
  test('a second store on the same storage reads back exactly what the first saved', () => {
    const storage = new FakeStorage();
    const first = store(storage);
    first.markSlideSeen('01-tipos-de-despliegue', 2);
    first.recordQuiz('final', 9, 12);
    first.setTheme('dark');
    first.setLocale('en');

    const second = store(storage);
    expect(second.document).toEqual(first.document);
    expect(second.notice).toBeNull();
    expect(validateProgress(saved(storage))).toEqual({
      ok: true,
      value: first.document,
      problems: [],
    });
  });

  test('full storage: the store keeps working in memory, says so, and recovers', () => {
    const storage = new FakeStorage();
    const progress = store(storage);
    storage.failWrites = 'quota';
    progress.markSlideSeen('02-batch', 1);
    expect(progress.notice).toEqual({ kind: 'quota-exceeded', problems: [] });
    expect(progress.seenCount('02-batch')).toBe(1);
    expect(storage.items.has(PROGRESS_KEY)).toBe(false);

    storage.failWrites = null;
    progress.markSlideSeen('02-batch', 2);
    expect(progress.notice).toBeNull();
    expect(saved(storage)).toMatchObject({ slidesSeen: { '02-batch': [1, 2] } });
  });

  test('disabled or missing storage: memory only, with a notice, and nothing throws', () => {
    const blocked = new FakeStorage();
    blocked.failReads = 'security';
    blocked.failWrites = 'security';
    for (const storage of [blocked, null]) {
      const progress = store(storage);
      expect(progress.notice?.kind).toBe('storage-unavailable');
      progress.markSlideSeen('02-batch', 4);
      expect(progress.lastSlide).toEqual({ lessonId: '02-batch', slide: 4 });
    }
  });

  test('stored data with bad entries: the rest is kept, saved back, and a notice names them', () => {
    const storage = new FakeStorage();
    const doc = validDoc();
    storage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ ...doc, slidesSeen: { ...doc.slidesSeen, X: [1] } }),
    );
    const progress = store(storage);
    expect(progress.notice).toEqual({
      kind: 'stored-repaired',
      problems: [{ code: 'bad-id', path: 'slidesSeen.X' }],
    });
    expect(progress.document).toEqual(doc);
    expect(saved(storage)).toEqual(doc);
  });

  test('unreadable stored data is set aside, not destroyed, and progress starts afresh', () => {
    const storage = new FakeStorage();
    storage.setItem(PROGRESS_KEY, '{"app": "tipos-de-despl');
    const progress = store(storage);
    expect(progress.notice).toEqual({
      kind: 'stored-set-aside',
      problems: [{ code: 'not-json', path: '' }],
    });
    expect(storage.items.get(SET_ASIDE_KEY)).toBe('{"app": "tipos-de-despl');
    expect(saved(storage)).toEqual(emptyProgress());
  });

  test('data from a newer version is never overwritten by this one', () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ ...validDoc(), version: 2, badges: ['x'] });
    storage.setItem(PROGRESS_KEY, newer);
    const progress = store(storage);
    expect(progress.notice?.kind).toBe('stored-newer');
    progress.markSlideSeen('02-batch', 1);
    expect(progress.seenCount('02-batch')).toBe(1);
    expect(storage.items.get(PROGRESS_KEY)).toBe(newer);
  });

  test('another tab’s save is adopted; an unreadable one is ignored', () => {
    const progress = store(new FakeStorage());
    const onSettings = vi.fn();
    const other = createProgressStore({ storage: new FakeStorage(), onSettings });
    progress.syncFromStorage(PROGRESS_KEY, JSON.stringify(validDoc()));
    expect(progress.document).toEqual(validDoc());
    progress.syncFromStorage(PROGRESS_KEY, '[]');
    progress.syncFromStorage('unrelated', JSON.stringify(emptyProgress()));
    expect(progress.document).toEqual(validDoc());

    other.syncFromStorage(PROGRESS_KEY, JSON.stringify(validDoc()));
    expect(onSettings).toHaveBeenLastCalledWith({ locale: 'en', theme: 'dark', motion: 'reduce' });
  });

  test('another tab’s change of the motion setting alone reaches onSettings', () => {
    const onSettings = vi.fn();
    const progress = createProgressStore({ storage: new FakeStorage(), onSettings });
    const changed = {
      ...emptyProgress(),
      settings: { ...emptyProgress().settings, motion: 'full' },
    };
    progress.syncFromStorage(PROGRESS_KEY, JSON.stringify(changed));
    expect(onSettings).toHaveBeenCalledTimes(2);
    expect(onSettings).toHaveBeenLastCalledWith({ locale: null, theme: 'system', motion: 'full' });
    progress.syncFromStorage(PROGRESS_KEY, JSON.stringify(changed));
    expect(onSettings).toHaveBeenCalledTimes(2);
  });
});

describe('settings', () => {
  test('theme, language and motion are stored, and every change reaches onSettings', () => {
    const onSettings = vi.fn();
    const storage = new FakeStorage();
    const progress = createProgressStore({ storage, onSettings });
    expect(onSettings).toHaveBeenCalledWith({ locale: null, theme: 'system', motion: 'system' });
    expect(progress.motion).toBe('system');
    progress.setTheme('light');
    progress.setTheme('light');
    progress.setLocale('es');
    progress.setMotion('reduce');
    progress.setMotion('reduce');
    expect(progress.theme).toBe('light');
    expect(progress.locale).toBe('es');
    expect(progress.motion).toBe('reduce');
    expect(onSettings).toHaveBeenCalledTimes(4);
    expect(onSettings).toHaveBeenLastCalledWith({ locale: 'es', theme: 'light', motion: 'reduce' });
    // Saved: a later visit reads the same choice back.
    expect(createProgressStore({ storage }).motion).toBe('reduce');
  });
});
