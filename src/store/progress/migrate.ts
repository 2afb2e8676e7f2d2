import { isLocale } from '../../locale/locales.ts';
import { problem, type Problem } from './problems.ts';
import { emptyProgress, validateProgress, type ProgressV1, type Validation } from './schema.ts';
import { limits } from './limits.ts';

/**
 * Version 0 is what the course kept before progress existed: only the chosen language, as a bare
 * string under its own key. It is never a file, so only storage is migrated from it.
 */
export interface ProgressV0 {
  version: 0;
  /** The raw stored string, or null when nothing was stored. */
  locale: string | null;
}

/** The key version 0 used (src/i18n/locale.svelte.ts before progress routed the language). */
export const LEGACY_LOCALE_KEY = 'tipos-de-despliegue:locale:v1';

/**
 * Version 0 to version 1: the language carries over when it is one the course has; anything else
 * (hand-edited, a language since removed) is dropped and reported, as validation would.
 */
export function migrateV0(old: ProgressV0): { value: ProgressV1; problems: Problem[] } {
  const value = emptyProgress();
  const problems: Problem[] = [];
  if (isLocale(old.locale)) value.settings.locale = old.locale;
  else if (old.locale !== null) problems.push(problem('bad-locale', 'settings.locale'));
  return { value, problems };
}

/**
 * A progress document from JSON text (an imported file or the stored value): bounded in size before
 * it is parsed, then validated. Older versions carry no app marker in JSON, so none is migrated here.
 */
export function parseProgressText(text: string): Validation {
  if (text.length > limits.textChars) return { ok: false, problems: [problem('too-large', '')] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problems: [problem('not-json', '')] };
  }
  return validateProgress(parsed);
}

/** Compact for storage, where every byte counts against the quota; pretty for a file a person may open. */
export function serialiseProgress(value: ProgressV1, pretty = false): string {
  return pretty ? `${JSON.stringify(value, null, 2)}\n` : JSON.stringify(value);
}
