/**
 * Shared by the three simulations' `retune(next)`: which parameters a learner changed mid-run.
 *
 * Parameters are plain JSON-like data (numbers, strings, null, arrays and objects of them), so a
 * structural comparison is exact; key order does not matter, because a URL parser and a form may
 * build the same object in different orders.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && sameValue(ra[k], rb[k]));
}

/**
 * The fields of `next` that differ from `current`, in the order of `fields` (the key order of the
 * mode's defaults), so that the list a learner is shown is stable.
 */
export function changedFields<P extends object>(
  current: P,
  next: P,
  fields: ReadonlyArray<keyof P>,
): Array<keyof P> {
  return fields.filter((f) => !sameValue(current[f], next[f]));
}

/**
 * Applies the changed fields one by one and returns those that could not be applied mid-run, in
 * `fields` order. Fields are applied in `fields` order too, except those in `applyLast`, which
 * come after all the others in that list's order: they act at once (start replicas, start a
 * rebalance, dispatch a batch), so they must see every setting of `next` that shapes what they
 * start. For each field, `canApply(field)` decides without side effects (it may read the params
 * in force, which by then include the fields applied before it); then `apply(params, field)`
 * receives the params in force with that one field changed, installs them and carries the change
 * out, so that whatever it calls reads the new value.
 */
export function retuneFields<P extends object>(
  current: P,
  next: P,
  fields: ReadonlyArray<keyof P>,
  canApply: (field: keyof P) => boolean,
  apply: (params: P, field: keyof P) => void,
  applyLast: ReadonlyArray<keyof P> = [],
): string[] {
  const changed = changedFields(current, next, fields);
  const order = [
    ...changed.filter((f) => !applyLast.includes(f)),
    ...applyLast.filter((f) => changed.includes(f)),
  ];
  const refused = new Set<keyof P>();
  let params = current;
  for (const field of order) {
    if (!canApply(field)) {
      refused.add(field);
      continue;
    }
    params = { ...params, [field]: next[field] };
    apply(params, field);
  }
  return changed.filter((f) => refused.has(f)).map(String);
}
