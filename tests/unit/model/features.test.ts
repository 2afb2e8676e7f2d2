import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../../src/model/models/examples.ts';
import { PRESET_NAMES } from '../../../src/model/case-names.ts';
import { encodeChatText } from '../../../src/model/features/chatbot.ts';
import { encodeHotelBooking } from '../../../src/model/features/hotel-cancellations.ts';
import { generateHotelBookings } from '../../../src/model/data/hotel-bookings.ts';

describe('feature encoders', () => {
  it.each(PRESET_NAMES)('%s: fixed-length, finite, one name per feature', (name) => {
    const example = EXAMPLES[name];
    const data = example.sampleSet(11);
    expect(data.inputDim).toBe(example.featureNames.length);
    expect(new Set(example.featureNames).size).toBe(example.featureNames.length);
    expect(data.x).toHaveLength(data.n * data.inputDim);
    expect(data.x.every(Number.isFinite)).toBe(true);
    expect(data.y.every(Number.isFinite)).toBe(true);
    // Scaled features stay in a range a network trains well on.
    expect(data.x.every((v) => Math.abs(v) <= 12)).toBe(true);
  });

  it('encodes a row the same way every time (a pure function)', () => {
    const [booking] = generateHotelBookings(1, 3);
    expect(encodeHotelBooking(booking)).toEqual(encodeHotelBooking({ ...booking }));
  });

  it('encodes any text, even empty or emoji-only, to a finite vector', () => {
    for (const text of ['', '🙏🙏', '¿A QUÉ HORA ABRE EL SPA?', 'x'.repeat(2_000)]) {
      const v = encodeChatText(text);
      expect(v).toHaveLength(512);
      expect(v.every(Number.isFinite)).toBe(true);
    }
  });
});
