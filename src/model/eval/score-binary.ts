import { binaryAccuracy, logLoss, rocAuc } from './metrics.ts';
import { prevalence, type Score } from './score.ts';

/**
 * Cancellation and conversion models: ROC AUC (how well the score ranks those who will cancel or
 * convert above those who will not, which is what a call list needs), with log loss and accuracy
 * beside it. The baseline predicts the held-out rate for everyone: AUC 0.5, and the lowest log
 * loss any constant can reach, which makes it a strict baseline.
 */
export function scoreBinary(probabilities: Float32Array, labels: Float32Array): Score {
  const rate = prevalence(labels);
  const prior = new Float32Array(labels.length).fill(rate);
  return {
    metric: 'ROC AUC',
    value: rocAuc(probabilities, labels),
    baseline: rocAuc(prior, labels),
    baselineName: 'class prior (the held-out rate for every row)',
    higherIsBetter: true,
    extras: {
      'log loss': logLoss(probabilities, labels),
      'log loss (class prior)': logLoss(prior, labels),
      accuracy: binaryAccuracy(probabilities, labels),
      'accuracy (majority class)': Math.max(rate, 1 - rate),
      'positive rate': rate,
    },
    notes: [],
  };
}
