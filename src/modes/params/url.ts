import {
  defaultValues,
  specOfFlag,
  type ParamRule,
  type ParamTable,
  type ParamValue,
} from './table.ts';
import { sameParamValue, textFromValue, valueFromText } from './text.ts';
import { checkValues, type Refusal } from './validate.ts';
import { blameGiven } from './blame.ts';

/**
 * A mode's values in an address's query and back, derived from its table (TensorFlow Playground
 * keeps its state in the URL the same way): each entry's URL key is its flag, values are written
 * as text (params/text.ts). Reading never throws: a key no entry has, or a value the table's
 * schema refuses, is dropped with a notice naming it, and everything valid is kept.
 */
export const MAX_QUERY_VALUE = 500;

export type QueryNotice =
  { kind: 'unknown-parameter'; flag: string } | { kind: 'refused'; refusal: Refusal };

/**
 * The values the query sets (keyed by the table's keys), on top of `base` (the defaults and the
 * preset's), each kept only if the whole checks. `skip` lists query keys that are not parameters
 * (the preset).
 */
export function valuesFromQuery(
  table: ParamTable,
  rules: readonly ParamRule[],
  base: Readonly<Record<string, ParamValue>>,
  query: Iterable<[string, string]>,
  skip: readonly string[] = [],
  /** A check beyond the rules (Mode.refuse), with the preset bound. */
  refuse: (values: Readonly<Record<string, ParamValue>>) => Refusal | null = () => null,
): { values: Record<string, ParamValue>; notices: QueryNotice[] } {
  const notices: QueryNotice[] = [];
  const set: Record<string, ParamValue> = {};
  for (const [flag, raw] of query) {
    if (skip.includes(flag)) continue;
    const spec = specOfFlag(table, flag);
    if (spec === undefined || !spec.url) {
      notices.push({ kind: 'unknown-parameter', flag: flag.slice(0, 80) });
      continue;
    }
    const parsed = valueFromText(spec, raw.slice(0, MAX_QUERY_VALUE + 1));
    if ('refusal' in parsed) notices.push({ kind: 'refused', refusal: parsed.refusal });
    // A value equal to the base's is no change: the address names only what was changed.
    else if (!sameParamValue(parsed.value, base[spec.key] ?? spec.default))
      set[spec.key] = parsed.value;
  }
  // Check the whole; drop each refused key in turn, so one bad value never costs the others.
  for (;;) {
    const checked = checkValues(table, rules, { ...defaultValues(table), ...base, ...set });
    const refusal = checked.ok ? refuse(checked.values) : checked.refusal;
    if (refusal === null) break;
    if (refusal.key in set) {
      notices.push({ kind: 'refused', refusal: { ...refusal, got: set[refusal.key] } });
      delete set[refusal.key];
      continue;
    }
    // A rule between a value the query left alone and one it set: the one it set goes.
    const blamed = blameGiven(table, refusal, (key) => key in set, set);
    if (blamed === null) break;
    notices.push({ kind: 'refused', refusal: blamed });
    delete set[blamed.key];
  }
  return { values: set, notices };
}

/** The query for `values` (only those that differ from `base`), in the table's order. */
export function queryFromValues(
  table: ParamTable,
  values: Readonly<Record<string, ParamValue>>,
  base: Readonly<Record<string, ParamValue>>,
): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const spec of table) {
    if (!spec.url || !(spec.key in values)) continue;
    if (sameParamValue(values[spec.key], base[spec.key])) continue;
    out.push([spec.flag, textFromValue(values[spec.key])]);
  }
  return out;
}
