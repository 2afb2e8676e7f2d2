import type { PresetName } from '../case-names.ts';
import { CHAT_FEATURE_NAMES, encodeChatMessage } from '../features/chatbot.ts';
import { CONTENT_FEATURE_NAMES, encodeContentWindow } from '../features/content-popularity.ts';
import { encodeFormSession, FORM_FEATURE_NAMES } from '../features/form-abandonment.ts';
import { encodeCardTransaction, FRAUD_FEATURE_NAMES } from '../features/fraud-detection.ts';
import { ACTIVITY_FEATURE_NAMES, encodeGuestProfile } from '../features/hotel-activities.ts';
import { encodeHotelBooking, HOTEL_FEATURE_NAMES } from '../features/hotel-cancellations.ts';
import type { WorkItem } from './work-items.ts';

/**
 * A work item as the model's input, through the same encoders that training used
 * (src/model/features), so the browser's input vector is the trained one exactly.
 */

/** Length of the input vector of each preset's model(s). */
export const INPUT_DIM: Readonly<Record<PresetName, number>> = {
  'hotel-cancellations': HOTEL_FEATURE_NAMES.length,
  'fraud-detection': FRAUD_FEATURE_NAMES.length,
  'form-abandonment': FORM_FEATURE_NAMES.length,
  'hotel-activities': ACTIVITY_FEATURE_NAMES.length,
  chatbot: CHAT_FEATURE_NAMES.length,
  'content-popularity': CONTENT_FEATURE_NAMES.length,
};

export function encodeWorkItem(item: WorkItem): Float32Array {
  switch (item.preset) {
    case 'hotel-cancellations':
      return encodeHotelBooking(item.record);
    case 'fraud-detection':
      return encodeCardTransaction(item.record);
    case 'form-abandonment':
      return encodeFormSession(item.record);
    case 'hotel-activities':
      return encodeGuestProfile(item.record);
    case 'chatbot':
      return encodeChatMessage(item.record);
    case 'content-popularity':
      return encodeContentWindow(item.record);
  }
}

/** Items encoded one after another, row-major: what a batched predict call takes. */
export function encodeWorkItems(preset: PresetName, items: readonly WorkItem[]): Float32Array {
  const dim = INPUT_DIM[preset];
  const out = new Float32Array(items.length * dim);
  items.forEach((item, i) => out.set(encodeWorkItem(item), i * dim));
  return out;
}
