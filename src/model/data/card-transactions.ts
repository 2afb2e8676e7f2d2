import { Rng } from '../../sim/rng.ts';
import {
  bernoulli,
  categorical,
  categoricalIndex,
  lognormal,
  poisson,
  uniformInt,
} from './sampling.ts';

/**
 * Synthetic card transactions for the `fraud-detection` example.
 *
 * Base rate: 0.172% of transactions are fraudulent, as in the public ULB credit card data set
 * (Dal Pozzolo et al., "Calibrating probability with undersampling for unbalanced
 * classification", IEEE SSCI 2015: 492 frauds in 284,807 European card transactions). The ECB's
 * card fraud reports put fraud at 0.036-0.037% of the *value* of SEPA card payments (sixth and
 * seventh reports, 2020 and 2021, for 2018-2019), most of it card-not-present. Either way fraud is
 * so rare that the all-legitimate predictor is more than 99.8% accurate, which is why accuracy is
 * the wrong yardstick here and the evaluation reports precision-recall figures.
 *
 * Fraud comes in three modes, each a pattern a learner can reason about:
 * - card testing (25%): many tiny online charges in a short time, to check stolen numbers work;
 * - card-not-present use of stolen details (50%): online, electronics and travel, larger amounts,
 *   often at night and far from the cardholder's home (the IP address's location);
 * - card-present fraud with a counterfeit or stolen card (25%): cash, electronics and jewellery,
 *   large amounts, usually away from home.
 * Legitimate spending overlaps every mode (travellers, night-owl shoppers, big purchases), so the
 * task is hard. The modes are why a linear score is not enough: a small amount is suspicious only
 * together with high velocity, a large one only with other signs.
 */

export const MERCHANT_CATEGORIES = [
  'grocery',
  'fuel',
  'restaurant',
  'online-retail',
  'electronics',
  'travel',
  'atm-cash',
  'jewelry',
] as const;
export type MerchantCategory = (typeof MERCHANT_CATEGORIES)[number];

export interface CardTransaction {
  amountEur: number;
  merchantCategory: MerchantCategory;
  /** Hour of day in the cardholder's time zone, 0-23. */
  hour: number;
  /** Distance from the cardholder's home to the merchant (or, online, to the IP's location). */
  distanceFromHomeKm: number;
  /** Chip or contactless at a terminal; false for online and phone orders. */
  cardPresent: boolean;
  /** Transactions on the same card in the previous 24 hours: the "velocity". */
  txLast24h: number;
  /** The label. */
  fraud: boolean;
}

/** Share of fraudulent transactions (ULB data set: 492 / 284,807). */
export const FRAUD_RATE = 0.00172;

const LEGIT_CATEGORY_SHARES = [0.28, 0.1, 0.18, 0.25, 0.04, 0.04, 0.1, 0.01];
// Median amount (euros) and log-scale spread per category, for legitimate spending.
const LEGIT_AMOUNT: Record<MerchantCategory, [number, number]> = {
  grocery: [35, 0.7],
  fuel: [50, 0.4],
  restaurant: [28, 0.6],
  'online-retail': [40, 1],
  electronics: [150, 1],
  travel: [220, 0.9],
  'atm-cash': [80, 0.6],
  jewelry: [180, 1],
};
// Share of legitimate transactions made without the card (online, phone orders).
const LEGIT_NOT_PRESENT: Record<MerchantCategory, number> = {
  grocery: 0.05,
  fuel: 0,
  restaurant: 0.1,
  'online-retail': 1,
  electronics: 0.4,
  travel: 0.7,
  'atm-cash': 0,
  jewelry: 0.2,
};
// Card activity by hour of day: quiet at night, peaks at lunch and in the early evening.
const DAY_PROFILE = [
  0.6, 0.4, 0.3, 0.2, 0.2, 0.4, 1, 2, 3.5, 4.5, 5, 5.5, 6.5, 6.5, 5.5, 5, 5, 5.5, 6.5, 6.5, 5, 3.5,
  2, 1.2,
];
// Fraud favours the small hours, when cardholders sleep and do not see alerts.
const NIGHT_PROFILE = DAY_PROFILE.map((w, h) => w + (h < 6 ? 4 : 1.5));

