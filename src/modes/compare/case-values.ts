import type { PresetName } from '../../model/case-names.ts';
import { BATCH_MODE } from '../batch/mode.ts';
import type { Mode } from '../mode.ts';
import type { DeploymentMode } from '../mode-names.ts';
import { ONLINE_MODE } from '../online/mode.ts';
import { isInForce, specOf, type ParamValue } from '../params/table.ts';
import { ParamRefusal, type Checked } from '../params/validate.ts';
import { resolveValues } from '../params/resolve-values.ts';
import { STREAMING_MODE } from '../streaming/mode.ts';

/** The three modes compare runs, in the deck's order. */
export const COMPARED: Readonly<Record<DeploymentMode, Mode>> = {
  batch: BATCH_MODE,
  online: ONLINE_MODE,
  streaming: STREAMING_MODE,
};

type Values = Readonly<Record<string, ParamValue>>;

/**
 * One mode's values for compare's case: its own defaults and the preset's settings, then every
 * compare value whose key the mode has (the case, the workload, the model, its schedule). A fleet
 * compare leaves at none stays as the preset has it, to be sized. Refused values throw.
 */
export function caseValues(
  mode: DeploymentMode,
  compare: Values,
  preset: PresetName | null,
): Values {
  const checked = checkCaseValues(mode, compare, preset);
  if (!checked.ok) throw new ParamRefusal(checked.refusal);
  return checked.values;
}

/** `caseValues` checked, without throwing: the mode's own table and rules may refuse them. */
export function checkCaseValues(
  mode: DeploymentMode,
  compare: Values,
  preset: PresetName | null,
): Checked {
  const target = COMPARED[mode];
  const overrides: Record<string, ParamValue> = {};
  for (const [key, value] of Object.entries(compare)) {
    if (specOf(target.params, key) === undefined) continue;
    if (value === null && FLEET_KEYS.includes(key)) continue;
    overrides[key] = value;
  }
  return resolveValues(target, preset, overrides);
}

const FLEET_KEYS = ['workers', 'servers', 'consumers'];

/**
 * The parameter that sizes a mode's fleet and its largest value: the batch cluster's workers, the
 * online replicas (the autoscaler's ceiling when it scales), the consumers (no more than the
 * partitions: a consumer beyond them sits idle).
 */
export function fleetOf(
  mode: DeploymentMode,
  values: Values,
): { key: string; max: number; compareKey: string } {
  if (mode === 'batch') return { key: 'workers', max: 256, compareKey: 'workers' };
  if (mode === 'streaming')
    return { key: 'consumers', max: values.partitions as number, compareKey: 'consumers' };
  const autoscaled = isInForce(
    COMPARED.online.params,
    specOf(COMPARED.online.params, 'maxReplicas')!,
    values,
  );
  return autoscaled
    ? { key: 'maxReplicas', max: 100, compareKey: 'servers' }
    : { key: 'servers', max: 64, compareKey: 'servers' };
}
