import { batchCostMeta, batchCostOf } from '../model/inference/batch-cost.ts';
import type { PresetName } from '../model/case-names.ts';
import type { DeploymentMode } from './mode-names.ts';
import type { ParamTable, ParamValue } from './params/table.ts';
import type { Cited, Preset } from './preset-types.ts';
import { PRESETS } from './presets.ts';

/**
 * A preset in one mode's terms: the case and workload entries the mode has, its own settings,
 * and the model's measured t(b) = a + c b as the mode's inference time: c per item (with the
 * measurement's call-to-call spread) and a per model call. Streaming's per-micro-batch cost is the
 * framework's (the preset's) plus the model call's a.
 */
export function presetCited(
  preset: Preset,
  mode: DeploymentMode,
  table: ParamTable,
): Record<string, Cited> {
  const keys = new Set(table.map((s) => s.key));
  const cited: Record<string, Cited> = {};
  for (const [key, entry] of Object.entries(preset.shared)) if (keys.has(key)) cited[key] = entry;
  Object.assign(cited, preset[mode]);
  const cost = batchCostOf(preset.model);
  const measured = (value: ParamValue, what: string): Cited => ({
    value,
    source: {
      from: 'measured',
      note: `${what} of ${preset.model}, measured by npm run models:cost on ${batchCostMeta.backend.name} (${batchCostMeta.machine.cpu}, ${batchCostMeta.measuredAt.slice(0, 10)})`,
    },
  });
  const perItem = roundTo(cost.perItemMs, 4);
  const spread = roundTo(Math.max(cost.robustCv.at1024, 0.01), 2);
  cited.service = measured(
    `lognormal:${perItem}:${spread}`,
    'c, the time per item in t(b) = a + c b,',
  );
  const a = roundTo(cost.overheadMs, 4);
  if (mode === 'streaming') {
    const framework = preset.streaming.batchOverheadMs?.value as number;
    cited.batchOverheadMs = {
      value: roundTo(framework + a, 4),
      source: {
        from: 'assumed',
        note: `${framework} ms of framework per micro-batch (assumed) plus a = ${a} ms, the model call (measured)`,
      },
    };
  } else {
    cited.batchOverheadMs = measured(a, 'a, the fixed cost of one model call,');
  }
  return cited;
}

/** Four significant digits: enough for a measurement, short in a URL or a table. */
function roundTo(x: number, digits: number): number {
  return Number(x.toPrecision(digits));
}

export function presetValues(
  name: PresetName,
  mode: DeploymentMode,
  table: ParamTable,
): Record<string, ParamValue> {
  const cited = presetCited(PRESETS[name], mode, table);
  return Object.fromEntries(Object.entries(cited).map(([key, entry]) => [key, entry.value]));
}
