import { Rng } from '../../sim/rng.ts';
import { bernoulli, categorical, lognormal, normal, poisson, sigmoid } from './sampling.ts';

/**
 * Synthetic hotel bookings for the `hotel-cancellations` example, shaped after the public Hotel
 * Booking Demand data of Antonio, Almeida & Nunes, "Hotel booking demand datasets", Data in Brief
 * 22 (2019) 41-49: 119,390 bookings of a city hotel (66%) and a resort hotel in Portugal,
 * 2015-2017, 37.0% of them canceled (city 41.7%, resort 27.8%).
 *
 * Shares of the columns follow that paper's data (segments, deposit types, months, special
 * requests); the cancellation effects reproduce its well-known patterns, which a learner can
 * reason about:
 * - longer lead time, more cancellations (plans change; speculative bookings), saturating;
 * - a "non-refundable" deposit cancels almost always (99% in the published data: agencies block
 *   rooms they later release; a real quirk of that data, kept because it surprises learners);
 * - previous cancellations predict cancellation; repeated guests, booking changes, special
 *   requests and a parking space predict that the guest will come (each shows commitment);
 * - groups cancel most, direct and corporate bookings least.
 * Interactions that a linear model cannot represent, and a larger network can, are deliberate and
 * plausible: lead time matters more for online-agency bookings (free cancellation invites
 * rebooking), special requests reassure more for online and direct bookings, a rate far above the
 * season's norm booked far ahead tends to be rebooked cheaper, and last-minute bookings rarely
 * cancel.
 */

export const HOTEL_TYPES = ['city', 'resort'] as const;
export type HotelType = (typeof HOTEL_TYPES)[number];

/** Market segments; the paper's "Aviation" (0.2%) is folded into corporate. */
export const MARKET_SEGMENTS = [
  'online-ta',
  'offline-ta-to',
  'groups',
  'direct',
  'corporate',
  'complementary',
] as const;
export type MarketSegment = (typeof MARKET_SEGMENTS)[number];

export const DEPOSIT_TYPES = ['no-deposit', 'non-refund', 'refundable'] as const;
export type DepositType = (typeof DEPOSIT_TYPES)[number];

