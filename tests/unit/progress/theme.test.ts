import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { applyThemeToDocument } from '../../../src/store/progress/theme.ts';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('applyThemeToDocument', () => {
  const attributes = new Map<string, string>();
  const metas = [
    { dataset: { scheme: 'light' }, media: '(prefers-color-scheme: light)' },
    { dataset: { scheme: 'dark' }, media: '(prefers-color-scheme: dark)' },
  ];
  const doc = {
    documentElement: {
      setAttribute: (name: string, value: string) => attributes.set(name, value),
      removeAttribute: (name: string) => attributes.delete(name),
    },
    querySelectorAll: () => metas,
  } as unknown as Document;

  test('a chosen theme sets data-theme and its bar colour; "system" gives both back', () => {
    applyThemeToDocument(doc, 'dark');
    expect(attributes.get('data-theme')).toBe('dark');
    expect(metas.map((m) => m.media)).toEqual(['not all', 'all']);
    applyThemeToDocument(doc, 'light');
    expect(attributes.get('data-theme')).toBe('light');
    expect(metas.map((m) => m.media)).toEqual(['all', 'not all']);
    applyThemeToDocument(doc, 'system');
    expect(attributes.has('data-theme')).toBe(false);
    expect(metas.map((m) => m.media)).toEqual([
      '(prefers-color-scheme: light)',
      '(prefers-color-scheme: dark)',
    ]);
  });
});

/** WCAG 2.2 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

type Palette = Record<string, { light: string; dark: string }>;

/** Every `--name: light-dark(#light, #dark);` of the first rule for `selector`. */
function palette(css: string, selector: string, prefix: string): Palette {
  const start = css.indexOf(`${selector} {`);
  expect(start, `no rule for ${selector}`).toBeGreaterThanOrEqual(0);
  const body = css.slice(start, css.indexOf('}', start));
  const declared = [...body.matchAll(new RegExp(`(--${prefix}-[a-z0-9-]+):\\s*([^;]+);`, 'g'))];
  const out: Palette = {};
  for (const [, name, value] of declared) {
    const pair = /^light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/.exec(value);
    if (pair) out[name] = { light: pair[1], dark: pair[2] };
    // Anything else may only be another token (it then follows that token's scheme).
    else expect(value, `${name} is neither a light-dark() pair nor a token`).toMatch(/^var\(--/);
  }
  return out;
}

describe('the page colours (global.css)', () => {
  const css = read('src/ui/shell/global.css');
  const colours = palette(css, ':root', 'color');

  test('each colour is said once, for both themes, and nothing else switches them', () => {
    expect(Object.keys(colours).length).toBeGreaterThan(10);
    expect(css).not.toContain('prefers-color-scheme');
    expect(css).toMatch(/:root\[data-theme='dark'\] \{\s*color-scheme: dark;\s*\}/);
    expect(css).toMatch(/:root\[data-theme='light'\] \{\s*color-scheme: light;\s*\}/);
  });

  test.each(['light', 'dark'] as const)('text and signal colours reach 4.5:1 (%s)', (theme) => {
    const bg = colours['--color-bg'][theme];
    for (const name of [
      'text',
      'muted',
      'accent',
      'focus',
      'batch',
      'online',
      'streaming',
      'danger',
    ])
      expect(contrast(colours[`--color-${name}`][theme], bg), name).toBeGreaterThanOrEqual(4.5);
    const onAccent = contrast(
      colours['--color-accent-contrast'][theme],
      colours['--color-accent'][theme],
    );
    expect(onAccent, 'accent-contrast on accent').toBeGreaterThanOrEqual(4.5);
  });

  test('the browser bar colours in index.html are the page colour of each theme', () => {
    const html = read('index.html');
    const bg = colours['--color-bg'];
    for (const scheme of ['light', 'dark'] as const)
      expect(html).toMatch(
        new RegExp(
          `name="theme-color"\\s+content="${bg[scheme]}"\\s+media="\\(prefers-color-scheme: ${scheme}\\)"\\s+data-scheme="${scheme}"`,
        ),
      );
  });
});

describe('the chart palette (ChartFigure.svelte)', () => {
  const source = read('src/ui/charts/ChartFigure.svelte');
  const colours = palette(source, '  .chart-figure', 'chart');
  /** Backgrounds and fills under text, not data colours. */
  const backgrounds = ['--chart-grid', '--chart-fail-bg', '--chart-on-fill'];
  const surface = { light: '#ffffff', dark: '#1d2127' };

  test('each colour is said once, for both themes', () => {
    expect(Object.keys(colours).length).toBeGreaterThan(20);
    expect(source).not.toContain('prefers-color-scheme');
    expect(source).not.toContain("data-theme='dark'");
  });

  test('the surface the palette is measured against is --color-surface', () => {
    const page = palette(read('src/ui/shell/global.css'), ':root', 'color');
    expect(page['--color-surface']).toEqual(surface);
  });

  test.each(['light', 'dark'] as const)(
    'every data colour reaches 4.5:1 on the surface (%s)',
    (theme) => {
      for (const [name, pair] of Object.entries(colours))
        if (!backgrounds.includes(name))
          expect(contrast(pair[theme], surface[theme]), name).toBeGreaterThanOrEqual(4.5);
    },
  );
});
