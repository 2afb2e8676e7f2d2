import type { ModelTask } from '../catalog.ts';
import type { PresetName } from '../case-names.ts';
import { ACTIVITIES } from '../data/guest-profiles.ts';
import { INTENTS } from '../data/chat-templates.ts';

/** What one output row of a preset's model is (the manifest's `task` and `labels`). */
export const PRESET_TASK: Readonly<Record<PresetName, ModelTask>> = {
  'hotel-cancellations': 'binary',
  'fraud-detection': 'binary',
  'form-abandonment': 'binary',
  'hotel-activities': 'multiclass',
  chatbot: 'multiclass',
  'content-popularity': 'regression',
};

/** The presets whose model answers yes or no with a probability (PRESET_TASK 'binary'). */
export type BinaryPreset = 'fraud-detection' | 'hotel-cancellations' | 'form-abandonment';

/** Class names in output order, for the multiclass presets. */
export const PRESET_LABELS: Readonly<Partial<Record<PresetName, readonly string[]>>> = {
  'hotel-activities': ACTIVITIES,
  chatbot: INTENTS,
};
