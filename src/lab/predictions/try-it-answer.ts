import type { PresetName } from '../../model/case-names.ts';
import { PRESET_LABELS, PRESET_TASK } from '../../model/work-items/preset-outputs.ts';
import { summariseOutput, topClasses } from '../../model/work-items/summarise-output.ts';
import type { WorkItem } from '../../model/work-items/work-items.ts';

/**
 * A try-it request's answer, in numbers the UI words in the current language: a probability,
 * the three likeliest classes (the activities model's manifest: "recommend the highest three"),
 * or a forecast in views.
 */
export type TryItAnswer =
  | { kind: 'binary'; probability: number }
  | { kind: 'classes'; top: Array<{ label: string; probability: number }> }
  | { kind: 'forecast'; views: number };

/**
 * `item` is the generated record behind a generated request (needed to decode the content
 * forecast), null for a typed one.
 */
export function tryItAnswer(
  preset: PresetName,
  outputs: ArrayLike<number>,
  item: WorkItem | null,
): TryItAnswer {
  switch (PRESET_TASK[preset]) {
    case 'binary':
      return { kind: 'binary', probability: outputs[0] };
    case 'multiclass':
      return { kind: 'classes', top: topClasses(PRESET_LABELS[preset] ?? [], outputs, 3) };
    case 'regression':
      return {
        kind: 'forecast',
        views: item === null ? outputs[0] : summariseOutput(item, outputs).score,
      };
  }
}
