import type { WidgetSpec } from '../../lessons/widget-spec.ts';
import type { DeploymentMode } from '../../modes/mode-names.ts';
import type { RunState } from '../../modes/run-state.ts';
import type { ParamValue as LabValue } from '../../modes/params/table.ts';
import { currentValue } from '../../modes/run-state.ts';
import { MAX_SPEED, MIN_SPEED } from '../../worker/speed-limits.ts';

/**
 * A slide widget's runs as lab states: the widget's preset, its fixed values for the mode, then the
 * learner's control values where the control applies to that mode. The same states a lab would
 * run, so "open in the lab" continues with exactly these parameters.
 */
export function widgetLabState(
  spec: WidgetSpec,
  mode: DeploymentMode,
  controls: Readonly<Record<string, LabValue>>,
): RunState {
  const values: Record<string, LabValue> = { ...spec.fixed[mode] };
  for (const control of spec.controls) {
    if (control.modes.includes(mode) && control.key in controls)
      values[control.key] = controls[control.key];
  }
  return { mode, preset: spec.preset, values };
}

/** Where each control starts: the value the widget's first run it applies to starts with. */
export function initialControlValues(spec: WidgetSpec): Record<string, LabValue> {
  const values: Record<string, LabValue> = {};
  for (const control of spec.controls) {
    const mode = control.modes[0];
    const value = currentValue(widgetLabState(spec, mode, {}), control.key);
    if (value !== undefined) values[control.key] = value;
  }
  return values;
}

/**
 * How long a widget's run takes to watch: long enough to see the mechanism move, short enough
 * that the first change shows within two seconds and the outcome within a breath (TEACHING.md,
 * "Observe").
 */
export const WIDGET_RUN_WALL_MS = 15_000;

/** A speed that plays the whole run in about WIDGET_RUN_WALL_MS: the 1-2-5 step at or below it. */
export function widgetSpeed(endMs: number): number {
  const wanted = endMs / WIDGET_RUN_WALL_MS;
  const steps: number[] = [];
  for (let decade = 0.1; decade <= MAX_SPEED; decade *= 10)
    for (const step of [1, 2, 5]) steps.push(Number((decade * step).toPrecision(1)));
  const allowed = steps.filter((s) => s >= MIN_SPEED && s <= MAX_SPEED);
  return allowed.filter((s) => s <= wanted).at(-1) ?? allowed[0];
}
