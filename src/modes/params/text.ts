import type { ParamSpec, ParamValue } from './table.ts';
import { acceptedBy, type Refusal } from './validate.ts';

/**
 * A value as text and back, the same for a CLI flag, a `--set key=value`, a preset and the URL:
 * `none` for "no value" where an entry allows it, `on`/`off` for a switch (`true`/`false` too),
 * a list as comma-separated entries. Parsing only converts; ranges are checked by the table's
 * schema (params/validate.ts), so every path refuses a value with the same words.
 */
export const NONE = 'none';

export function valueFromText(
  spec: ParamSpec,
  text: string,
): { value: ParamValue } | { refusal: Refusal } {
  const refuse = () => ({ refusal: { key: spec.key, got: text, accepted: acceptedBy(spec) } });
  const allowsNone = spec.kind !== 'toggle' && (spec.kind === 'text' ? !spec.list : spec.optional);
  if (allowsNone && text === NONE) return { value: null };
  switch (spec.kind) {
    case 'number': {
      const n = text.trim() === '' ? Number.NaN : Number(text);
      return Number.isFinite(n) ? { value: n } : refuse();
    }
    case 'toggle':
      if (text === 'on' || text === 'true') return { value: true };
      if (text === 'off' || text === 'false') return { value: false };
      return refuse();
    case 'text':
      return { value: spec.list ? text.split(',').filter((entry) => entry !== '') : text };
    default:
      return { value: text };
  }
}

export function textFromValue(value: ParamValue): string {
  if (value === null) return NONE;
  if (value === true) return 'on';
  if (value === false) return 'off';
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

/** Two values are the same setting (lists compared entry by entry). */
export function sameParamValue(a: ParamValue | undefined, b: ParamValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((entry, i) => entry === b[i]);
  return a === b;
}
