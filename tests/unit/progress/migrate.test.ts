import { describe, expect, test } from 'vitest';
import { LEGACY_LOCALE_KEY, migrateV0 } from '../../../src/store/progress/migrate.ts';
import { loadProgress, PROGRESS_KEY } from '../../../src/store/progress/persistence.ts';
import { createProgressStore } from '../../../src/store/progress/progress-store.svelte.ts';
import { emptyProgress, validateProgress } from '../../../src/store/progress/schema.ts';
import { FakeStorage } from './fixtures.ts';

describe('migrateV0: the language kept alone, before progress existed', () => {
  test('a known language carries over, into an otherwise empty document', () => {
    const { value, problems } = migrateV0({ version: 0, locale: 'en' });
    expect(problems).toEqual([]);
    expect(value).toEqual({
      ...emptyProgress(),
      settings: { locale: 'en', theme: 'system', motion: 'system' },
    });
    expect(validateProgress(value)).toEqual({ ok: true, value, problems: [] });
  });

  test('an unknown language is dropped and reported; nothing stored is no problem', () => {
    expect(migrateV0({ version: 0, locale: 'fr' })).toEqual({
      value: emptyProgress(),
      problems: [{ code: 'bad-locale', path: 'settings.locale' }],
    });
    expect(migrateV0({ version: 0, locale: null })).toEqual({
      value: emptyProgress(),
      problems: [],
    });
  });
});

describe('loading storage that holds version 0', () => {
  test('migrates, writes version 1 and only then removes the old key', () => {
    const storage = new FakeStorage();
    storage.setItem(LEGACY_LOCALE_KEY, 'en');

    const store = createProgressStore({ storage });

    expect(store.locale).toBe('en');
    expect(store.notice).toBeNull();
    expect(storage.items.has(LEGACY_LOCALE_KEY)).toBe(false);
    const saved = JSON.parse(storage.getItem(PROGRESS_KEY) ?? 'null') as unknown;
    expect(validateProgress(saved)).toMatchObject({
      ok: true,
      value: { settings: { locale: 'en' } },
    });
  });

  test('keeps the old key when version 1 cannot be written, so nothing is lost', () => {
    const storage = new FakeStorage();
    storage.setItem(LEGACY_LOCALE_KEY, 'en');
    storage.failWrites = 'quota';

    const store = createProgressStore({ storage });

    expect(store.locale).toBe('en');
    expect(store.notice?.kind).toBe('quota-exceeded');
    expect(storage.items.get(LEGACY_LOCALE_KEY)).toBe('en');
  });

  test('an unknown stored language is reported as repaired', () => {
    const storage = new FakeStorage();
    storage.setItem(LEGACY_LOCALE_KEY, 'klingon');
    expect(loadProgress(storage)).toMatchObject({
      value: emptyProgress(),
      notice: { kind: 'stored-repaired', problems: [{ code: 'bad-locale' }] },
      legacyKey: LEGACY_LOCALE_KEY,
    });
  });

  test('version 1, once present, wins over a leftover old key', () => {
    const storage = new FakeStorage();
    storage.setItem(PROGRESS_KEY, JSON.stringify(emptyProgress()));
    storage.setItem(LEGACY_LOCALE_KEY, 'en');
    expect(loadProgress(storage).value.settings.locale).toBeNull();
  });
});
