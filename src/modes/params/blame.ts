import type { ParamTable, ParamValue } from './table.ts';
import { textFromValue } from './text.ts';
import type { Refusal } from './validate.ts';

const UNIT_SUFFIX: Partial<Record<string, string>> = {
  ms: ' ms',
  s: ' s',
  perS: '/s',
  percent: '%',
};

/**
 * A broken rule is named after its first key; when the reader did not give that one but gave
 * another of the rule's keys (a link that sets `min-replicas=50` against the preset's maximum of
 * 10), the refusal is said from the given key's side: "must be compatible with <the named
 * parameter> (its value), which must be <the rule's words>". Null when the refusal already names
 * a given key, or the rule concerns none.
 */
export function blameGiven(
  table: ParamTable,
  refusal: Refusal,
  given: (key: string) => boolean,
  values: Readonly<Record<string, ParamValue>>,
): Refusal | null {
  if (given(refusal.key)) return null;
  const key = refusal.ruleKeys?.find(given);
  if (key === undefined || refusal.accepted.kind !== 'rule') return null;
  const named = table.find((s) => s.key === refusal.key);
  const label = named?.label ?? { en: refusal.key, es: refusal.key };
  const value = `${textFromValue(refusal.got as ParamValue)}${UNIT_SUFFIX[named?.unit ?? 'none'] ?? ''}`;
  const words = refusal.accepted.accepted;
  return {
    key,
    got: values[key],
    accepted: {
      kind: 'rule',
      accepted: {
        en: `compatible with ${label.en} (${value}), which must be ${words.en}`,
        es: `compatible con ${label.es} (${value}), que debe ser ${words.es}`,
      },
    },
  };
}
