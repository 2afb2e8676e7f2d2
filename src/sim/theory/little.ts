// Little's law. Units, sources and conventions: src/sim/theory.ts.
import { MS_PER_S, requireNonNegative } from './checks.ts';

/**
 * Little's law L = lambda W (REFERENCE.md "Queueing theory"; Kleinrock 1975, ch. 2): mean number
 * in a system from an arrival rate in requests per second and a mean time in milliseconds.
 */
export function littleL(arrivalRatePerS: number, meanTimeMs: number): number {
  requireNonNegative('arrivalRatePerS', arrivalRatePerS);
  requireNonNegative('meanTimeMs', meanTimeMs);
  return (arrivalRatePerS / MS_PER_S) * meanTimeMs;
}
