import { CONTENT_CATEGORIES, REGIONS } from '../data/content-views.ts';
import { HISTORY_DAYS, type ContentWindow } from '../data/content-windows.ts';
import { FeatureWriter, oneHotNames } from './encoding.ts';

/**
 * Encodes a forecasting window. Views enter as log(1 + views), relative to the item's level (the
 * mean of that over the last 7 days), so that one network serves items with 10 and with 100,000
 * views a day; the level itself enters scaled (log(1 + 100,000) is about 11.5).
 *
 * The model predicts log(1 + views tomorrow) minus the level; `decodeContentForecast` turns that
 * back into views. Predicting the change rather than the value is what lets a small network beat
 * "same as yesterday" (the naive forecast of Hyndman & Athanasopoulos, Forecasting: Principles
 * and Practice, 3rd ed., section 5.2).
 */
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export const CONTENT_FEATURE_NAMES: readonly string[] = [
  ...Array.from({ length: HISTORY_DAYS }, (_, i) => `log1p(views[t-${HISTORY_DAYS - i}])-level`),
  'level/12',
  ...oneHotNames('weekday', WEEKDAYS),
  ...oneHotNames('category', CONTENT_CATEGORIES),
  ...oneHotNames('region', REGIONS),
  'daysSinceRelease/60',
];

/** Mean of log(1 + views) over the last 7 days: the item's current level. */
export function contentLevel(w: ContentWindow): number {
  let sum = 0;
  for (let i = HISTORY_DAYS - 7; i < HISTORY_DAYS; i++) sum += Math.log1p(w.history[i]);
  return sum / 7;
}

export function encodeContentWindow(w: ContentWindow): Float32Array {
  const level = contentLevel(w);
  const out = new FeatureWriter(CONTENT_FEATURE_NAMES.length);
  for (const v of w.history) out.push(Math.log1p(v) - level);
  return out
    .push(level / 12)
    .oneHot(w.weekday, [0, 1, 2, 3, 4, 5, 6])
    .oneHot(w.category, CONTENT_CATEGORIES)
    .oneHot(w.region, REGIONS)
    .capped(w.daysSinceRelease, 60)
    .done();
}

/** The regression target: log(1 + views on the day) minus the level. */
export function contentTarget(w: ContentWindow): number {
  return Math.log1p(w.views) - contentLevel(w);
}

/** The model's output turned back into a forecast of views. */
export function decodeContentForecast(w: ContentWindow, output: number): number {
  return Math.max(0, Math.expm1(contentLevel(w) + output));
}

/** The naive forecast the model must beat: tomorrow as yesterday. */
export function yesterdayForecast(w: ContentWindow): number {
  return w.history[HISTORY_DAYS - 1];
}
