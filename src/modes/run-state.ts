import type { PresetName } from '../model/case-names.ts';
import type { ModeId } from './mode-names.ts';
import { defaultValues, type ParamValue } from './params/table.ts';
import { sameParamValue } from './params/text.ts';
import type { Refusal } from './params/validate.ts';
import { modeById } from './registry.ts';
import { resolveValues } from './params/resolve-values.ts';

/**
 * Everything that defines a lab run, and everything the URL holds: the mode, the deck's case it
 * starts from, and the values the learner changed (keyed by the mode's table keys; only those
 * that differ from the preset's).
 */
export interface RunState {
  mode: ModeId;
  preset: PresetName;
  values: Readonly<Record<string, ParamValue>>;
}

/** The case each lab opens with: the one the deck files under that mode, and for compare the
 * one whose "which mode?" question is least obvious (hotel cancellations: batch at night, or an
 * online score at booking time?). */
export const DEFAULT_PRESET: Readonly<Record<ModeId, PresetName>> = {
  batch: 'hotel-cancellations',
  online: 'chatbot',
  streaming: 'fraud-detection',
  compare: 'hotel-cancellations',
};

export function defaultRunState(mode: ModeId, preset: PresetName = DEFAULT_PRESET[mode]): RunState {
  return { mode, preset, values: {} };
}

/** The values before the learner's changes: the table's defaults, then the preset's. */
export function baseValues(mode: ModeId, preset: PresetName): Record<string, ParamValue> {
  const m = modeById(mode);
  return { ...defaultValues(m.params), ...m.presetValues(preset) };
}

/** The value a control shows: the learner's, else the preset's, else the table's default. */
export function currentValue(state: RunState, key: string): ParamValue | undefined {
  if (key in state.values) return state.values[key];
  return baseValues(state.mode, state.preset)[key];
}

/** The state with one value changed; setting the preset's own value removes the override. */
export function withValue(state: RunState, key: string, value: ParamValue): RunState {
  const values = { ...state.values };
  delete values[key];
  if (!sameParamValue(baseValues(state.mode, state.preset)[key], value)) values[key] = value;
  return { ...state, values };
}

/** The complete, checked values a run uses, or the first refusal. */
export function labValues(
  state: RunState,
): { ok: true; values: Record<string, ParamValue> } | { ok: false; refusal: Refusal } {
  return resolveValues(modeById(state.mode), state.preset, state.values);
}

/** The first value the mode's table refuses in this state, or null. */
export function firstRefusal(state: RunState): Refusal | null {
  const checked = labValues(state);
  return checked.ok ? null : checked.refusal;
}