export const CUSTOMER_TYPES = ['transient', 'transient-party', 'contract', 'group'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export interface HotelBooking {
  hotel: HotelType;
  /** Days between booking and arrival (paper: mean 104, median 69). */
  leadTimeDays: number;
  /** Month of arrival, 1-12. */
  arrivalMonth: number;
  weekendNights: number;
  weekNights: number;
  adults: number;
  children: number;
  marketSegment: MarketSegment;
  depositType: DepositType;
  customerType: CustomerType;
  isRepeatedGuest: boolean;
  previousCancellations: number;
  previousBookingsNotCanceled: number;
  bookingChanges: number;
  specialRequests: number;
  parkingSpaces: number;
  /** Average daily rate in euros (paper: mean about 102). */
  adrEur: number;
  /** The label: the booking was canceled. */
  canceled: boolean;
}

/** Overall cancellation rate the generator is calibrated to (paper: 37.0%). */
export const HOTEL_CANCELLATION_RATE = 0.37;

// Shares from the published data (market_segment column; Aviation folded into Corporate).
const SEGMENT_SHARES = [0.473, 0.203, 0.166, 0.106, 0.046, 0.006];
// Arrivals per month, January to December (August busiest, January quietest in the paper's data).
const MONTH_SHARES = [
  0.05, 0.067, 0.082, 0.093, 0.099, 0.092, 0.106, 0.116, 0.088, 0.093, 0.057, 0.057,
];
// Non-refundable deposits sit with groups and tour operators (12% of all bookings in the paper).
const NON_REFUND_SHARE: Record<MarketSegment, number> = {
  'online-ta': 0.01,
  'offline-ta-to': 0.25,
  groups: 0.35,
  direct: 0.015,
  corporate: 0.03,
  complementary: 0,
};
const LEAD_MEDIAN_DAYS: Record<MarketSegment, number> = {
  'online-ta': 60,
  'offline-ta-to': 110,
  groups: 140,
  direct: 30,
  corporate: 20,
  complementary: 10,
};
const CUSTOMER_WEIGHTS: Record<MarketSegment, readonly number[]> = {
  'online-ta': [0.88, 0.1, 0.02, 0],
  'offline-ta-to': [0.5, 0.35, 0.13, 0.02],
  groups: [0.3, 0.62, 0.04, 0.04],
  direct: [0.8, 0.17, 0.01, 0.02],
  corporate: [0.55, 0.44, 0, 0.01],
  complementary: [0.8, 0.19, 0, 0.01],
};
const SEGMENT_EFFECT: Record<MarketSegment, number> = {
  'online-ta': 0.2,
  'offline-ta-to': -0.1,
  groups: 0.4,
  direct: -0.7,
  corporate: -0.6,
  complementary: -0.9,
};
const CUSTOMER_EFFECT: Record<CustomerType, number> = {
  transient: 0.3,
  'transient-party': -0.3,
  contract: 0,
  group: -0.8,
};
const ADR_SEGMENT_FACTOR: Record<MarketSegment, number> = {
  'online-ta': 1.05,
  'offline-ta-to': 0.9,
  groups: 0.8,
  direct: 1.05,
  corporate: 0.85,
  complementary: 0,
};
// Calibrated so that the overall cancellation rate is HOTEL_CANCELLATION_RATE (checked in tests).
const INTERCEPT = -2.7;

/** The season's usual nightly rate: resort prices swing with summer far more than city prices. */
export function expectedAdrEur(hotel: HotelType, month: number): number {
  const summer = Math.cos((2 * Math.PI * (month - 8)) / 12); // 1 in August, -1 in February
  return hotel === 'resort' ? 95 * Math.exp(0.6 * summer) : 105 * Math.exp(0.15 * summer);
}

function cancellationLogit(b: Omit<HotelBooking, 'canceled'>, rng: Rng): number {
  const seg = b.marketSegment;
  const leadSlope = seg === 'online-ta' ? 2 : seg === 'direct' || seg === 'corporate' ? 0.2 : 0.9;
  const requestEffect = seg === 'online-ta' || seg === 'direct' ? -1.2 : -0.1;
  const relativeRate =
    b.adrEur > 0 ? Math.log(b.adrEur / expectedAdrEur(b.hotel, b.arrivalMonth)) : 0;
  let z = INTERCEPT;
  z += b.hotel === 'city' ? 0.6 : 0;
  z += leadSlope * Math.log1p(b.leadTimeDays / 30);
  z += b.leadTimeDays <= 3 ? -0.8 : 0;
  z += b.depositType === 'non-refund' ? 5 : b.depositType === 'refundable' ? -0.5 : 0;
  z += SEGMENT_EFFECT[seg] + CUSTOMER_EFFECT[b.customerType];
  z += b.previousCancellations > 0 ? (b.isRepeatedGuest ? 1 : 2.5) : 0;
  z += b.isRepeatedGuest ? -1 : 0;
  z += -0.3 * Math.min(b.previousBookingsNotCanceled, 5);
  z += requestEffect * Math.min(b.specialRequests, 3);
  z += b.bookingChanges > 0 ? -1.3 : 0;
  z += b.parkingSpaces > 0 ? -5 : 0;
  z += (b.leadTimeDays > 60 ? 2.5 : 0.2) * relativeRate;
  z += b.hotel === 'city' && b.weekNights === 0 && seg === 'online-ta' ? 0.8 : 0;
  z += b.hotel === 'resort' && b.children > 0 && Math.abs(b.arrivalMonth - 7.5) < 2 ? -0.8 : 0;
  z += 0.05 * (b.weekendNights + b.weekNights);
  // Unobserved reasons (illness, a cheaper offer found elsewhere): no model can see them.
  z += normal(rng, 0, 0.5);
  return z;
}

function generateBooking(rng: Rng): HotelBooking {
  const hotel: HotelType = rng.uniform() < 0.664 ? 'city' : 'resort';
  const marketSegment = categorical(rng, MARKET_SEGMENTS, SEGMENT_SHARES);
  const customerType = categorical(rng, CUSTOMER_TYPES, CUSTOMER_WEIGHTS[marketSegment]);
  const u = rng.uniform();
  const depositType: DepositType =
    u < NON_REFUND_SHARE[marketSegment] ? 'non-refund' : u > 0.998 ? 'refundable' : 'no-deposit';
  const lastMinute = bernoulli(rng, 0.08);
  const leadMedian = LEAD_MEDIAN_DAYS[marketSegment] * (depositType === 'non-refund' ? 1.5 : 1);
  const leadTimeDays = lastMinute
    ? Math.floor(rng.uniform() * 4)
    : Math.min(700, Math.round(lognormal(rng, leadMedian, 0.9)));
  const arrivalMonth = 1 + categorical(rng, [...MONTH_SHARES.keys()], MONTH_SHARES);
  const nights =
    1 + poisson(rng, (hotel === 'resort' ? 3.3 : 2) * (marketSegment === 'corporate' ? 0.6 : 1));
  let weekendNights = 0;
  for (let i = 0; i < nights; i++) if (rng.uniform() < 2 / 7) weekendNights++;
  const adults =
    marketSegment === 'corporate' ? 1 : categorical(rng, [1, 2, 3, 4], [0.16, 0.76, 0.07, 0.01]);
  const children = bernoulli(rng, hotel === 'resort' ? 0.13 : 0.05)
    ? categorical(rng, [1, 2, 3], [0.55, 0.42, 0.03])
    : 0;
  const repeatShare =
    marketSegment === 'corporate' ? 0.3 : marketSegment === 'direct' ? 0.07 : 0.015;
  const isRepeatedGuest = bernoulli(rng, repeatShare);
  const previousBookingsNotCanceled = isRepeatedGuest ? 1 + poisson(rng, 2) : 0;
  const cancelHistoryShare =
    (marketSegment === 'groups' || marketSegment === 'offline-ta-to' ? 0.1 : 0.025) +
    (isRepeatedGuest ? 0.1 : 0);
  const previousCancellations = bernoulli(rng, cancelHistoryShare) ? 1 + poisson(rng, 0.3) : 0;
  const bookingChanges = bernoulli(rng, 0.15) ? 1 + poisson(rng, 0.4) : 0;
  const requestMean = (marketSegment === 'online-ta' ? 0.85 : 0.3) + (children > 0 ? 0.5 : 0);
  const specialRequests = Math.min(5, poisson(rng, requestMean));
  const parkingShare = (hotel === 'resort' ? 0.13 : 0.025) * (marketSegment === 'direct' ? 2 : 1);
  const parkingSpaces = bernoulli(rng, parkingShare) ? 1 : 0;
  const adrEur =
    Math.round(
      100 *
        expectedAdrEur(hotel, arrivalMonth) *
        ADR_SEGMENT_FACTOR[marketSegment] *
        (children > 0 ? 1.15 : 1) *
        Math.exp(normal(rng, 0, 0.25)),
    ) / 100;
  const booking = {
    hotel,
    leadTimeDays,
    arrivalMonth,
    weekendNights,
    weekNights: nights - weekendNights,
    adults,
    children,
    marketSegment,
    depositType,
    customerType,
    isRepeatedGuest,
    previousCancellations,
    previousBookingsNotCanceled,
    bookingChanges,
    specialRequests,
    parkingSpaces,
    adrEur,
  };
  const canceled = rng.uniform() < sigmoid(cancellationLogit(booking, rng));
  return { ...booking, canceled };
}

/** `n` bookings, a pure function of `seed`. */
export function generateHotelBookings(n: number, seed: number): HotelBooking[] {
  const rng = Rng.stream(seed, 'hotel-bookings');
  const rows: HotelBooking[] = [];
  for (let i = 0; i < n; i++) rows.push(generateBooking(rng));
  return rows;
}
