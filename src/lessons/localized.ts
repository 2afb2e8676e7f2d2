import type { Locale } from '../locale/locales.ts';

export type { Locale };

/** One text in every language of the course (Spanish, the course language, and English). */
export type LocalizedText = Readonly<Record<Locale, string>>;
