import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { applyThemeToDocument } from '../../../src/store/progress/theme.ts';

describe('applyThemeToDocument', () => {
  test('a chosen theme sets data-theme; "system" removes it', () => {
    const attributes = new Map<string, string>();
    const doc = {
      documentElement: {
        setAttribute: (name: string, value: string) => attributes.set(name, value),
        removeAttribute: (name: string) => attributes.delete(name),
      },
    } as unknown as Document;
    applyThemeToDocument(doc, 'dark');
    expect(attributes.get('data-theme')).toBe('dark');
    applyThemeToDocument(doc, 'light');
    expect(attributes.get('data-theme')).toBe('light');
    applyThemeToDocument(doc, 'system');
    expect(attributes.has('data-theme')).toBe(false);
  });
});

describe('global.css', () => {
  const css = readFileSync(new URL('../../../src/ui/shell/global.css', import.meta.url), 'utf8');

  /** The custom properties declared in the first rule whose selector is `selector`. */
  function tokens(selector: string): string[] {
    const start = css.indexOf(`${selector} {`);
    expect(start, `no rule for ${selector}`).toBeGreaterThanOrEqual(0);
    const body = css.slice(start, css.indexOf('}', start));
    return [...body.matchAll(/(--color-[a-z-]+):\s*([^;]+);/g)].map((m) => `${m[1]}: ${m[2]}`);
  }

  test('the chosen dark theme has exactly the system dark theme’s colours', () => {
    const system = tokens(":root:not([data-theme='light'])");
    expect(system.length).toBeGreaterThan(10);
    expect(tokens(":root[data-theme='dark']")).toEqual(system);
  });

  test('the dark theme overrides every colour the light theme defines', () => {
    const names = (list: string[]) => list.map((t) => t.split(':')[0]).sort();
    expect(names(tokens(":root[data-theme='dark']"))).toEqual(names(tokens(':root')));
  });
});
