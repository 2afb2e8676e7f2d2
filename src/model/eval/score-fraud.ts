import { averagePrecision, binaryAccuracy, recallAtPrecision, rocAuc } from './metrics.ts';
import { prevalence, type Score } from './score.ts';

/**
 * Fraud models: PR AUC (average precision), whose chance level is the fraud rate itself, with the
 * recall reachable at 80% and 50% precision (what an analyst team reviewing alerts cares about)
 * and ROC AUC. Accuracy is printed only to show why it misleads: the all-legitimate predictor,
 * which catches no fraud at all, is more accurate than 99.8% of the time.
 */
export function scoreFraud(probabilities: Float32Array, labels: Float32Array): Score {
  const rate = prevalence(labels);
  const prior = new Float32Array(labels.length).fill(rate);
  const allLegitimate = 1 - rate;
  return {
    metric: 'PR AUC',
    value: averagePrecision(probabilities, labels),
    baseline: averagePrecision(prior, labels),
    baselineName: 'class prior (equals the fraud rate)',
    higherIsBetter: true,
    extras: {
      'ROC AUC': rocAuc(probabilities, labels),
      'recall at 80% precision': recallAtPrecision(probabilities, labels, 0.8),
      'recall at 50% precision': recallAtPrecision(probabilities, labels, 0.5),
      accuracy: binaryAccuracy(probabilities, labels),
      'accuracy (all legitimate)': allLegitimate,
      'fraud rate': rate,
    },
    notes: [
      `Accuracy misleads here: predicting "legitimate" for every transaction is ` +
        `${(100 * allLegitimate).toFixed(2)}% accurate and catches no fraud. ` +
        'Read PR AUC and recall at a fixed precision instead.',
    ],
  };
}
