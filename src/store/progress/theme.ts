import type { Theme } from './limits.ts';

/**
 * Shows the chosen theme through `<html data-theme>`, which global.css reads. 'system' removes the
 * attribute, so the operating system's prefers-color-scheme decides, as before any choice was made.
 */
export function applyThemeToDocument(doc: Document, theme: Theme): void {
  if (theme === 'system') doc.documentElement.removeAttribute('data-theme');
  else doc.documentElement.setAttribute('data-theme', theme);
}
