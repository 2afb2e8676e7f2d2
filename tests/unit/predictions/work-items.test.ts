import { describe, expect, it } from 'vitest';
import { PRESET_NAMES, type PresetName } from '../../../src/model/case-names.ts';
import { FRAUD_RATE } from '../../../src/model/data/card-transactions.ts';
import { SPANISH_SHARE } from '../../../src/model/data/chat-messages.ts';
import { REGIONS } from '../../../src/model/data/content-views.ts';
import { HISTORY_DAYS } from '../../../src/model/data/content-windows.ts';
import { FORM_CONVERSION_RATE } from '../../../src/model/data/form-sessions.ts';
import { HOTEL_CANCELLATION_RATE } from '../../../src/model/data/hotel-bookings.ts';
import {
  itemSeed,
  workItem,
  workItemRange,
  type WorkItemOf,
} from '../../../src/model/work-items/work-items.ts';
import {
  encodeWorkItem,
  encodeWorkItems,
  INPUT_DIM,
} from '../../../src/model/work-items/work-item-encoding.ts';
import { entityIdOf, itemFeatures } from '../../../src/model/work-items/work-item-fields.ts';

const share = <T>(rows: readonly T[], keep: (row: T) => boolean) =>
  rows.filter(keep).length / rows.length;

const records = <P extends PresetName>(
  preset: P,
  n: number,
  seed = 12,
): WorkItemOf<P>['record'][] =>
  workItemRange(preset, seed, 0, n).map((item) => item.record) as WorkItemOf<P>['record'][];

describe('work items: a deterministic record behind every simulated item', () => {
  it('gives item i the same record every time, whatever was asked before', () => {
    for (const preset of PRESET_NAMES) {
      const forward = workItemRange(preset, 7, 0, 40);
      const backward = Array.from({ length: 40 }, (_, k) => workItem(preset, 7, 39 - k)).reverse();
      expect(backward).toEqual(forward);
      expect(workItem(preset, 7, 123_456)).toEqual(workItem(preset, 7, 123_456));
    }
  });

  it('gives other seeds and other indices other records', () => {
    expect(workItem('hotel-cancellations', 7, 3)).not.toEqual(
      workItem('hotel-cancellations', 8, 3),
    );
    expect(workItem('fraud-detection', 7, 3).record).not.toEqual(
      workItem('fraud-detection', 7, 4).record,
    );
    // Both halves of a large index count: 5 and 5 + 2^32 are different items.
    expect(itemSeed(7, 5)).not.toBe(itemSeed(7, 5 + 2 ** 32));
    expect(itemSeed(7, 5)).not.toBe(itemSeed(8, 5));
    const seeds = new Set(Array.from({ length: 10_000 }, (_, i) => itemSeed(7, i)));
    expect(seeds.size).toBe(10_000);
  });

  it('refuses an index that is not a whole number from 0 on', () => {
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 53]) {
      expect(() => workItem('chatbot', 1, bad)).toThrow(RangeError);
    }
  });

  it('keeps the generators’ documented rates when every item has its own seed', () => {
    const bookings = records('hotel-cancellations', 20_000);
    expect(Math.abs(share(bookings, (b) => b.canceled) - HOTEL_CANCELLATION_RATE)).toBeLessThan(
      0.02,
    );
    expect(share(bookings, (b) => b.hotel === 'city')).toBeCloseTo(0.664, 1);
    const fraud = share(records('fraud-detection', 200_000), (t) => t.fraud);
    expect(fraud).toBeGreaterThan(0.0013);
    expect(fraud).toBeLessThan(0.0022);
    expect(Math.abs(FRAUD_RATE - 0.00172)).toBeLessThan(1e-9);
    const sessions = records('form-abandonment', 20_000);
    expect(Math.abs(share(sessions, (s) => s.converted) - FORM_CONVERSION_RATE)).toBeLessThan(0.02);
    const messages = records('chatbot', 5_000);
    expect(Math.abs(share(messages, (m) => m.language === 'es') - SPANISH_SHARE)).toBeLessThan(
      0.03,
    );
    const guests = records('hotel-activities', 5_000);
    expect(guests.filter((g) => g.chosen === 'kids-club').every((g) => g.children > 0)).toBe(true);
  });

  it('numbers content items as (title, region) pairs with a full history', () => {
    const items = workItemRange('content-popularity', 11, 0, 50);
    for (let title = 0; title < 10; title++) {
      const five = items.slice(title * 5, title * 5 + 5).map((item) => item.record);
      expect(five.map((w) => w.region)).toEqual([...REGIONS]);
      expect(new Set(five.map((w) => w.itemId))).toEqual(new Set([title]));
      expect(new Set(five.map((w) => w.category)).size).toBe(1);
      for (const w of five) {
        expect(w.history).toHaveLength(HISTORY_DAYS);
        expect(w.day).toBe(HISTORY_DAYS);
      }
    }
    expect(entityIdOf(items[7])).toBe('title-1-ar'); // index 7: title 1, third region
  });

  it('encodes items with the training encoders and shows their inputs without the label', () => {
    for (const preset of PRESET_NAMES) {
      const items = workItemRange(preset, 3, 10, 4);
      const x = encodeWorkItems(preset, items);
      expect(x).toHaveLength(4 * INPUT_DIM[preset]);
      expect(Array.from(x.subarray(INPUT_DIM[preset], 2 * INPUT_DIM[preset]))).toEqual(
        Array.from(encodeWorkItem(items[1])),
      );
      expect(x.every(Number.isFinite)).toBe(true);
    }
    const booking = workItem('hotel-cancellations', 3, 42);
    expect(entityIdOf(booking)).toBe('booking-42');
    expect(itemFeatures(booking)).not.toHaveProperty('canceled');
    expect(itemFeatures(booking)).toMatchObject({ leadTimeDays: booking.record.leadTimeDays });
    expect(itemFeatures(workItem('fraud-detection', 3, 1))).not.toHaveProperty('fraud');
    expect(itemFeatures(workItem('chatbot', 3, 1))).toEqual({
      text: expect.any(String),
      language: expect.stringMatching(/^(es|en)$/),
    });
    expect(JSON.stringify(itemFeatures(workItem('content-popularity', 3, 1))).length).toBeLessThan(
      4096,
    );
  });
});
