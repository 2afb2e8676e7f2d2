import { Rng } from '../../sim/rng.ts';
import { bernoulli, categorical, gumbel, lognormal, poisson, uniformInt } from './sampling.ts';

/**
 * Synthetic hotel guests opening the hotel's app, for the `hotel-activities` example: who the
 * guest is, when they ask, and the activity they then book (the label).
 *
 * The choice follows a multinomial logit (McFadden 1974): each activity has a utility built from
 * the guest and the moment, Gumbel noise is added, and the guest books the best. Utilities are
 * teaching assumptions, not measurements; each is a plausible story a learner can check:
 * families book the kids' club, couples the spa and the dinner on their last night, business
 * travellers the gym in the morning, young groups of friends the nightlife; water sports need
 * summer *and* sun (an interaction), rain sends people to the spa, tours are booked early in a
 * stay by foreign guests, and people repeat what they enjoyed.
 */

export const ACTIVITIES = [
  'spa',
  'kids-club',
  'guided-tour',
  'water-sports',
  'fine-dining',
  'fitness',
  'nightlife',
] as const;
export type Activity = (typeof ACTIVITIES)[number];

export const PARTY_TYPES = ['solo', 'couple', 'family', 'business', 'friends'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

export const SEASONS = ['winter', 'spring', 'summer', 'autumn'] as const;
export type Season = (typeof SEASONS)[number];

export const WEATHERS = ['sunny', 'cloudy', 'rainy'] as const;
export type Weather = (typeof WEATHERS)[number];

export const ORIGINS = ['domestic', 'europe', 'americas', 'asia'] as const;
export type Origin = (typeof ORIGINS)[number];

export interface GuestProfile {
  age: number;
  partyType: PartyType;
  children: number;
  nights: number;
  /** Which day of the stay it is, 1..nights. */
  dayOfStay: number;
  season: Season;
  weather: Weather;
  /** Room rate paid per night, euros: a proxy for budget. */
  budgetPerNightEur: number;
  origin: Origin;
  loyaltyMember: boolean;
  /** The activity booked on an earlier day of this or a past stay, if any. */
  previousActivity: Activity | 'none';
  /** Local hour the guest opened the app, 7-23. */
  hour: number;
  /** The label: the activity booked. */
  chosen: Activity;
}

const PARTY_SHARES = [0.12, 0.38, 0.25, 0.12, 0.13];
const SEASON_SHARES = [0.15, 0.25, 0.4, 0.2];
const WEATHER_BY_SEASON: Record<Season, readonly number[]> = {
  winter: [0.35, 0.35, 0.3],
  spring: [0.5, 0.3, 0.2],
  summer: [0.8, 0.15, 0.05],
  autumn: [0.4, 0.35, 0.25],
};
const ORIGIN_SHARES = [0.45, 0.35, 0.12, 0.08];
const AGE_MEDIAN: Record<PartyType, number> = {
  solo: 38,
  couple: 42,
  family: 40,
  business: 44,
  friends: 29,
};

/** The utility of each activity for a guest, before the Gumbel noise. */
export function activityUtilities(g: Omit<GuestProfile, 'chosen'>): number[] {
  const budget = Math.log(g.budgetPerNightEur / 120);
  const lastNight = g.dayOfStay === g.nights;
  const foreign = g.origin !== 'domestic';
  const u: Record<Activity, number> = {
    spa:
      0.3 +
      (g.partyType === 'couple' ? 1 : 0) +
      (g.weather === 'rainy' ? 1.3 : 0) +
      budget +
      (g.age > 40 ? 0.5 : 0),
    // Only children can go: without any, the kids' club is never chosen.
    'kids-club': g.children > 0 ? 2.2 + (g.children >= 2 ? 0.5 : 0) : Number.NEGATIVE_INFINITY,
    'guided-tour':
      (foreign ? 1 : -0.2) +
      (g.dayOfStay <= 2 ? 0.8 : -0.3) +
      (g.age > 55 ? 0.7 : 0) +
      (g.weather === 'cloudy' ? 0.4 : g.weather === 'rainy' ? -0.8 : 0),
    'water-sports':
      (g.season === 'summer' && g.weather === 'sunny' ? 1.8 : -1.2) +
      (g.age < 35 ? 1 : g.age > 55 ? -1 : 0) +
      (g.partyType === 'friends' ? 0.6 : g.partyType === 'family' ? 0.3 : 0),
    'fine-dining':
      -0.3 +
      (g.partyType === 'couple' ? 0.8 : 0) +
      (lastNight ? 1.2 : 0) +
      1.2 * budget +
      (g.hour >= 18 ? 0.8 : 0),
    fitness:
      -0.5 +
      (g.partyType === 'business' ? 1.6 : 0) +
      (g.partyType === 'solo' ? 0.6 : 0) +
      (g.hour < 10 ? 1 : 0) +
      (g.age < 45 ? 0.3 : 0),
    nightlife:
      -0.8 +
      (g.partyType === 'friends' ? 1.6 : g.partyType === 'family' ? -1.5 : 0) +
      (g.age < 30 ? 1.2 : g.age > 50 ? -0.8 : 0) +
      (g.hour >= 20 ? 1 : 0),
  };
  if (g.previousActivity !== 'none') u[g.previousActivity] += 0.7;
  return ACTIVITIES.map((a) => u[a]);
}

function generateGuest(rng: Rng): GuestProfile {
  const partyType = categorical(rng, PARTY_TYPES, PARTY_SHARES);
  const age = Math.min(85, Math.max(18, Math.round(lognormal(rng, AGE_MEDIAN[partyType], 0.25))));
  const children = partyType === 'family' ? uniformInt(rng, 1, 3) : 0;
  const nights = 1 + poisson(rng, partyType === 'business' ? 1.2 : 3.5);
  const season = categorical(rng, SEASONS, SEASON_SHARES);
  const budgetFactor = partyType === 'business' || partyType === 'couple' ? 1.2 : 1;
  const guest = {
    age,
    partyType,
    children,
    nights,
    dayOfStay: uniformInt(rng, 1, nights),
    season,
    weather: categorical(rng, WEATHERS, WEATHER_BY_SEASON[season]),
    budgetPerNightEur: Math.round(lognormal(rng, 120 * budgetFactor, 0.4)),
    origin: categorical(rng, ORIGINS, ORIGIN_SHARES),
    loyaltyMember: bernoulli(rng, 0.25),
    previousActivity: 'none' as Activity | 'none',
    hour: uniformInt(rng, 7, 23),
  };
  // Habits: a loyal or returning guest often booked before, usually what suits them.
  if (bernoulli(rng, guest.loyaltyMember ? 0.6 : 0.25)) {
    const habit = activityUtilities(guest).map((u) => u + gumbel(rng));
    guest.previousActivity = ACTIVITIES[habit.indexOf(Math.max(...habit))];
  }
  const utilities = activityUtilities(guest).map((u) => u + gumbel(rng));
  const chosen = ACTIVITIES[utilities.indexOf(Math.max(...utilities))];
  return { ...guest, chosen };
}

/** `n` guests with the activity each booked, a pure function of `seed`. */
export function generateGuestProfiles(n: number, seed: number): GuestProfile[] {
  const rng = Rng.stream(seed, 'guest-profiles');
  const rows: GuestProfile[] = [];
  for (let i = 0; i < n; i++) rows.push(generateGuest(rng));
  return rows;
}
