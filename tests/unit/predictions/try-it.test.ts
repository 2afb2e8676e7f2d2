import { describe, expect, it } from 'vitest';
import { encodeHotelBooking } from '../../../src/model/features/hotel-cancellations.ts';
import { encodeChatText } from '../../../src/model/features/chatbot.ts';
import { predictionMessages } from '../../../src/i18n/prediction-messages.ts';
import { TRY_IT_FIELDS, isTypedPreset } from '../../../src/lab/predictions/try-it-fields.ts';
import {
  initialValues,
  parseNumber,
  parseTryIt,
} from '../../../src/lab/predictions/try-it-request.ts';
import { INPUT_DIM } from '../../../src/model/work-items/work-item-encoding.ts';

describe('the try-it form', () => {
  it('reads numbers typed in either language, and nothing ambiguous', () => {
    expect(parseNumber(' 12 ')).toBe(12);
    expect(parseNumber('12.5')).toBe(12.5);
    expect(parseNumber('12,5')).toBe(12.5);
    for (const bad of ['', '1.234,5', '1e3', '12 €', 'abc', '1,2,3'])
      expect(parseNumber(bad)).toBeNull();
  });

  it('encodes its initial values with the training encoder', () => {
    for (const preset of ['hotel-cancellations', 'fraud-detection', 'form-abandonment'] as const) {
      const parsed = parseTryIt(preset, initialValues(preset));
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(parsed.inputs).toHaveLength(INPUT_DIM[preset]);
    }
    const hotel = parseTryIt('hotel-cancellations', {
      ...initialValues('hotel-cancellations'),
      leadTimeDays: '200',
      depositType: 'non-refund',
      isRepeatedGuest: true,
    });
    expect(hotel.ok && Array.from(hotel.inputs)).toEqual(
      Array.from(
        encodeHotelBooking({
          hotel: 'city',
          leadTimeDays: 200,
          arrivalMonth: 8,
          weekendNights: 1,
          weekNights: 2,
          adults: 2,
          children: 0,
          marketSegment: 'online-ta',
          depositType: 'non-refund',
          customerType: 'transient',
          isRepeatedGuest: true,
          previousCancellations: 0,
          previousBookingsNotCanceled: 0,
          bookingChanges: 0,
          specialRequests: 0,
          parkingSpaces: 0,
          adrEur: 110,
          canceled: false,
        }),
      ),
    );
    const chat = parseTryIt('chatbot', { text: '  quiero reservar  ' });
    expect(chat.ok && Array.from(chat.inputs)).toEqual(
      Array.from(encodeChatText('quiero reservar')),
    );
    expect(chat.ok && chat.features).toEqual({ text: 'quiero reservar' });
  });

  it('names the first field out of range', () => {
    const base = initialValues('fraud-detection');
    const refused = (change: Record<string, string | boolean>) => {
      const parsed = parseTryIt('fraud-detection', { ...base, ...change });
      return parsed.ok ? null : parsed.field.key;
    };
    expect(refused({ amountEur: '-3' })).toBe('amountEur');
    expect(refused({ hour: '24' })).toBe('hour');
    expect(refused({ hour: '3.5' })).toBe('hour');
    expect(refused({ txLast24h: '' })).toBe('txLast24h');
    expect(refused({ merchantCategory: 'casino' })).toBe('merchantCategory');
    expect(refused({ amountEur: 'x', hour: '99' })).toBe('amountEur');
    expect(parseTryIt('chatbot', { text: '   ' })).toMatchObject({
      ok: false,
      field: { key: 'text' },
    });
    expect(parseTryIt('chatbot', { text: 'x'.repeat(301) })).toMatchObject({ ok: false });
  });

  it('has a translated label for every field and option', () => {
    for (const preset of Object.keys(TRY_IT_FIELDS)) {
      expect(isTypedPreset(preset as never)).toBe(true);
      for (const field of TRY_IT_FIELDS[preset as keyof typeof TRY_IT_FIELDS]) {
        for (const text of Object.values(predictionMessages)) {
          expect(
            text.fieldLabels[field.key as keyof typeof text.fieldLabels],
            field.key,
          ).toBeTruthy();
          if (field.kind === 'choice') {
            for (const option of field.options) {
              expect(text.values[option as keyof typeof text.values], option).toBeTruthy();
            }
          }
        }
      }
    }
    expect(isTypedPreset('hotel-activities')).toBe(false);
  });
});
