import { defineMode } from '../mode.ts';
import { PRESETS } from '../presets.ts';
import { COMPARE_PARAMS } from './params.ts';
import { CompareLive, type CompareView } from './live.ts';
import { formatCompareReport } from './report-text.ts';
import { simulateCompare, type CompareReport } from './simulation.ts';
import { checkCaseValues, COMPARED } from './case-values.ts';
import { DEPLOYMENT_MODES } from '../mode-names.ts';
import type { PresetName } from '../../model/case-names.ts';
import type { ParamValue } from '../params/table.ts';

/**
 * What a preset sets in compare: every compare key the preset gives any mode (the case and the
 * workload are shared, the schedule and trigger are batch's and streaming's own). Fleets are
 * left to sizing.
 */
function comparePresetValues(preset: PresetName): Record<string, ParamValue> {
  const values: Record<string, ParamValue> = {};
  for (const spec of COMPARE_PARAMS) {
    if (['workers', 'servers', 'consumers'].includes(spec.key)) continue;
    for (const mode of Object.values(COMPARED)) {
      const given = mode.presetValues(preset);
      if (spec.key in given) {
        values[spec.key] = given[spec.key];
        break;
      }
    }
  }
  return values;
}

export const COMPARE_MODE = defineMode<CompareReport, CompareView>({
  id: 'compare',
  title: { en: 'Compare the three', es: 'Comparar los tres' },
  summary:
    'one case through batch, online and streaming, each on the fewest machines that meet its target',
  params: COMPARE_PARAMS,
  rules: [],
  // Compare's values go to each mode: the first mode that refuses them names why.
  refuse: (values, preset) => {
    for (const mode of DEPLOYMENT_MODES) {
      const checked = checkCaseValues(mode, values, preset);
      if (!checked.ok) return checked.refusal;
    }
    return null;
  },
  presetValues: comparePresetValues,
  simulate: (values, options) =>
    simulateCompare(values, options, options.preset === null ? null : PRESETS[options.preset].home),
  // Each mode's own theory is in its column's report.
  theory: () => null,
  formatReport: formatCompareReport,
  live: (values, preset) => new CompareLive(values, preset),
});
