import { describe, expect, it } from 'vitest';
import {
  averagePrecision,
  binaryAccuracy,
  logLoss,
  meanAbsoluteError,
  precisionAtK,
  recallAtPrecision,
  rocAuc,
  topKAccuracy,
} from '../../../src/model/eval/metrics.ts';

describe('metrics', () => {
  it('ROC AUC: 1 for a perfect ranking, 0.5 for a constant, the pair share otherwise', () => {
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0])).toBe(1);
    expect(rocAuc([0.3, 0.3, 0.3, 0.3], [1, 0, 1, 0])).toBe(0.5);
    // Positives at 0.8 and 0.4, negatives at 0.6 and 0.2: 3 of 4 pairs ordered right.
    expect(rocAuc([0.8, 0.6, 0.4, 0.2], [1, 0, 1, 0])).toBe(0.75);
  });

  it('average precision: prevalence for a constant, the scikit-learn value otherwise', () => {
    expect(averagePrecision([0.5, 0.5, 0.5, 0.5], [1, 0, 0, 0])).toBe(0.25);
    // sklearn.metrics.average_precision_score([1, 0, 1, 0], [0.8, 0.6, 0.4, 0.2]) = 0.8333...
    expect(averagePrecision([0.8, 0.6, 0.4, 0.2], [1, 0, 1, 0])).toBeCloseTo(5 / 6, 12);
    expect(recallAtPrecision([0.8, 0.6, 0.4, 0.2], [1, 0, 1, 0], 0.6)).toBe(1);
    expect(recallAtPrecision([0.8, 0.6, 0.4, 0.2], [1, 0, 1, 0], 0.9)).toBe(0.5);
  });

  it('log loss and accuracy', () => {
    expect(logLoss([0.5, 0.5], [1, 0])).toBeCloseTo(Math.LN2, 12);
    expect(binaryAccuracy([0.9, 0.4, 0.6], [1, 0, 0])).toBeCloseTo(2 / 3, 12);
  });

  it('top-k accuracy counts the true class among the k highest', () => {
    const p = [0.5, 0.3, 0.2, 0.1, 0.2, 0.7];
    expect(topKAccuracy(p, [1, 0], 3, 1)).toBe(0);
    expect(topKAccuracy(p, [1, 0], 3, 2)).toBe(0.5);
    expect(topKAccuracy(p, [1, 0], 3, 3)).toBe(1);
  });

  it('MAE and precision at k per group', () => {
    expect(meanAbsoluteError([1, 2, 3], [2, 2, 5])).toBe(1);
    const actual = [5, 4, 3, 2, 1, 1, 2, 3];
    const predicted = [5, 3, 4, 1, 2, 3, 2, 1];
    const groups = [0, 0, 0, 0, 0, 1, 1, 1];
    // Group 0: top 2 actual {0, 1}, predicted {0, 2}: 1/2. Group 1: {7, 6} vs {5, 6}: 1/2.
    expect(precisionAtK(predicted, actual, groups, 2)).toBe(0.5);
  });
});
