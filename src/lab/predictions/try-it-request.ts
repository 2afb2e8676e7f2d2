import type { CardTransaction, MerchantCategory } from '../../model/data/card-transactions.ts';
import type { Device, FormSession, TrafficSource } from '../../model/data/form-sessions.ts';
import type {
  CustomerType,
  DepositType,
  HotelBooking,
  HotelType,
  MarketSegment,
} from '../../model/data/hotel-bookings.ts';
import { encodeChatText } from '../../model/features/chatbot.ts';
import { encodeFormSession } from '../../model/features/form-abandonment.ts';
import { encodeCardTransaction } from '../../model/features/fraud-detection.ts';
import { encodeHotelBooking } from '../../model/features/hotel-cancellations.ts';
import type { Features } from '../../model/inference/prediction-row.ts';
import { TRY_IT_FIELDS, type TryItField, type TypedPreset } from './try-it-fields.ts';

/** What the form holds: text of each number and text field, the state of each checkbox. */
export type FieldValues = Record<string, string | boolean>;

export type TryItParse =
  | { ok: true; inputs: Float32Array; features: Features }
  /** The first field that is not acceptable, in form order: the UI names it and its range. */
  | { ok: false; field: TryItField };

/**
 * A number as a person types it in either language: "12", "12.5" or "12,5" (Spanish writes a
 * decimal comma). Thousands separators are refused rather than guessed: "1.234" would be a
 * thousand in Spanish and one in English.
 */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  if (!/^-?\d+(?:[.,]\d+)?$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

export function initialValues(preset: TypedPreset): FieldValues {
  const values: FieldValues = {};
  for (const field of TRY_IT_FIELDS[preset]) {
    values[field.key] = typeof field.initial === 'number' ? String(field.initial) : field.initial;
  }
  return values;
}

/** The field's value if acceptable, else undefined. */
function read(
  field: TryItField,
  raw: string | boolean | undefined,
): string | number | boolean | undefined {
  switch (field.kind) {
    case 'flag':
      return raw === true;
    case 'choice':
      return typeof raw === 'string' && field.options.includes(raw) ? raw : undefined;
    case 'text': {
      const text = typeof raw === 'string' ? raw.trim() : '';
      return text.length >= 1 && text.length <= field.maxChars ? text : undefined;
    }
    case 'integer':
    case 'decimal': {
      const n = typeof raw === 'string' ? parseNumber(raw) : null;
      if (n === null || n < field.min || n > field.max) return undefined;
      if (field.kind === 'integer' && !Number.isInteger(n)) return undefined;
      return n;
    }
  }
}

/**
 * Checks the form and turns it into the model's input, through the same encoder as training.
 * The labels the generators draw (did it cancel, was it fraud) are not inputs, and no encoder
 * reads them: they are filled with `false` only because the record types carry them.
 */
export function parseTryIt(preset: TypedPreset, values: FieldValues): TryItParse {
  const record: Record<string, string | number | boolean> = {};
  for (const field of TRY_IT_FIELDS[preset]) {
    const value = read(field, values[field.key]);
    if (value === undefined) return { ok: false, field };
    record[field.key] = value;
  }
  const features = record as Features;
  switch (preset) {
    case 'hotel-cancellations':
      return { ok: true, inputs: encodeHotelBooking(hotelBooking(record)), features };
    case 'fraud-detection':
      return { ok: true, inputs: encodeCardTransaction(transaction(record)), features };
    case 'form-abandonment':
      return { ok: true, inputs: encodeFormSession(formSession(record)), features };
    case 'chatbot':
      return { ok: true, inputs: encodeChatText(String(record.text)), features };
  }
}

type Parsed = Record<string, string | number | boolean>;

function hotelBooking(r: Parsed): HotelBooking {
  return {
    hotel: r.hotel as HotelType,
    leadTimeDays: r.leadTimeDays as number,
    arrivalMonth: r.arrivalMonth as number,
    weekendNights: r.weekendNights as number,
    weekNights: r.weekNights as number,
    adults: r.adults as number,
    children: r.children as number,
    marketSegment: r.marketSegment as MarketSegment,
    depositType: r.depositType as DepositType,
    customerType: r.customerType as CustomerType,
    isRepeatedGuest: r.isRepeatedGuest as boolean,
    previousCancellations: r.previousCancellations as number,
    previousBookingsNotCanceled: r.previousBookingsNotCanceled as number,
    bookingChanges: r.bookingChanges as number,
    specialRequests: r.specialRequests as number,
    parkingSpaces: r.parkingSpaces as number,
    adrEur: r.adrEur as number,
    canceled: false,
  };
}

function transaction(r: Parsed): CardTransaction {
  return {
    amountEur: r.amountEur as number,
    merchantCategory: r.merchantCategory as MerchantCategory,
    hour: r.hour as number,
    distanceFromHomeKm: r.distanceFromHomeKm as number,
    cardPresent: r.cardPresent as boolean,
    txLast24h: r.txLast24h as number,
    fraud: false,
  };
}

function formSession(r: Parsed): FormSession {
  return {
    fieldsCompleted: r.fieldsCompleted as number,
    timeOnPageS: r.timeOnPageS as number,
    trafficSource: r.trafficSource as TrafficSource,
    device: r.device as Device,
    returningVisitor: r.returningVisitor as boolean,
    validationErrors: r.validationErrors as number,
    hour: r.hour as number,
    converted: false,
  };
}
