import { describe, expect, it } from 'vitest';
import {
  generateHotelBookings,
  HOTEL_CANCELLATION_RATE,
} from '../../../src/model/data/hotel-bookings.ts';

const share = <T>(rows: readonly T[], keep: (row: T) => boolean) =>
  rows.filter(keep).length / rows.length;

describe('hotel bookings (Antonio, Almeida & Nunes 2019)', () => {
  it('is a pure function of the seed', () => {
    expect(generateHotelBookings(500, 7)).toEqual(generateHotelBookings(500, 7));
    expect(generateHotelBookings(500, 7)).not.toEqual(generateHotelBookings(500, 8));
  });

  it('cancels 37% of bookings, within 2 points, for any seed', () => {
    expect(HOTEL_CANCELLATION_RATE).toBe(0.37);
    for (const seed of [1, 2, 3]) {
      const rate = share(generateHotelBookings(20_000, seed), (b) => b.canceled);
      expect(Math.abs(rate - HOTEL_CANCELLATION_RATE)).toBeLessThanOrEqual(0.02);
    }
  });

  it('reproduces the paper’s patterns: city above resort, non-refundable deposits near 100%', () => {
    const rows = generateHotelBookings(30_000, 4);
    const rate = (keep: (b: (typeof rows)[number]) => boolean) =>
      share(rows.filter(keep), (b) => b.canceled);
    expect(share(rows, (b) => b.hotel === 'city')).toBeCloseTo(0.664, 1);
    expect(rate((b) => b.hotel === 'city')).toBeGreaterThan(rate((b) => b.hotel === 'resort'));
    expect(rate((b) => b.depositType === 'non-refund')).toBeGreaterThan(0.9);
    expect(rate((b) => b.specialRequests >= 2)).toBeLessThan(rate((b) => b.specialRequests === 0));
    expect(rate((b) => b.previousCancellations > 0)).toBeGreaterThan(0.6);
  });
});
