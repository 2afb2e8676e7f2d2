import { describe, expect, test } from 'vitest';
import { settingsMessages } from '../../../src/i18n/settings-messages.ts';
import { motionSettings } from '../../../src/store/progress/limits.ts';
import { parseProgressText } from '../../../src/store/progress/migrate.ts';
import { applyMotionToDocument, reducesMotion } from '../../../src/store/progress/motion.ts';
import { loadProgress, PROGRESS_KEY } from '../../../src/store/progress/persistence.ts';
import { createProgressStore } from '../../../src/store/progress/progress-store.svelte.ts';
import { validateProgress } from '../../../src/store/progress/schema.ts';
import { FakeStorage, mutated, validDoc } from './fixtures.ts';

/**
 * An export file exactly as the course wrote it before the motion setting existed (version 1, no
 * `settings.motion`). Kept as text, not built from the fixture, so that a change of the current
 * format cannot quietly change what "an old file" means here.
 */
const FILE_BEFORE_MOTION = `{
  "app": "tipos-de-despliegue",
  "version": 1,
  "slidesSeen": {
    "01-tipos-de-despliegue": [1, 2]
  },
  "lastSlide": {
    "lessonId": "01-tipos-de-despliegue",
    "slide": 2
  },
  "quizzes": {
    "final": { "best": 10, "max": 12, "attempts": 1, "lastAt": "2025-03-02T09:30:00.000Z" }
  },
  "settings": {
    "locale": "en",
    "theme": "dark"
  }
}
`;

describe('the motion setting in version-1 documents', () => {
  test('a file from before the setting reads as "system", with nothing dropped or reported', () => {
    const parsed = parseProgressText(FILE_BEFORE_MOTION);
    expect(parsed.ok && parsed.problems).toEqual([]);
    expect(parsed.ok && parsed.value.settings).toEqual({
      locale: 'en',
      theme: 'dark',
      motion: 'system',
    });
    expect(parsed.ok && parsed.value.slidesSeen).toEqual({ '01-tipos-de-despliegue': [1, 2] });
  });

  test('stored progress from before the setting loads without a notice and is not rewritten', () => {
    const storage = new FakeStorage();
    storage.setItem(PROGRESS_KEY, FILE_BEFORE_MOTION);
    const loaded = loadProgress(storage);
    expect(loaded.notice).toBeNull();
    expect(loaded.rewrite).toBe(false);
    expect(loaded.value.settings.motion).toBe('system');
  });

  test('an old file imported, changed and exported again carries the setting, and reads back', async () => {
    const progress = createProgressStore({ storage: new FakeStorage() });
    expect(progress.importText(FILE_BEFORE_MOTION)).toEqual({ ok: true, problems: [] });
    progress.setMotion('full');
    const text = await progress.exportFile().text();
    expect(JSON.parse(text)).toMatchObject({ version: 1, settings: { motion: 'full' } });
    const elsewhere = createProgressStore({ storage: new FakeStorage() });
    expect(elsewhere.importText(text)).toEqual({ ok: true, problems: [] });
    expect(elsewhere.document).toEqual(progress.document);
  });

  test.each(motionSettings)('"%s" is kept as it is', (motion) => {
    const input = mutated((d) => (d.settings.motion = motion));
    const result = validateProgress(input);
    expect(result.ok && result.problems).toEqual([]);
    expect(result.ok && result.value.settings.motion).toBe(motion);
  });

  test.each([
    ['an unknown word', 'slow'],
    ['another case', 'Reduce'],
    ['null', null],
    ['a boolean', true],
    ['a list', ['reduce']],
  ])('%s falls back to "system", is reported, and nothing else is lost', (_name, motion) => {
    const result = validateProgress(mutated((d) => (d.settings.motion = motion)));
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([{ code: 'bad-motion', path: 'settings.motion' }]);
    expect(result.ok && result.value).toEqual({
      ...validDoc(),
      settings: { ...validDoc().settings, motion: 'system' },
    });
  });

  test('the message about a bad value names every accepted value, in both languages', () => {
    expect(settingsMessages.es.problems['bad-motion']).toBe(
      'Ajuste de movimiento no válido: debe ser «system», «reduce» o «full».',
    );
    expect(settingsMessages.en.problems['bad-motion']).toBe(
      'Invalid motion setting: it must be “system”, “reduce”, or “full”.',
    );
  });

  test('a newer version’s stored data is still never overwritten by a motion change', () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ ...validDoc(), version: 2 });
    storage.setItem(PROGRESS_KEY, newer);
    const progress = createProgressStore({ storage });
    progress.setMotion('full');
    expect(progress.motion).toBe('full');
    expect(storage.items.get(PROGRESS_KEY)).toBe(newer);
  });
});

describe('the effective motion', () => {
  test.each([
    ['system', false, false],
    ['system', true, true],
    ['reduce', false, true],
    ['reduce', true, true],
    ['full', false, false],
    ['full', true, false],
  ] as const)('setting "%s" with the system reducing: %s → reduced: %s', (setting, os, reduced) => {
    expect(reducesMotion(setting, os)).toBe(reduced);
  });

  test('the document shows the outcome as data-motion, reduce or full', () => {
    const attributes = new Map<string, string>();
    const doc = {
      documentElement: {
        setAttribute: (name: string, value: string) => attributes.set(name, value),
      },
    } as unknown as Document;
    applyMotionToDocument(doc, true);
    expect(attributes.get('data-motion')).toBe('reduce');
    applyMotionToDocument(doc, false);
    expect(attributes.get('data-motion')).toBe('full');
  });
});