function roundCents(x: number): number {
  return Math.max(0.5, Math.round(x * 100) / 100);
}

function legitimate(rng: Rng): CardTransaction {
  const merchantCategory = categorical(rng, MERCHANT_CATEGORIES, LEGIT_CATEGORY_SHARES);
  const cardPresent = !bernoulli(rng, LEGIT_NOT_PRESENT[merchantCategory]);
  const [median, sigma] = LEGIT_AMOUNT[merchantCategory];
  const raw = lognormal(rng, median, sigma);
  const amountEur = merchantCategory === 'atm-cash' ? Math.max(10, Math.round(raw / 10) * 10) : raw;
  const travelling = bernoulli(rng, 0.04);
  const distanceFromHomeKm = cardPresent
    ? travelling
      ? lognormal(rng, 400, 1.2)
      : lognormal(rng, 6, 1)
    : lognormal(rng, 10, 1.5);
  const heavyUser = bernoulli(rng, 0.1);
  return {
    amountEur: roundCents(amountEur),
    merchantCategory,
    hour: categoricalIndex(rng, merchantCategory === 'online-retail' ? NIGHT_PROFILE : DAY_PROFILE),
    distanceFromHomeKm: Math.round(distanceFromHomeKm * 10) / 10,
    cardPresent,
    txLast24h: poisson(rng, heavyUser ? 6 : 2),
    fraud: false,
  };
}

function cardTesting(rng: Rng): CardTransaction {
  return {
    amountEur: roundCents(0.5 + 4.5 * rng.uniform()),
    merchantCategory: bernoulli(rng, 0.8) ? 'online-retail' : 'restaurant',
    hour: uniformInt(rng, 0, 23),
    distanceFromHomeKm: Math.round(lognormal(rng, 800, 1.5) * 10) / 10,
    cardPresent: false,
    txLast24h: 4 + poisson(rng, 8),
    fraud: true,
  };
}

function notPresentFraud(rng: Rng): CardTransaction {
  const merchantCategory = categorical(
    rng,
    ['online-retail', 'electronics', 'travel', 'jewelry'] as const,
    [0.45, 0.3, 0.2, 0.05],
  );
  return {
    amountEur: roundCents(lognormal(rng, 180, 0.9)),
    merchantCategory,
    hour: categoricalIndex(rng, NIGHT_PROFILE),
    distanceFromHomeKm: Math.round(lognormal(rng, 300, 1.8) * 10) / 10,
    cardPresent: false,
    txLast24h: 1 + poisson(rng, 3),
    fraud: true,
  };
}

function presentFraud(rng: Rng): CardTransaction {
  const merchantCategory = categorical(
    rng,
    ['atm-cash', 'electronics', 'jewelry', 'fuel'] as const,
    [0.4, 0.3, 0.2, 0.1],
  );
  const amountEur =
    merchantCategory === 'atm-cash'
      ? 10 * uniformInt(rng, 20, 50)
      : lognormal(rng, merchantCategory === 'fuel' ? 80 : 450, 0.6);
  const stolenLocally = bernoulli(rng, 0.3);
  return {
    amountEur: roundCents(amountEur),
    merchantCategory,
    hour: categoricalIndex(rng, NIGHT_PROFILE),
    distanceFromHomeKm:
      Math.round(lognormal(rng, stolenLocally ? 8 : 150, stolenLocally ? 1 : 1.5) * 10) / 10,
    cardPresent: true,
    txLast24h: poisson(rng, 4),
    fraud: true,
  };
}

function generateTransaction(rng: Rng): CardTransaction {
  if (!bernoulli(rng, FRAUD_RATE)) return legitimate(rng);
  const mode = rng.uniform();
  return mode < 0.25 ? cardTesting(rng) : mode < 0.75 ? notPresentFraud(rng) : presentFraud(rng);
}

/** `n` transactions, a pure function of `seed`. */
export function generateCardTransactions(n: number, seed: number): CardTransaction[] {
  const rng = Rng.stream(seed, 'card-transactions');
  const rows: CardTransaction[] = [];
  for (let i = 0; i < n; i++) rows.push(generateTransaction(rng));
  return rows;
}
