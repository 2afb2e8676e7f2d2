import type { PresetName } from '../case-names.ts';
import { generateCardTransactions, type CardTransaction } from '../data/card-transactions.ts';
import { generateChatMessages, type ChatMessage } from '../data/chat-messages.ts';
import { generateContentPanel, REGIONS } from '../data/content-views.ts';
import { contentWindows, HISTORY_DAYS, type ContentWindow } from '../data/content-windows.ts';
import { generateFormSessions, type FormSession } from '../data/form-sessions.ts';
import { generateGuestProfiles, type GuestProfile } from '../data/guest-profiles.ts';
import { generateHotelBookings, type HotelBooking } from '../data/hotel-bookings.ts';

/**
 * The record behind each simulated work item: the simulation decides *when* item `index` of a
 * preset is served (its timing comes from the calibrated distribution); this module decides
 * *what* it is, with the same seeded generators the models were trained and evaluated on.
 *
 * Random access, not a stream: item `index` is generated from its own seed, `itemSeed(seed,
 * index)`, so the 40,000th booking of a run costs the same as the first and is the same record
 * however many items were asked for before it. The generators draw their rows independently of
 * each other (each row uses only its own draws), so rows from separate seeds follow exactly the
 * generator's distribution; the unit tests check the documented rates.
 *
 * What an index means per mode: a batch run `r` of `rows` rows scores items r x rows .. (r + 1) x
 * rows - 1 (the bookings that arrived during its interval); an online request's id and a stream
 * record's number are the item index.
 */
export type WorkItem =
  | { preset: 'hotel-cancellations'; index: number; record: HotelBooking }
  | { preset: 'fraud-detection'; index: number; record: CardTransaction }
  | { preset: 'form-abandonment'; index: number; record: FormSession }
  | { preset: 'hotel-activities'; index: number; record: GuestProfile }
  | { preset: 'chatbot'; index: number; record: ChatMessage }
  | { preset: 'content-popularity'; index: number; record: ContentWindow };

/** The work item of `preset` numbered `index`; the preset decides the record's type. */
export type WorkItemOf<P extends PresetName> = Extract<WorkItem, { preset: P }>;

/** A 32-bit avalanche step (MurmurHash3's fmix32, Appleby 2011): every input bit moves every output bit. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The seed of one item: the lab's seed and the item's index hashed together (both halves of an
 * index above 2^32, so every safe integer index has its own seed). `attempt` gives a further
 * independent seed for the rare content window that has to be drawn again (see below).
 */
export function itemSeed(seed: number, index: number, attempt = 0): number {
  const low = index >>> 0;
  const high = Math.floor(index / 2 ** 32) >>> 0;
  let h = fmix32(Math.trunc(seed) ^ 0x2545f491);
  h = fmix32(h ^ low);
  h = fmix32(h ^ Math.imul(high + 1, 0x9e3779b9));
  return attempt === 0 ? h : fmix32(h ^ Math.imul(attempt, 0x632be5ab));
}

function checkIndex(index: number): void {
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new RangeError(`an item index is an integer from 0 on, got ${index}`);
  }
}

/**
 * A content item's forecasting window. The index counts (item, region) pairs, five regions per
 * item, so items 0-4 are one title in the five markets. Each title gets a panel of just the days
 * a window needs (14 of history and the forecast day); a title released too late to have a full
 * day of views before the forecast day (about 1 in 100) is drawn again from the next seed.
 */
function contentItem(seed: number, index: number): ContentWindow {
  const title = Math.floor(index / REGIONS.length);
  const region = index % REGIONS.length;
  for (let attempt = 0; ; attempt++) {
    const panel = generateContentPanel(1, HISTORY_DAYS + 1, itemSeed(seed, title, attempt));
    const windows = contentWindows(panel);
    // One window per region, in REGIONS order, all for the single forecast day.
    if (windows.length === REGIONS.length) return { ...windows[region], itemId: title };
  }
}

/** Item `index` of `preset` under the lab's `seed`: the same record every time. */
export function workItem<P extends PresetName>(
  preset: P,
  seed: number,
  index: number,
): WorkItemOf<P>;
export function workItem(preset: PresetName, seed: number, index: number): WorkItem {
  checkIndex(index);
  const s = itemSeed(seed, index);
  switch (preset) {
    case 'hotel-cancellations':
      return { preset, index, record: generateHotelBookings(1, s)[0] };
    case 'fraud-detection':
      return { preset, index, record: generateCardTransactions(1, s)[0] };
    case 'form-abandonment':
      return { preset, index, record: generateFormSessions(1, s)[0] };
    case 'hotel-activities':
      return { preset, index, record: generateGuestProfiles(1, s)[0] };
    case 'chatbot':
      // 'all' phrasings, held-out ones included: the app's stream, as the generator documents.
      return { preset, index, record: generateChatMessages(1, s, 'all')[0] };
    case 'content-popularity':
      return { preset, index, record: contentItem(seed, index) };
  }
}

/** Items `from` .. `from + count - 1`. */
export function workItemRange<P extends PresetName>(
  preset: P,
  seed: number,
  from: number,
  count: number,
): WorkItemOf<P>[] {
  const items: WorkItemOf<P>[] = [];
  for (let i = 0; i < count; i++) items.push(workItem(preset, seed, from + i));
  return items;
}
