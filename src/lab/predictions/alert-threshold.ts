import type { PresetName } from '../../model/case-names.ts';

/**
 * The fraud stream's default alert threshold: the lowest probability at which the streaming
 * model (fraud-detection-small) reaches 50% precision on its held-out data (EVAL_SEED, 250,000
 * transactions, 422 frauds): half the alerts an analyst opens are fraud, and a third of all fraud
 * is caught, the manifest's "recall at 50% precision" (0.334). A threshold of 0.5 would look
 * natural but catches only 17% of fraud; the fraud rate itself (0.17%) would flag hundreds of
 * legitimate payments for each fraud. tests/unit/predictions/alert-threshold.test.ts recomputes
 * the precision and recall at this threshold from the model, so retraining cannot silently
 * move it.
 */
export const FRAUD_ALERT_THRESHOLD = 0.23;

/**
 * The default threshold for a binary preset: the fraud threshold above, else 0.5 (flag what the
 * model thinks more likely than not, the Bayes decision when both errors cost the same).
 */
export function defaultAlertThreshold(preset: PresetName): number {
  return preset === 'fraud-detection' ? FRAUD_ALERT_THRESHOLD : 0.5;
}

/** Thresholds the lab accepts: a probability strictly between 0 and 1. */
export function isValidThreshold(value: number): boolean {
  return Number.isFinite(value) && value > 0 && value < 1;
}
