/** The languages the course is written in. Spanish is the course language, so it is the fallback. */
export const locales = ['es', 'en'] as const;

export type Locale = (typeof locales)[number];

export const fallbackLocale: Locale = 'es';

/**
 * Each language's name written in that language (an autonym), so a reader finds their own language
 * whatever the page is currently shown in.
 */
export const localeAutonyms: Record<Locale, string> = { es: 'Español', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The first supported language in the reader's preference order, matching on the primary subtag
 * ("es-MX" counts as "es"), else the fallback.
 */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return fallbackLocale;
}
