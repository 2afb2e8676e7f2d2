import { MERCHANT_CATEGORIES, type CardTransaction } from '../data/card-transactions.ts';
import { FeatureWriter, oneHotNames } from './encoding.ts';

/**
 * Encodes a card transaction for the fraud models. Amounts and distances span four orders of
 * magnitude, so they enter as logarithms (log(1 + 3000) is about 8); velocity as log(1 + count).
 */
export const FRAUD_FEATURE_NAMES: readonly string[] = [
  'log1p(amountEur)/8',
  ...oneHotNames('merchantCategory', MERCHANT_CATEGORIES),
  'hour.sin',
  'hour.cos',
  'log1p(distanceFromHomeKm)/8',
  'cardPresent',
  'log1p(txLast24h)/4',
];

export function encodeCardTransaction(t: CardTransaction): Float32Array {
  return new FeatureWriter(FRAUD_FEATURE_NAMES.length)
    .log1p(t.amountEur, 8)
    .oneHot(t.merchantCategory, MERCHANT_CATEGORIES)
    .cyclic(t.hour, 24)
    .log1p(t.distanceFromHomeKm, 8)
    .flag(t.cardPresent)
    .log1p(t.txLast24h, 4)
    .done();
}

/** The label the models learn: 1 for fraud. */
export function fraudLabel(t: CardTransaction): number {
  return t.fraud ? 1 : 0;
}
