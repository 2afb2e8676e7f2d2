// M/G/1 and M/D/1. Units, sources and conventions: src/sim/theory.ts.
import { MS_PER_S, requireNonNegative, requirePositive } from './checks.ts';

export interface Mg1Params {
  arrivalRatePerS: number;
  meanServiceMs: number;
  /** Squared coefficient of variation of service time, Var(S) / S^2: 0 deterministic, 1 exponential. */
  serviceCv2: number;
}

export interface Mg1Result {
  /** 'M/D/1' when built by `md1`. */
  model: 'M/G/1' | 'M/D/1';
  utilization: number;
  meanWaitMs: number;
  meanResponseMs: number;
  meanQueueLength: number;
  meanInSystem: number;
}

function mg1Means(params: Mg1Params, model: Mg1Result['model']): Mg1Result | null {
  const { arrivalRatePerS, meanServiceMs, serviceCv2 } = params;
  requireNonNegative('arrivalRatePerS', arrivalRatePerS);
  requirePositive('meanServiceMs', meanServiceMs);
  requireNonNegative('serviceCv2', serviceCv2);
  const lambda = arrivalRatePerS / MS_PER_S;
  const rho = lambda * meanServiceMs;
  if (rho >= 1) return null;
  // Pollaczek-Khinchine mean value formula: Wq = rho S (1 + cs^2) / (2 (1 - rho))
  // (REFERENCE.md "Queueing theory"; Kleinrock 1975, ch. 5).
  const meanWaitMs = (rho * meanServiceMs * (1 + serviceCv2)) / (2 * (1 - rho));
  const meanResponseMs = meanWaitMs + meanServiceMs;
  return {
    model,
    utilization: rho,
    meanWaitMs,
    meanResponseMs,
    // Little's law applied to the queue and to the whole system.
    meanQueueLength: lambda * meanWaitMs,
    meanInSystem: lambda * meanResponseMs,
  };
}

/** M/G/1 means by Pollaczek-Khinchine; null when unstable (rho = lambda S >= 1). */
export function mg1(params: Mg1Params): Mg1Result | null {
  return mg1Means(params, 'M/G/1');
}

/** M/D/1: M/G/1 with deterministic service, cs^2 = 0 (REFERENCE.md "Queueing theory"). */
export function md1(params: { arrivalRatePerS: number; meanServiceMs: number }): Mg1Result | null {
  return mg1Means({ ...params, serviceCv2: 0 }, 'M/D/1');
}
