import type { WidgetSpec } from '../../src/lessons/widget-spec.ts';
import type { WidgetControls, WidgetReports } from '../../src/lessons/widget-lesson.ts';
import type { DeploymentMode } from '../../src/modes/mode-names.ts';
import { specOf, type ParamValue } from '../../src/modes/params/table.ts';
import { modeById } from '../../src/modes/registry.ts';
import { widgetLabState, initialControlValues } from '../../src/ui/widgets/widget-state.ts';
import { simulate } from './simulate.ts';

/** Table-key values as the CLI's flags, for `--set flag=value`. */
export function asFlags(mode: DeploymentMode, values: Readonly<Record<string, ParamValue>> = {}) {
  const table = modeById(mode).params;
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      specOf(table, key)?.flag ?? key,
      Array.isArray(value) ? value.join(',') : (value as string | number | boolean),
    ]),
  );
}

/**
 * A widget's finished runs at `controls` (the knobs' starting values where a knob is not given):
 * the same lab states the slide runs (widgetLabState), run to the end by `npm run simulate`.
 */
export function runWidget(spec: WidgetSpec, controls: WidgetControls = {}): WidgetReports {
  const values = { ...initialControlValues(spec), ...controls };
  const reports: Partial<Record<DeploymentMode, unknown>> = {};
  for (const mode of spec.modes) {
    const state = widgetLabState(spec, mode, values);
    reports[mode] = simulate(spec.preset, mode, asFlags(mode, state.values));
  }
  return reports;
}
