import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { applyMotionToDocument, reducesMotion } from '../../../src/store/progress/motion.ts';
import { loadProgress, PROGRESS_KEY } from '../../../src/store/progress/persistence.ts';
import { emptyProgress } from '../../../src/store/progress/schema.ts';
import { applyThemeToDocument } from '../../../src/store/progress/theme.ts';
import { FakeStorage, mutated, validDoc } from './fixtures.ts';

/**
 * index.html's first-paint script, run as the browser would (a classic script, globals only)
 * against a stand-in page, and held to the app's own rules: for each stored value below, the page
 * it leaves must be the page the app makes once it has loaded (src/store/progress/theme.ts,
 * motion.ts). The one known difference is left out on purpose: a document of this course whose
 * sections the app refuses whole (a damaged list) still has its theme shown by the script, until
 * the app loads, sets it aside and says so; checking every section here would not fit in a tiny
 * script.
 */
const html = readFileSync(new URL('../../../index.html', import.meta.url), 'utf8');
const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

interface FakeMeta {
  media: string;
  dataset: { scheme?: string };
}

/** The parts of the document both sides touch: <html>'s attributes and the theme-color metas. */
function fakePage() {
  const attributes = new Map<string, string>();
  const metas: FakeMeta[] = [...html.matchAll(/<meta\s+name="theme-color"[^>]*>/g)].map(
    ([tag]) => ({
      media: /media="([^"]*)"/.exec(tag)?.[1] ?? '',
      dataset: { scheme: /data-scheme="([^"]*)"/.exec(tag)?.[1] },
    }),
  );
  const document = {
    documentElement: {
      setAttribute: (name: string, value: string) => attributes.set(name, value),
      removeAttribute: (name: string) => attributes.delete(name),
    },
    querySelectorAll: (selector: string) => {
      expect(selector).toBe('meta[name="theme-color"][data-scheme]');
      return metas.filter((meta) => meta.dataset.scheme !== undefined);
    },
  };
  const state = () => ({ html: Object.fromEntries(attributes), metas: metas.map((m) => m.media) });
  return { document: document as unknown as Document, state };
}

const matchMedia = (systemReduces: boolean) => (query: string) => {
  expect(query).toBe('(prefers-reduced-motion: reduce)');
  return { matches: systemReduces };
};

/** What the script leaves, and every property of localStorage it touched. */
function afterScript(storage: Storage, systemReduces: boolean) {
  const page = fakePage();
  const touched: string[] = [];
  const watched = new Proxy(storage, {
    get(target, property) {
      touched.push(String(property));
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  const globals = { document: page.document, matchMedia: matchMedia(systemReduces) };
  Object.defineProperty(globals, 'localStorage', {
    get: () => {
      if ((storage as FakeStorage).failReads === 'security')
        throw new Error('SecurityError: storage is disabled');
      return watched;
    },
  });
  runInNewContext(script, globals);
  return { state: page.state(), touched };
}

/** What the app shows once it has loaded and validated the same storage. */
function afterApp(storage: FakeStorage, systemReduces: boolean) {
  const page = fakePage();
  const { settings } = loadProgress(storage).value;
  applyThemeToDocument(page.document, settings.theme);
  applyMotionToDocument(page.document, reducesMotion(settings.motion, systemReduces));
  return page.state();
}

function stored(value: string | null): FakeStorage {
  const storage = new FakeStorage();
  if (value !== null) storage.setItem(PROGRESS_KEY, value);
  return storage;
}

const withSettings = (settings: Record<string, unknown>) =>
  JSON.stringify(mutated((d) => (d.settings = settings)));

const cases: [string, () => FakeStorage][] = [
  ['nothing stored', () => stored(null)],
  ['the empty document', () => stored(JSON.stringify(emptyProgress()))],
  ...(['light', 'dark', 'system'] as const).flatMap((theme) =>
    (['system', 'reduce', 'full'] as const).map((motion): [string, () => FakeStorage] => [
      `theme ${theme}, motion ${motion}`,
      () => stored(withSettings({ locale: 'es', theme, motion })),
    ]),
  ),
  [
    'a document from before the motion setting',
    () => stored(withSettings({ locale: null, theme: 'dark' })),
  ],
  [
    'a bad theme and a bad motion',
    () => stored(withSettings({ locale: null, theme: 'sepia', motion: 'slow' })),
  ],
  ['settings as a string', () => stored(JSON.stringify({ ...validDoc(), settings: 'dark' }))],
  ['settings null', () => stored(JSON.stringify({ ...validDoc(), settings: null }))],
  [
    'text that is not JSON',
    () => stored('{"app": "tipos-de-despliegue", "settings": {"theme": "da'),
  ],
  ['JSON null', () => stored('null')],
  ['another app’s data', () => stored(JSON.stringify({ ...validDoc(), app: 'other' }))],
  ['a newer version', () => stored(JSON.stringify({ ...validDoc(), version: 2 }))],
  [
    'storage that refuses access',
    () => {
      const storage = stored(JSON.stringify(validDoc()));
      storage.failReads = 'security';
      return storage;
    },
  ],
];

describe('the first-paint script in index.html', () => {
  test('is there, and reads the key the app stores progress under', () => {
    expect(script).toContain(`localStorage.getItem('${PROGRESS_KEY}')`);
  });

  for (const systemReduces of [false, true])
    test.each(cases)(
      `%s (system reduces motion: ${systemReduces}): the page the app will make, and only reads`,
      (_name, storage) => {
        const read = storage();
        const before = new Map(read.items);
        const { state, touched } = afterScript(read, systemReduces);
        expect(state).toEqual(afterApp(storage(), systemReduces));
        expect(touched.filter((p) => p !== 'getItem')).toEqual([]);
        expect(read.items).toEqual(before);
      },
    );

  test('a stored dark theme selects the dark bar colour and the dark palette', () => {
    const { state } = afterScript(
      stored(withSettings({ locale: null, theme: 'dark', motion: 'reduce' })),
      false,
    );
    expect(state).toEqual({
      html: { 'data-theme': 'dark', 'data-motion': 'reduce' },
      metas: ['not all', 'all'],
    });
  });
});
