import type { Locale } from '../locale/locales.ts';
import type { BackendName } from '../model/inference/backend-order.ts';
import type { CardTransaction, MerchantCategory } from '../model/data/card-transactions.ts';
import type { Intent } from '../model/data/chat-templates.ts';
import type { ContentCategory, Region } from '../model/data/content-views.ts';
import type { Device, FormSession, TrafficSource } from '../model/data/form-sessions.ts';
import type {
  Activity,
  GuestProfile,
  Origin,
  PartyType,
  Season,
  Weather,
} from '../model/data/guest-profiles.ts';
import type {
  CustomerType,
  DepositType,
  HotelBooking,
  HotelType,
  MarketSegment,
} from '../model/data/hotel-bookings.ts';
import type { StorageNoticeKind } from '../store/storage-notice.ts';
import type { StoreErrorCode } from '../store/store-error.ts';
import type { InferenceErrorKind } from '../model/inference/protocol.ts';
import type { FieldUnit } from '../model/data/field-units.ts';
import type { BinaryPreset } from '../model/work-items/preset-outputs.ts';

/**
 * Every string the prediction components show, per language (src/i18n/prediction-messages.ts).
 * Keys are typed by the records they name, so a field or a category added to a generator and not
 * translated is a compile error. Numbers reach these functions already formatted for `locale`.
 */

/** Every input field of the examples' records (labels excluded), and of a content window's summary. */
export type FieldKey =
  | keyof Omit<HotelBooking, 'canceled'>
  | keyof Omit<CardTransaction, 'fraud'>
  | keyof Omit<FormSession, 'converted'>
  | keyof Omit<GuestProfile, 'chosen'>
  | 'text'
  | 'itemId'
  | 'region'
  | 'category'
  | 'weekday'
  | 'daysSinceRelease'
  | 'viewsYesterday'
  | 'typicalViews7d';

/** Every category value a record or an answer can hold. */
export type ValueKey =
  | HotelType
  | MarketSegment
  | DepositType
  | CustomerType
  | MerchantCategory
  | TrafficSource
  | Device
  | PartyType
  | Season
  | Weather
  | Origin
  | Activity
  | 'none'
  | Intent
  | ContentCategory
  | Region;

export interface PredictionText {
  locale: Locale;
  /** "computed by <model> with <backend>". */
  modelLine: (model: string, backend: string | null) => string;
  backendNames: Record<BackendName, string>;
  inferenceErrors: Record<InferenceErrorKind, string>;
  storeErrors: Record<StoreErrorCode, string>;
  storageNotices: Record<StorageNoticeKind, string>;
  /** Shown while the store keeps predictions in memory only. */
  memoryOnly: string;
  noticesLabel: string;
  retry: string;
  fieldLabels: Record<FieldKey, string>;
  values: Record<ValueKey, string>;
  units: Record<FieldUnit, string>;
  weekdays: readonly string[];
  yes: string;
  no: string;

  batch: {
    heading: string;
    lead: string;
    /** No run has succeeded yet. */
    waiting: string;
    scoring: (run: string, done: string, total: string) => string;
    progressLabel: string;
    scoredAll: (run: string, rows: string) => string;
    /** N of M rows were scored: the first N rows of the run, a random sample of it. */
    scoredSample: (run: string, scored: string, rows: string) => string;
    skipped: (runs: number) => string;
    timing: (modelMs: string, totalMs: string) => string;
    sqlHeading: string;
    /** The bound parameter: the store's run id and the simulated run it holds. */
    params: (storeRunId: string, run: string) => string;
    resultCaption: (run: string) => string;
    /** Column headers of the SQL results, by the SQL's column alias. */
    sqlColumns: Record<string, string>;
    noRows: string;
    truncated: string;
  };

  tryIt: {
    heading: string;
    lead: string;
    /** For presets without a form: the request is a generated record. */
    generatedLead: string;
    moreFields: string;
    send: string;
    sendGenerated: string;
    sending: string;
    loadingModel: string;
    /** Prefilled message for the chatbot. */
    chatExample: string;
    asked: string;
    answerHeading: string;
    /** The probability a binary model gives, phrased for its example. */
    binaryAnswer: Record<
      'hotel-cancellations' | 'fraud-detection' | 'form-abandonment',
      (percent: string) => string
    >;
    classAnswer: (label: string, percent: string) => string;
    forecastAnswer: (views: string) => string;
    /** Round trip seen by the page and the part of it inside the model. */
    latency: (roundTripMs: string, modelMs: string) => string;
    invalid: (label: string, accepted: string) => string;
    acceptedNumber: (min: string, max: string, unit: string | null, integer: boolean) => string;
    acceptedText: (maxChars: string) => string;
    /** The hint under a number field: its range and unit. */
    range: (min: string, max: string, unit: string | null) => string;
    acceptedChoice: string;
    recentHeading: string;
    recentCaption: string;
    recentColumns: { request: string; input: string; answer: string };
    recentWaiting: string;
  };

  stream: {
    heading: Record<BinaryPreset, string>;
    /** What the stream's records are, in the plural ("transactions"). */
    records: Record<BinaryPreset, string>;
    idColumn: Record<BinaryPreset, string>;
    lead: (records: string, threshold: string) => string;
    waiting: (records: string) => string;
    counts: (records: string, scored: string, processed: string, flagged: string) => string;
    sampled: (records: string) => string;
    caption: (records: string, threshold: string) => string;
    probabilityColumn: string;
    noneFlagged: (records: string) => string;
    /** Flagging needs a yes/no model; the preset's model is not one. */
    notBinary: string;
  };
}
