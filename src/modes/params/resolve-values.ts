import type { PresetName } from '../../model/case-names.ts';
import type { Mode } from '../mode.ts';
import { defaultValues, type ParamValue } from './table.ts';
import { checkValues, type Checked } from './validate.ts';

/**
 * A mode's complete values from lowest to highest priority: the table's defaults, the preset's,
 * then the user's (a `--set`, a flag, the URL, a lab control), checked against the table. The one
 * path every input takes, so each is refused with the same words.
 */
export function resolveValues(
  mode: Mode,
  preset: PresetName | null,
  overrides: Readonly<Record<string, ParamValue>>,
): Checked {
  const values: Record<string, ParamValue> = {
    ...defaultValues(mode.params),
    ...(preset === null ? {} : mode.presetValues(preset)),
  };
  for (const [key, value] of Object.entries(overrides)) values[key] = value;
  const checked = checkValues(mode.params, mode.rules, values);
  const refusal = checked.ok ? (mode.refuse?.(checked.values, preset) ?? null) : null;
  return refusal === null ? checked : { ok: false, refusal };
}
