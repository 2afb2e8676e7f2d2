import type { Theme } from './limits.ts';

/**
 * Shows the chosen theme through `<html data-theme>`, which global.css reads. 'system' removes the
 * attribute, so the operating system's prefers-color-scheme decides, as before any choice was made.
 *
 * The browser's bar colour follows too: index.html has one `<meta name="theme-color">` per theme,
 * each marked with `data-scheme` and selected by a prefers-color-scheme media query; a chosen theme
 * makes its own match everywhere ('all') and the other nowhere ('not all'). Browsers use the first
 * theme-color whose media matches (https://html.spec.whatwg.org/multipage/semantics.html#meta-theme-color).
 * index.html's first-paint script does the same before the app loads.
 */
export function applyThemeToDocument(doc: Document, theme: Theme): void {
  if (theme === 'system') doc.documentElement.removeAttribute('data-theme');
  else doc.documentElement.setAttribute('data-theme', theme);
  for (const meta of doc.querySelectorAll<HTMLMetaElement>(
    'meta[name="theme-color"][data-scheme]',
  )) {
    const scheme = meta.dataset.scheme;
    if (theme === 'system') meta.media = `(prefers-color-scheme: ${scheme})`;
    else meta.media = scheme === theme ? 'all' : 'not all';
  }
}
