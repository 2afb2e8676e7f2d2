/**
 * Bad input, named: `field` is what the user set (a CLI flag, a URL key or a form label maps to
 * it) and the message says what is accepted. Thrown by validators, caught at the edges.
 */
export class ParamError extends Error {
  constructor(
    readonly field: string,
    readonly accepted: string,
    readonly got: unknown,
  ) {
    super(`${field} must be ${accepted}, got ${JSON.stringify(got) ?? String(got)}`);
    this.name = 'ParamError';
  }
}

/** A finite number in [min, max] (integer if asked), or a ParamError naming `field`. */
export function checkNumber(
  field: string,
  value: number,
  {
    min,
    max,
    integer = false,
    exclusiveMin = false,
  }: { min: number; max: number; integer?: boolean; exclusiveMin?: boolean },
): number {
  const ok =
    Number.isFinite(value) &&
    (exclusiveMin ? value > min : value >= min) &&
    value <= max &&
    (!integer || Number.isInteger(value));
  if (!ok) {
    const kind = integer ? 'an integer' : 'a number';
    const low = exclusiveMin ? `greater than ${min}` : `from ${min}`;
    throw new ParamError(
      field,
      `${kind} ${low}${exclusiveMin ? ' and at most' : ' to'} ${max}`,
      value,
    );
  }
  return value;
}
