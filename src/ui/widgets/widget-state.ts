import type { WidgetSpec } from '../../lessons/widget-spec.ts';
import type { DeploymentMode } from '../../modes/mode-names.ts';
import type { RunState } from '../../modes/run-state.ts';
import type { ParamValue as LabValue } from '../../modes/params/table.ts';
import { currentValue } from '../../modes/run-state.ts';

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

/** A speed that plays the whole run in about a minute: the 1-2-5 step at or below that. */
export function widgetSpeed(endMs: number): number {
  const wanted = endMs / 60_000;
  const steps = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
  return steps.filter((s) => s <= wanted).at(-1) ?? steps[0];
}
