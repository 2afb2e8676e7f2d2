import { Rng } from '../../sim/rng.ts';
import {
  bernoulli,
  categorical,
  categoricalIndex,
  lognormal,
  normal,
  poisson,
  sigmoid,
} from './sampling.ts';

/**
 * Synthetic abandoned form sessions for the `form-abandonment` example: a visitor started a
 * 10-field quote form, left before submitting, and had already typed a phone number, so sales can
 * call. The label is whether that call converts the visitor.
 *
 * Rates: about 20% of the calls convert. We know of no public data set that measures this, so
 * it is a teaching assumption, stated here so that nobody mistakes it for a measurement. Traffic
 * shares (search first, then paid search, social and direct) are assumptions of the same kind,
 * shaped like a typical web analytics report.
 *
 * Effects a learner can reason about:
 * - visitors from email campaigns, direct visits and referrals came with intent, social ones less;
 *   returning visitors more;
 * - the further through the form, the likelier to convert, with a jump for those who reached the
 *   last fields (quote or payment step): they wanted the product, something else stopped them;
 * - validation errors signal friction, not disinterest: a call removes it, more so on mobile;
 * - a very short visit is a misclick, a very long one an undecided visitor (an inverted U);
 * - visits in the small hours convert less (the person is harder to reach and less committed).
 */

export const FORM_FIELDS = 10;

export const TRAFFIC_SOURCES = [
  'organic-search',
  'paid-search',
  'social',
  'email',
  'referral',
  'direct',
] as const;
export type TrafficSource = (typeof TRAFFIC_SOURCES)[number];

export const DEVICES = ['mobile', 'desktop', 'tablet'] as const;
export type Device = (typeof DEVICES)[number];

export interface FormSession {
  /** Fields filled in before leaving, 0-9 of FORM_FIELDS (all 10 would have been a submission). */
  fieldsCompleted: number;
  timeOnPageS: number;
  trafficSource: TrafficSource;
  device: Device;
  returningVisitor: boolean;
  /** Times the form rejected an entry (bad postcode, phone format...). */
  validationErrors: number;
  /** Local hour the session started, 0-23. */
  hour: number;
  /** The label: the follow-up call converted the visitor. */
  converted: boolean;
}

/** Share of abandoned sessions a call converts (a stated assumption, see above). */
export const FORM_CONVERSION_RATE = 0.2;

const SOURCE_SHARES = [0.35, 0.25, 0.15, 0.08, 0.07, 0.1];
const SOURCE_INTENT: Record<TrafficSource, number> = {
  'organic-search': 0,
  'paid-search': -0.1,
  social: -0.7,
  email: 0.6,
  referral: 0.3,
  direct: 0.4,
};
const DEVICE_SHARES = [0.55, 0.38, 0.07];
// Sessions by hour: evenings are busiest for consumer forms.
const HOUR_PROFILE = [
  1, 0.6, 0.4, 0.3, 0.3, 0.5, 1, 2, 3, 3.5, 4, 4, 4, 4, 4, 4, 4, 4.5, 5, 5.5, 5.5, 5, 3.5, 2,
];
// Calibrated so that about FORM_CONVERSION_RATE of the calls convert (checked in tests).
const INTERCEPT = -3.2;

function generateSession(rng: Rng): FormSession {
  const trafficSource = categorical(rng, TRAFFIC_SOURCES, SOURCE_SHARES);
  const device = categorical(rng, DEVICES, DEVICE_SHARES);
  const returningVisitor = bernoulli(
    rng,
    trafficSource === 'email' || trafficSource === 'direct' ? 0.5 : 0.25,
  );
  // The visitor's intent, never observed: the features only hint at it.
  const intent = normal(rng, SOURCE_INTENT[trafficSource] + (returningVisitor ? 0.5 : 0), 1);
  const progress = sigmoid(0.9 * intent + normal(rng, 0, 0.8));
  const fieldsCompleted = Math.min(FORM_FIELDS - 1, Math.round(FORM_FIELDS * progress));
  const mobile = device === 'mobile';
  const validationErrors = poisson(rng, 0.3 + (mobile ? 0.5 : 0) + 0.05 * fieldsCompleted);
  const misclick = bernoulli(rng, 0.08);
  const timeOnPageS = misclick
    ? 1 + Math.floor(rng.uniform() * 5)
    : Math.round(
        lognormal(rng, (20 + 12 * fieldsCompleted) * (mobile ? 1.3 : 1), 0.6) +
          20 * validationErrors,
      );
  const hour = categoricalIndex(rng, HOUR_PROFILE);

  const logTimeFromTypical = Math.log(Math.max(timeOnPageS, 1) / 120);
  const friction = 0.35 * Math.min(validationErrors, 3) * (mobile ? 1.5 : 1);
  let z = INTERCEPT + 0.9 * intent;
  z += 0.15 * fieldsCompleted + (fieldsCompleted >= 8 ? 0.9 : 0);
  z += friction;
  z += -0.35 * logTimeFromTypical * logTimeFromTypical;
  z += hour < 6 ? -0.6 : 0;
  return {
    fieldsCompleted,
    timeOnPageS,
    trafficSource,
    device,
    returningVisitor,
    validationErrors,
    hour,
    converted: rng.uniform() < sigmoid(z),
  };
}

/** `n` abandoned sessions, a pure function of `seed`. */
export function generateFormSessions(n: number, seed: number): FormSession[] {
  const rng = Rng.stream(seed, 'form-sessions');
  const rows: FormSession[] = [];
  for (let i = 0; i < n; i++) rows.push(generateSession(rng));
  return rows;
}
