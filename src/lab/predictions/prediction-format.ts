import { numberFormat } from '../../locale/number-format.ts';
import type { PresetName } from '../../model/case-names.ts';
import type { FeatureValue } from '../../model/inference/prediction-row.ts';
import type { SqlCell } from '../../store/prediction-types.ts';
import { PRESET_TASK } from '../../model/work-items/preset-outputs.ts';
import type { PredictionFailure } from './prediction-failure.ts';
import type { FieldKey, PredictionText } from '../../i18n/prediction-text.ts';
import type { TryItField } from './try-it-fields.ts';
import { FIELD_FORMATS } from './summary-fields.ts';

/**
 * Numbers and values as the prediction components show them, in the text's own language (its
 * `locale`): every number with its unit, categories translated, probabilities as percentages.
 */

export function formatNumber(text: PredictionText, value: number, maxFraction = 2): string {
  return numberFormat(text.locale, { maximumFractionDigits: maxFraction }).format(value);
}

/** Milliseconds: three significant digits (0.0423, 1.27, 412), as the models page shows them. */
export function formatMs(text: PredictionText, ms: number): string {
  return numberFormat(text.locale, { maximumSignificantDigits: 3 }).format(ms);
}

export function formatPercent(text: PredictionText, share: number): string {
  return numberFormat(text.locale, {
    style: 'percent',
    maximumFractionDigits: share < 0.1 ? 1 : 0,
  }).format(share);
}

export function formatEur(text: PredictionText, value: number): string {
  return numberFormat(text.locale, { style: 'currency', currency: 'EUR' }).format(value);
}

/** A category value translated; a value the text does not know is shown as it is. */
export function valueLabel(text: PredictionText, value: string): string {
  return (text.values as Record<string, string>)[value] ?? value;
}

/** One input field's value, with its unit. */
export function formatField(text: PredictionText, key: FieldKey, value: FeatureValue): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? text.yes : text.no;
  if (typeof value === 'string') return key === 'text' ? value : valueLabel(text, value);
  switch (FIELD_FORMATS[key]) {
    case 'eur':
      return formatEur(text, value);
    case 'days':
      return `${formatNumber(text, value)} ${text.units.days}`;
    case 'km':
      return `${formatNumber(text, value, 1)} ${text.units.km}`;
    case 'hour':
      return `${formatNumber(text, value)} h`;
    case 'seconds':
      return `${formatNumber(text, value)} ${text.units.seconds}`;
    case 'weekday':
      return text.weekdays[value] ?? String(value);
    default:
      return formatNumber(text, value);
  }
}

/** A cell of an SQL result: numbers in the reader's format, text as SQLite returned it. */
export function formatSqlCell(text: PredictionText, cell: SqlCell): string {
  if (cell === null) return '—';
  if (typeof cell === 'number') return formatNumber(text, cell, 3);
  if (cell instanceof Uint8Array)
    return `x'${Array.from(cell, (b) => b.toString(16).padStart(2, '0')).join('')}'`;
  return cell;
}

/** A scored item's answer in words: a probability, a class and its probability, or views. */
export function answerText(
  text: PredictionText,
  preset: PresetName,
  score: number,
  label: string | null,
): string {
  switch (PRESET_TASK[preset]) {
    case 'binary':
      return formatPercent(text, score);
    case 'multiclass':
      return text.tryIt.classAnswer(valueLabel(text, label ?? ''), formatPercent(text, score));
    case 'regression':
      return text.tryIt.forecastAnswer(formatNumber(text, Math.round(score), 0));
  }
}

export function failureText(text: PredictionText, failure: PredictionFailure): string {
  return failure.source === 'inference'
    ? text.inferenceErrors[failure.kind]
    : text.storeErrors[failure.code];
}

/** What a field accepts, in words: the message that names a bad input ends with it. */
export function acceptedText(text: PredictionText, field: TryItField): string {
  switch (field.kind) {
    case 'integer':
    case 'decimal': {
      const unit = field.unit === null || field.unit === 'count' ? null : text.units[field.unit];
      return text.tryIt.acceptedNumber(
        formatNumber(text, field.min),
        formatNumber(text, field.max),
        unit,
        field.kind === 'integer',
      );
    }
    case 'text':
      return text.tryIt.acceptedText(formatNumber(text, field.maxChars));
    default:
      return text.tryIt.acceptedChoice;
  }
}
