import { describe, expect, test, vi } from 'vitest';
import { PROGRESS_KEY, SET_ASIDE_KEY } from '../../../src/store/progress/persistence.ts';
import { createProgressStore } from '../../../src/store/progress/progress-store.svelte.ts';
import { emptyProgress } from '../../../src/store/progress/schema.ts';
import { readProgressFile } from '../../../src/ui/settings/transfer.ts';
import { FakeStorage, validDoc } from './fixtures.ts';

function filled() {
  const storage = new FakeStorage();
  const onSettings = vi.fn();
  const progress = createProgressStore({ storage, onSettings });
  progress.importText(JSON.stringify(validDoc()));
  onSettings.mockClear();
  return { storage, progress, onSettings };
}

describe('export and import', () => {
  test('an exported file imports into another browser as the same progress', async () => {
    const { progress } = filled();
    const file = progress.exportFile();
    expect(file.type).toBe('application/json');
    const text = await file.text();
    // Pretty-printed, for a person who opens the file.
    expect(text).toContain('\n  "slidesSeen": {\n');

    const elsewhere = createProgressStore({ storage: new FakeStorage() });
    expect(elsewhere.importText(text)).toEqual({ ok: true, problems: [] });
    expect(elsewhere.document).toEqual(progress.document);
  });

  test('import replaces, it does not merge', () => {
    const { progress } = filled();
    progress.importText(JSON.stringify({ ...emptyProgress(), slidesSeen: { '03-online': [2] } }));
    expect(progress.document.slidesSeen).toEqual({ '03-online': [2] });
    expect(progress.quiz('02-batch')).toBeNull();
  });

  test.each([
    ['not JSON', 'hello', 'not-json', ''],
    ['an array', '[1, 2, 3]', 'not-an-object', ''],
    ['another app’s file', '{"name": "x", "version": "2.0.0"}', 'foreign', 'app'],
    ['a newer version', JSON.stringify({ ...validDoc(), version: 9 }), 'newer-version', 'version'],
  ])('a refused file (%s) changes nothing, in memory or in storage', (_name, text, code, path) => {
    const { storage, progress, onSettings } = filled();
    const before = storage.items.get(PROGRESS_KEY);
    expect(progress.importText(text)).toEqual({ ok: false, problems: [{ code, path }] });
    expect(progress.document).toEqual(validDoc());
    expect(storage.items.get(PROGRESS_KEY)).toBe(before);
    expect(onSettings).not.toHaveBeenCalled();
  });

  test('a file with a bad entry imports the rest and lists what it dropped', () => {
    const { progress } = filled();
    const doc = { ...validDoc(), lastSlide: { lessonId: '02-batch', slide: -1 } };
    expect(progress.importText(JSON.stringify(doc))).toEqual({
      ok: true,
      problems: [{ code: 'bad-last-slide', path: 'lastSlide' }],
    });
    expect(progress.lastSlide).toBeNull();
    expect(progress.seenCount('02-batch')).toBe(2);
  });

  test('a file far too large is refused before it is read', async () => {
    const importText = vi.fn();
    const huge = { size: 5_000_000, text: vi.fn() } as unknown as Blob;
    expect(await readProgressFile(huge, importText)).toEqual({
      ok: false,
      problems: [{ code: 'too-large', path: '' }],
    });
    expect(huge.text).not.toHaveBeenCalled();
    expect(importText).not.toHaveBeenCalled();
  });
});

describe('reset', () => {
  test('clears progress and settings, in memory and in storage, and any set-aside copy', () => {
    const { storage, progress, onSettings } = filled();
    storage.setItem(SET_ASIDE_KEY, 'old');
    progress.reset();
    expect(progress.document).toEqual(emptyProgress());
    expect(JSON.parse(storage.items.get(PROGRESS_KEY) ?? 'null')).toEqual(emptyProgress());
    expect(storage.items.has(SET_ASIDE_KEY)).toBe(false);
    expect(onSettings).toHaveBeenLastCalledWith({
      locale: null,
      theme: 'system',
      motion: 'system',
    });
    // A store opened afterwards (the next visit) sees the reset too.
    expect(createProgressStore({ storage }).document).toEqual(emptyProgress());
  });
});
