import { numberFormat } from '../../locale/number-format.ts';
import type { Locale } from '../../locale/locales.ts';

/**
 * Simulated time in the unit a person expects (DESIGN.md: every number has a unit): ms under a
 * second, then s, min, h and days.
 */
export function formatDuration(locale: Locale, ms: number): string {
  const number = (value: number, unit: Intl.NumberFormatOptions['unit']) =>
    numberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumSignificantDigits: 3,
    }).format(value);
  const abs = Math.abs(ms);
  if (!Number.isFinite(ms)) return '—';
  if (abs < 1000) return number(ms, 'millisecond');
  if (abs < 60_000) return number(ms / 1000, 'second');
  if (abs < 3_600_000) return number(ms / 60_000, 'minute');
  if (abs < 86_400_000) return number(ms / 3_600_000, 'hour');
  return number(ms / 86_400_000, 'day');
}
