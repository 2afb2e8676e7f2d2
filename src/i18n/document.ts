import type { Locale } from '../locale/locales.ts';
import type { Messages } from './messages.ts';

/**
 * Brings the parts of the page that live outside the Svelte tree in line with the language: `lang`
 * tells screen readers how to pronounce the text and browsers which dictionary and hyphenation to use.
 */
export function applyLocaleToDocument(
  doc: Document,
  lang: Locale,
  text: Pick<Messages, 'documentTitle' | 'documentDescription'>,
): void {
  doc.documentElement.lang = lang;
  doc.title = text.documentTitle;
  doc.querySelector('meta[name="description"]')?.setAttribute('content', text.documentDescription);
}
