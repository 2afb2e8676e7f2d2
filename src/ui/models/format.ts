import { numberFormat } from '../../locale/number-format.ts';
import type { Locale } from '../../locale/locales.ts';
import type { ModelsText } from '../../i18n/messages.ts';
import type { ManifestEntry } from './manifest.ts';

/** Three significant digits in the learner's own number format (1.234 or 1,234). */
export function formatNumber(locale: Locale, value: number, digits = 3): string {
  return numberFormat(locale, { maximumSignificantDigits: digits }).format(value);
}

export function formatPercent(locale: Locale, share: number): string {
  // Under a tenth of a percent, two significant digits: "0.034 %", not a "0 %" beside a bar.
  if (share > 0 && share < 0.001)
    return numberFormat(locale, { style: 'percent', maximumSignificantDigits: 2 }).format(share);
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** One row's model output as a sentence: a probability, a class with its probability, or a value. */
export function describeOutput(
  text: ModelsText,
  locale: Locale,
  entry: ManifestEntry,
  outputs: ArrayLike<number>,
): string {
  if (entry.task === 'binary') return text.probability(formatPercent(locale, outputs[0]));
  if (entry.task === 'multiclass') {
    let best = 0;
    for (let i = 1; i < outputs.length; i++) if (outputs[i] > outputs[best]) best = i;
    const label = entry.labels?.[best] ?? String(best);
    return text.predictedClass(label, formatPercent(locale, outputs[best]));
  }
  return text.predictedValue(formatNumber(locale, outputs[0]));
}

/** Money in the case's currency, three significant digits (tiny costs per prediction stay legible). */
export function formatMoney(locale: Locale, value: number, currency: string): string {
  return numberFormat(locale, {
    style: 'currency',
    currency,
    maximumSignificantDigits: 3,
  }).format(value);
}
