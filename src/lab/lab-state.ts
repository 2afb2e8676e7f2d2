import {
  presetFlags,
  PRESETS,
  type DeploymentMode,
  type PresetName,
} from '../modes/presets.ts';
import { controlOf, LAB_CONTROLS, type LabControl } from './controls.ts';
import type { LabMode } from './lab-mode.ts';

/**
 * A value the learner set: a number, a choice or distribution text, on/off for a switch, null for
 * "none" (no limit, no rollout), a list for a repeatable flag.
 */
export type LabValue = number | string | boolean | null | readonly string[];

/**
 * Everything that defines a lab run, and everything the URL holds: the mode, the deck's example
 * it starts from, and the parameters the learner changed (only those that differ from the preset).
 */
export interface LabState {
  mode: LabMode;
  preset: PresetName;
  values: Readonly<Record<string, LabValue>>;
}

/** The example each lab opens with: the one the deck files under that mode, and for compare the
 * one whose "which mode?" question is least obvious (hotel cancellations: batch at night, or an
 * online score at booking time?). */
export const DEFAULT_PRESET: Readonly<Record<LabMode, PresetName>> = {
  batch: 'hotel-cancellations',
  online: 'chatbot',
  streaming: 'fraud-detection',
  compare: 'hotel-cancellations',
};

export function defaultLabState(
  mode: LabMode,
  preset: PresetName = DEFAULT_PRESET[mode],
): LabState {
  return { mode, preset, values: {} };
}

/** A flag map as the CLI's parser takes it: switches as true, repeatable flags as lists. */
export type EngineFlags = Record<string, number | string | true | readonly string[]>;

/**
 * The flags one engine runs with: the preset's, then the learner's values where this engine has
 * the flag. In compare, a batch run scores what arrived during its interval, so its rows follow
 * the rate and the interval (as presetFlags computes them) unless set.
 */
export function engineFlags(state: LabState, engine: DeploymentMode): EngineFlags {
  const merged: Record<string, number | string | boolean | null | readonly string[]> = {
    ...presetFlags(PRESETS[state.preset], engine),
  };
  const known = state.mode === 'compare' ? null : LAB_CONTROLS[state.mode];
  for (const [flag, value] of Object.entries(state.values)) {
    const control = known?.find((c) => c.flag === flag);
    if (known !== null && (control === undefined || isDisplayOnly(control))) continue;
    if (state.mode === 'compare' && !COMPARE_FLAGS_BY_ENGINE[engine].includes(flag)) continue;
    merged[flag] = value;
  }
  if (state.mode === 'compare' && engine === 'batch') {
    const rate = Number(merged['arrival-rate'] ?? PRESETS[state.preset].workload.ratePerS);
    merged.rows = Math.max(1, Math.round(rate * Number(merged.interval)));
    delete merged['arrival-rate'];
  }
  const out: EngineFlags = {};
  for (const [flag, value] of Object.entries(merged)) {
    if (value === null || value === false) continue;
    out[flag] = value;
  }
  // Settings of a switched-off feature (the autoscaler's window without autoscaling) are left
  // out: the engine rightly refuses them on their own.
  for (const control of LAB_CONTROLS[engine]) {
    if (control.when && !(control.when.flag in out)) delete out[control.flag];
  }
  return out;
}

/** Which of compare's controls each engine takes (the CLI's `--set` rule: a flag it knows). */
const COMPARE_FLAGS_BY_ENGINE: Readonly<Record<DeploymentMode, readonly string[]>> = {
  batch: ['arrival-rate', 'service', 'interval', 'duration', 'seed'],
  online: ['arrival-rate', 'service', 'servers', 'duration', 'seed'],
  streaming: ['arrival-rate', 'service', 'consumers', 'duration', 'seed'],
};

/** The value a control shows: the learner's, else the preset's (through the first engine). */
export function currentValue(state: LabState, flag: string): LabValue | undefined {
  if (flag in state.values) return state.values[flag];
  const engine: DeploymentMode = state.mode === 'compare' ? compareEngineFor(flag) : state.mode;
  const preset = presetFlags(PRESETS[state.preset], engine)[flag];
  if (preset !== undefined) return preset;
  const control = controlOf(state.mode, flag);
  if (control?.kind === 'number' && control.displayDefault !== undefined)
    return control.displayDefault;
  return control?.kind === 'toggle' ? false : undefined;
}

function isDisplayOnly(control: LabControl): boolean {
  return control.kind === 'number' && control.displayDefault !== undefined;
}

function compareEngineFor(flag: string): DeploymentMode {
  if (flag === 'interval') return 'batch';
  if (flag === 'consumers') return 'streaming';
  return 'online';
}

/** The state with one value changed; setting the preset's own value removes the override. */
export function withValue(state: LabState, flag: string, value: LabValue): LabState {
  const values = { ...state.values };
  delete values[flag];
  const base = currentValue({ ...state, values }, flag);
  if (!sameValue(base, value)) values[flag] = value;
  return { ...state, values };
}

function sameValue(a: LabValue | undefined, b: LabValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.join('\n') === b.join('\n');
  if ((a === undefined || a === false) && (b === null || b === false)) return true;
  return a === b;
}
