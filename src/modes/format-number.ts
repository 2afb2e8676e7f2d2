/** Number formatting shared by the readable reports. */

/** A count with thousands separators: 1,000,000. */
export const count = (n: number): string => n.toLocaleString('en-US');

/** `digits` significant digits (3 by default): enough to compare simulation with theory at a glance. */
export function num(n: number | null | undefined, digits = 3): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '-';
  if (n === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(n)));
  return n.toFixed(Math.max(0, digits - 1 - magnitude));
}

/** A share as a percentage with `decimals` decimals: 0.8 gives "80.00 %". */
export const percent = (x: number | null | undefined, decimals = 2): string =>
  x === null || x === undefined || Number.isNaN(x) ? '-' : `${(x * 100).toFixed(decimals)} %`;
