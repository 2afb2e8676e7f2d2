import {
  REGIONS,
  weekday,
  type ContentCategory,
  type ContentPanel,
  type Region,
} from './content-views.ts';

/**
 * Forecasting rows cut from a content panel: what is known the night before (the last
 * HISTORY_DAYS days of views of one item in one region) and what happened the next day.
 */

export const HISTORY_DAYS = 14;

export interface ContentWindow {
  itemId: number;
  region: Region;
  category: ContentCategory;
  /** The day being forecast. */
  day: number;
  /** Weekday of that day, 0 = Monday. */
  weekday: number;
  /** Days since the item was released, at the forecast day (capped at 365 for old items). */
  daysSinceRelease: number;
  /** Views on the HISTORY_DAYS days before `day`, oldest first: the last one is yesterday. */
  history: readonly number[];
  /** The label: views on `day`. */
  views: number;
}

/**
 * Every (item, region, day) with a full history window whose item was released at least one day
 * before: the rows a nightly job would score, one per item and region.
 */
export function contentWindows(panel: ContentPanel): ContentWindow[] {
  const rows: ContentWindow[] = [];
  for (let day = HISTORY_DAYS; day < panel.days; day++) {
    for (const item of panel.items) {
      if (item.releaseDay > day - 1) continue;
      REGIONS.forEach((region, r) => {
        const start = (item.id * REGIONS.length + r) * panel.days;
        rows.push({
          itemId: item.id,
          region,
          category: item.category,
          day,
          weekday: weekday(day),
          daysSinceRelease: Math.min(365, day - item.releaseDay),
          history: Array.from(panel.views.subarray(start + day - HISTORY_DAYS, start + day)),
          views: panel.views[start + day],
        });
      });
    }
  }
  return rows;
}
