import type { PresetName } from '../../model/case-names.ts';
import { MERCHANT_CATEGORIES } from '../../model/data/card-transactions.ts';
import type { FieldUnit } from '../../model/data/field-units.ts';
import { DEVICES, FORM_FIELDS, TRAFFIC_SOURCES } from '../../model/data/form-sessions.ts';
import {
  CUSTOMER_TYPES,
  DEPOSIT_TYPES,
  HOTEL_TYPES,
  MARKET_SEGMENTS,
} from '../../model/data/hotel-bookings.ts';

/**
 * The "try it" form of each preset whose input a person can type: one field per input of the
 * record the model's encoder reads, with the accepted range. Ranges cover what the generators
 * produce (the data the model learned from) with room around it; the encoders cap or take the
 * logarithm of long-tailed values, so a value past the data's usual range is still a valid,
 * answerable request. Initial values describe a typical record of each example.
 *
 * `advanced` fields sit behind a "more fields" disclosure, so the form stays small.
 */
export type TryItField =
  | {
      key: string;
      kind: 'integer' | 'decimal';
      min: number;
      max: number;
      unit: FieldUnit | null;
      initial: number;
      advanced?: boolean;
    }
  | { key: string; kind: 'choice'; options: readonly string[]; initial: string; advanced?: boolean }
  | { key: string; kind: 'flag'; initial: boolean; advanced?: boolean }
  | { key: string; kind: 'text'; maxChars: number; initial: string; advanced?: boolean };

/** Presets with a form; the others send a generated request (the lab shows what it asked). */
export type TypedPreset =
  'hotel-cancellations' | 'fraud-detection' | 'form-abandonment' | 'chatbot';

export const TRY_IT_FIELDS: Readonly<Record<TypedPreset, readonly TryItField[]>> = {
  'hotel-cancellations': [
    { key: 'hotel', kind: 'choice', options: HOTEL_TYPES, initial: 'city' },
    { key: 'leadTimeDays', kind: 'integer', min: 0, max: 700, unit: 'days', initial: 60 },
    { key: 'depositType', kind: 'choice', options: DEPOSIT_TYPES, initial: 'no-deposit' },
    { key: 'marketSegment', kind: 'choice', options: MARKET_SEGMENTS, initial: 'online-ta' },
    { key: 'specialRequests', kind: 'integer', min: 0, max: 5, unit: 'count', initial: 0 },
    { key: 'previousCancellations', kind: 'integer', min: 0, max: 20, unit: 'count', initial: 0 },
    { key: 'parkingSpaces', kind: 'integer', min: 0, max: 3, unit: 'count', initial: 0 },
    { key: 'adrEur', kind: 'decimal', min: 0, max: 2000, unit: 'eurPerNight', initial: 110 },
    {
      key: 'arrivalMonth',
      kind: 'integer',
      min: 1,
      max: 12,
      unit: null,
      initial: 8,
      advanced: true,
    },
    {
      key: 'weekendNights',
      kind: 'integer',
      min: 0,
      max: 20,
      unit: 'nights',
      initial: 1,
      advanced: true,
    },
    {
      key: 'weekNights',
      kind: 'integer',
      min: 0,
      max: 50,
      unit: 'nights',
      initial: 2,
      advanced: true,
    },
    { key: 'adults', kind: 'integer', min: 1, max: 10, unit: 'count', initial: 2, advanced: true },
    {
      key: 'children',
      kind: 'integer',
      min: 0,
      max: 10,
      unit: 'count',
      initial: 0,
      advanced: true,
    },
    {
      key: 'customerType',
      kind: 'choice',
      options: CUSTOMER_TYPES,
      initial: 'transient',
      advanced: true,
    },
    { key: 'isRepeatedGuest', kind: 'flag', initial: false, advanced: true },
    {
      key: 'previousBookingsNotCanceled',
      kind: 'integer',
      min: 0,
      max: 50,
      unit: 'count',
      initial: 0,
      advanced: true,
    },
    {
      key: 'bookingChanges',
      kind: 'integer',
      min: 0,
      max: 20,
      unit: 'count',
      initial: 0,
      advanced: true,
    },
  ],
  'fraud-detection': [
    { key: 'amountEur', kind: 'decimal', min: 0.01, max: 50_000, unit: 'eur', initial: 45 },
    {
      key: 'merchantCategory',
      kind: 'choice',
      options: MERCHANT_CATEGORIES,
      initial: 'online-retail',
    },
    { key: 'hour', kind: 'integer', min: 0, max: 23, unit: 'hour', initial: 14 },
    { key: 'distanceFromHomeKm', kind: 'decimal', min: 0, max: 20_000, unit: 'km', initial: 8 },
    { key: 'cardPresent', kind: 'flag', initial: false },
    { key: 'txLast24h', kind: 'integer', min: 0, max: 200, unit: 'count', initial: 2 },
  ],
  'form-abandonment': [
    {
      key: 'fieldsCompleted',
      kind: 'integer',
      min: 0,
      max: FORM_FIELDS - 1,
      unit: 'count',
      initial: 6,
    },
    { key: 'timeOnPageS', kind: 'integer', min: 1, max: 7200, unit: 'seconds', initial: 120 },
    { key: 'trafficSource', kind: 'choice', options: TRAFFIC_SOURCES, initial: 'organic-search' },
    { key: 'device', kind: 'choice', options: DEVICES, initial: 'mobile' },
    { key: 'returningVisitor', kind: 'flag', initial: false },
    { key: 'validationErrors', kind: 'integer', min: 0, max: 20, unit: 'count', initial: 1 },
    { key: 'hour', kind: 'integer', min: 0, max: 23, unit: 'hour', initial: 19 },
  ],
  // The message itself; 300 characters is several times the longest template, and hashing
  // treats any text alike (src/model/features/text-hash.ts).
  chatbot: [{ key: 'text', kind: 'text', maxChars: 300, initial: '' }],
};

export function isTypedPreset(preset: PresetName): preset is TypedPreset {
  return Object.hasOwn(TRY_IT_FIELDS, preset);
}
