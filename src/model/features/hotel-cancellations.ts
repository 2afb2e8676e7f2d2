import {
  CUSTOMER_TYPES,
  DEPOSIT_TYPES,
  MARKET_SEGMENTS,
  type HotelBooking,
} from '../data/hotel-bookings.ts';
import { FeatureWriter, oneHotNames } from './encoding.ts';

/**
 * Encodes a hotel booking for the cancellation models. Scales put typical values near [0, 1]:
 * log(1 + 700 days) is about 6.6, log(1 + 500 euros) about 6.2; counts are capped where the
 * published data thins out.
 */
export const HOTEL_FEATURE_NAMES: readonly string[] = [
  'hotel=city',
  'log1p(leadTimeDays)/6',
  'arrivalMonth.sin',
  'arrivalMonth.cos',
  'weekendNights/4',
  'weekNights/10',
  'adults/4',
  'children/3',
  ...oneHotNames('marketSegment', MARKET_SEGMENTS),
  ...oneHotNames('depositType', DEPOSIT_TYPES),
  ...oneHotNames('customerType', CUSTOMER_TYPES),
  'isRepeatedGuest',
  'previousCancellations/3',
  'previousBookingsNotCanceled/10',
  'bookingChanges/3',
  'specialRequests/5',
  'parkingSpaces>0',
  'log1p(adrEur)/6',
];

export function encodeHotelBooking(b: HotelBooking): Float32Array {
  return new FeatureWriter(HOTEL_FEATURE_NAMES.length)
    .flag(b.hotel === 'city')
    .log1p(b.leadTimeDays, 6)
    .cyclic(b.arrivalMonth - 1, 12)
    .capped(b.weekendNights, 4)
    .capped(b.weekNights, 10)
    .capped(b.adults, 4)
    .capped(b.children, 3)
    .oneHot(b.marketSegment, MARKET_SEGMENTS)
    .oneHot(b.depositType, DEPOSIT_TYPES)
    .oneHot(b.customerType, CUSTOMER_TYPES)
    .flag(b.isRepeatedGuest)
    .capped(b.previousCancellations, 3)
    .capped(b.previousBookingsNotCanceled, 10)
    .capped(b.bookingChanges, 3)
    .capped(b.specialRequests, 5)
    .flag(b.parkingSpaces > 0)
    .log1p(b.adrEur, 6)
    .done();
}

/** The label the models learn: 1 when the booking was canceled. */
export function hotelCancellationLabel(b: HotelBooking): number {
  return b.canceled ? 1 : 0;
}
