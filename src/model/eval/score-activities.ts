import { topKAccuracy } from './metrics.ts';
import { classFrequencies, repeatRow, type Score } from './score.ts';

/**
 * Activity recommendations: top-3 accuracy, because the app shows three suggestions and a hit
 * anywhere among them counts. The baseline recommends the three most popular activities to
 * everyone (popularity measured on the held-out data itself, which only flatters the baseline).
 */
export function scoreActivities(
  probabilities: Float32Array,
  labels: readonly number[],
  classes: number,
): Score {
  const popularity = repeatRow(classFrequencies(labels, classes), labels.length);
  return {
    metric: 'top-3 accuracy',
    value: topKAccuracy(probabilities, labels, classes, 3),
    baseline: topKAccuracy(popularity, labels, classes, 3),
    baselineName: 'the three most popular activities for everyone',
    higherIsBetter: true,
    extras: {
      'top-1 accuracy': topKAccuracy(probabilities, labels, classes, 1),
      'top-1 accuracy (most popular)': topKAccuracy(popularity, labels, classes, 1),
    },
    notes: [],
  };
}
