import { decodeContentForecast } from '../features/content-popularity.ts';
import { PRESET_LABELS, PRESET_TASK } from './preset-outputs.ts';
import type { WorkItem } from './work-items.ts';

/**
 * One model output row as the single number (and class) the store and the lab's tables use:
 * binary models give the probability; multiclass models the most probable class and its
 * probability; the content model's change in log views is decoded back into views, as the
 * manifest's `output` says.
 */
export function summariseOutput(
  item: WorkItem,
  output: ArrayLike<number>,
): { score: number; label: string | null } {
  switch (PRESET_TASK[item.preset]) {
    case 'binary':
      return { score: output[0], label: null };
    case 'multiclass': {
      let best = 0;
      for (let k = 1; k < output.length; k++) if (output[k] > output[best]) best = k;
      return { score: output[best], label: PRESET_LABELS[item.preset]?.[best] ?? String(best) };
    }
    case 'regression':
      if (item.preset !== 'content-popularity') return { score: output[0], label: null };
      return { score: decodeContentForecast(item.record, output[0]), label: null };
  }
}

/** The `k` most probable classes of a multiclass output row, most probable first. */
export function topClasses(
  labels: readonly string[],
  output: ArrayLike<number>,
  k = 3,
): Array<{ label: string; probability: number }> {
  return Array.from(output, (probability, i) => ({ label: labels[i] ?? String(i), probability }))
    .sort((a, b) => b.probability - a.probability)
    .slice(0, k);
}
