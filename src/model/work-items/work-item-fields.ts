import { contentLevel } from '../features/content-popularity.ts';
import { HISTORY_DAYS } from '../data/content-windows.ts';
import type { Features } from '../inference/prediction-row.ts';
import type { WorkItem } from './work-items.ts';

/**
 * What a person reads of a work item: its id and its input fields, flat (the store keeps them as
 * a prediction's `features`, and the lab's tables and SQL show them). The label the generator
 * drew (did the booking cancel?) is left out on purpose: at scoring time it is the future.
 */

const ENTITY_PREFIX: Readonly<Record<WorkItem['preset'], string>> = {
  'hotel-cancellations': 'booking',
  'fraud-detection': 'tx',
  'form-abandonment': 'session',
  'hotel-activities': 'guest',
  chatbot: 'message',
  'content-popularity': 'title',
};

/** The item's id as the store keys it: "booking-1234", or "title-12-mx" for content. */
export function entityIdOf(item: WorkItem): string {
  if (item.preset === 'content-popularity') {
    return `title-${item.record.itemId}-${item.record.region}`;
  }
  return `${ENTITY_PREFIX[item.preset]}-${item.index}`;
}

/** The item's inputs as flat, JSON-ready fields (no label). */
export function itemFeatures(item: WorkItem): Features {
  switch (item.preset) {
    case 'hotel-cancellations': {
      const { canceled: _label, ...inputs } = item.record;
      return inputs;
    }
    case 'fraud-detection': {
      const { fraud: _label, ...inputs } = item.record;
      return inputs;
    }
    case 'form-abandonment': {
      const { converted: _label, ...inputs } = item.record;
      return inputs;
    }
    case 'hotel-activities': {
      const { chosen: _label, ...inputs } = item.record;
      return inputs;
    }
    case 'chatbot':
      return { text: item.record.text, language: item.record.language };
    case 'content-popularity': {
      const w = item.record;
      return {
        itemId: w.itemId,
        region: w.region,
        category: w.category,
        weekday: w.weekday,
        daysSinceRelease: w.daysSinceRelease,
        viewsYesterday: w.history[HISTORY_DAYS - 1],
        // The level the model forecasts from, back in views: a typical day of the last week.
        typicalViews7d: Math.round(Math.expm1(contentLevel(w))),
      };
    }
  }
}
