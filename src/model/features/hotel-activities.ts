import {
  ACTIVITIES,
  ORIGINS,
  PARTY_TYPES,
  SEASONS,
  WEATHERS,
  type GuestProfile,
} from '../data/guest-profiles.ts';
import { FeatureWriter, oneHotNames } from './encoding.ts';

/** Encodes a guest and the moment they open the app; log(1 + 400 euros) is about 6. */
export const ACTIVITY_FEATURE_NAMES: readonly string[] = [
  'age/80',
  ...oneHotNames('partyType', PARTY_TYPES),
  'children/3',
  'nights/14',
  'dayOfStay/nights',
  'isLastNight',
  ...oneHotNames('season', SEASONS),
  ...oneHotNames('weather', WEATHERS),
  'log1p(budgetPerNightEur)/6',
  ...oneHotNames('origin', ORIGINS),
  'loyaltyMember',
  ...oneHotNames('previousActivity', [...ACTIVITIES, 'none']),
  'hour.sin',
  'hour.cos',
];

export function encodeGuestProfile(g: GuestProfile): Float32Array {
  return new FeatureWriter(ACTIVITY_FEATURE_NAMES.length)
    .capped(g.age, 80)
    .oneHot(g.partyType, PARTY_TYPES)
    .capped(g.children, 3)
    .capped(g.nights, 14)
    .push(g.dayOfStay / Math.max(g.nights, 1))
    .flag(g.dayOfStay === g.nights)
    .oneHot(g.season, SEASONS)
    .oneHot(g.weather, WEATHERS)
    .log1p(g.budgetPerNightEur, 6)
    .oneHot(g.origin, ORIGINS)
    .flag(g.loyaltyMember)
    .oneHot<string>(g.previousActivity, [...ACTIVITIES, 'none'])
    .cyclic(g.hour, 24)
    .done();
}

/** The class the model learns: the index of the booked activity in ACTIVITIES. */
export function activityLabel(g: GuestProfile): number {
  return ACTIVITIES.indexOf(g.chosen);
}
