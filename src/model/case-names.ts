/**
 * The slide deck's six examples, by name: the cases a model is trained for, a preset simulates
 * and a lesson or quiz refers to. Names only (no numbers), so every layer may use them; the
 * workloads are in src/modes/presets.ts, the models in src/model/catalog.ts.
 */
export const PRESET_NAMES = [
  'content-popularity',
  'hotel-cancellations',
  'chatbot',
  'hotel-activities',
  'fraud-detection',
  'form-abandonment',
] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}
