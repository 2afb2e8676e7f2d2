/**
 * A number as a field shows it: whole numbers as they are, others to six significant digits. A
 * preset's derived rate (20,000 rows a day is 0.2314814814814815 lookups a second) or a slider's
 * logarithmic step would otherwise fill the field with digits nobody can read; the state keeps
 * the exact value until the learner types another.
 */
export function fieldNumber(value: number): number {
  return Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toPrecision(6));
}
