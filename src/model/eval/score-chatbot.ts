import type { ChatMessage } from '../data/chat-messages.ts';
import { isHeldOutTemplate } from '../data/chat-templates.ts';
import { topKAccuracy } from './metrics.ts';
import { classFrequencies, repeatRow, type Score } from './score.ts';

/**
 * Intent classification: accuracy on phrasings (templates) never seen in training, overall and
 * per language, and on seen phrasings with new slot values and noise for comparison. The gap
 * between the two is the honest lesson: a template-trained model is only as good as its templates.
 * Baseline: the most frequent intent for every message.
 */
export function scoreChatbot(
  probabilities: Float32Array,
  rows: readonly ChatMessage[],
  labels: readonly number[],
  classes: number,
): Score {
  const accuracyWhere = (keep: (m: ChatMessage) => boolean) => {
    const idx = rows.flatMap((m, i) => (keep(m) ? [i] : []));
    const p = new Float32Array(idx.length * classes);
    idx.forEach((row, j) =>
      p.set(probabilities.subarray(row * classes, (row + 1) * classes), j * classes),
    );
    return topKAccuracy(
      p,
      idx.map((i) => labels[i]),
      classes,
      1,
    );
  };
  const unseen = (m: ChatMessage) => isHeldOutTemplate(m.template);
  const unseenLabels = rows.flatMap((m, i) => (unseen(m) ? [labels[i]] : []));
  const majority = repeatRow(classFrequencies(unseenLabels, classes), unseenLabels.length);
  return {
    metric: 'accuracy (unseen phrasings)',
    value: accuracyWhere(unseen),
    baseline: topKAccuracy(majority, unseenLabels, classes, 1),
    baselineName: 'the most frequent intent for every message',
    higherIsBetter: true,
    extras: {
      'accuracy es (unseen phrasings)': accuracyWhere((m) => unseen(m) && m.language === 'es'),
      'accuracy en (unseen phrasings)': accuracyWhere((m) => unseen(m) && m.language === 'en'),
      'accuracy (seen phrasings, new fillers and noise)': accuracyWhere((m) => !unseen(m)),
    },
    notes: [
      'Held-out messages use templates left out of training; seen-phrasing accuracy is shown for contrast.',
    ],
  };
}
