import type { Locale } from '../../locale/locales.ts';

export type PredictionProblem = 'empty' | 'not-a-number' | 'ambiguous';

export type ParsedPrediction =
  { ok: true; value: number } | { ok: false; problem: PredictionProblem };

/** The separator each language writes between thousands (and so cannot be read as a decimal). */
const THOUSANDS: Record<Locale, string> = { es: '.', en: ',' };

/** Spaces a number may be grouped with: plain, no-break and narrow no-break (as Intl writes them). */
const SPACES = /[\s\u00a0\u202f]/g;
const NUMBER = /^([+-]?)(\d*)(?:([.,])(\d+))?$/;

/**
 * A prediction as a learner types it: a decimal comma or a decimal point in either language
 * (people type what their keyboard has), spaces between digit groups, the unit written after
 * the number if they like ("225 ms"), and a typographic minus. One case is refused rather than
 * guessed: a number like "1.000" in Spanish or "1,000" in English, where the language's thousands
 * separator is followed by exactly three digits and could mean a thousand or one. Grading it as
 * the wrong one would cost the learner a point for the notation, not the prediction.
 */
export function parsePrediction(text: string, locale: Locale, unit = ''): ParsedPrediction {
  let s = text.trim();
  if (unit !== '' && s.toLowerCase().endsWith(unit.toLowerCase()))
    s = s.slice(0, s.length - unit.length);
  s = s.replace(SPACES, '').replace(/\u2212/g, '-');
  if (s === '') return { ok: false, problem: 'empty' };
  const m = NUMBER.exec(s);
  if (m === null) return { ok: false, problem: 'not-a-number' };
  const [, sign, whole, separator, fraction] = m;
  if (whole === '' && fraction === undefined) return { ok: false, problem: 'not-a-number' };
  if (
    separator === THOUSANDS[locale] &&
    fraction.length === 3 &&
    whole.length >= 1 &&
    whole.length <= 3 &&
    !whole.startsWith('0')
  )
    return { ok: false, problem: 'ambiguous' };
  const value = Number(`${sign}${whole === '' ? '0' : whole}.${fraction ?? '0'}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'not-a-number' };
}
