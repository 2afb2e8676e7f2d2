import type { PresetName } from '../../model/case-names.ts';
import type { FieldKey } from '../../i18n/prediction-text.ts';

/**
 * The few input fields that say what a request was about, in a one-line summary (the online lab's
 * list of recent requests): what a person on the other end would have asked.
 */
export const SUMMARY_FIELDS: Readonly<Record<PresetName, readonly FieldKey[]>> = {
  'hotel-cancellations': ['leadTimeDays', 'depositType', 'marketSegment'],
  'fraud-detection': ['amountEur', 'merchantCategory', 'hour'],
  'form-abandonment': ['fieldsCompleted', 'trafficSource', 'device'],
  'hotel-activities': ['partyType', 'season', 'weather'],
  chatbot: ['text'],
  'content-popularity': ['region', 'category', 'viewsYesterday'],
};

/** The unit each numeric field is shown with (fields not listed are plain counts or codes). */
export const FIELD_FORMATS: Readonly<
  Partial<Record<FieldKey, 'eur' | 'days' | 'km' | 'hour' | 'seconds' | 'weekday'>>
> = {
  leadTimeDays: 'days',
  adrEur: 'eur',
  amountEur: 'eur',
  budgetPerNightEur: 'eur',
  distanceFromHomeKm: 'km',
  hour: 'hour',
  timeOnPageS: 'seconds',
  daysSinceRelease: 'days',
  weekday: 'weekday',
};
