// M/M/c/K. Units, sources and conventions: src/sim/theory.ts.
import {
  MS_PER_S,
  requireInteger,
  requireNonNegative,
  requirePositive,
  requireServers,
} from './checks.ts';

export interface MmckParams {
  arrivalRatePerS: number;
  meanServiceMs: number;
  servers: number;
  /** K: most requests in the system, in service plus waiting; K >= servers. */
  capacity: number;
}

export interface MmckResult {
  model: 'M/M/c/K';
  /** P_K: probability an arrival finds the system full and is turned away. */
  blockingProbability: number;
  /** lambda (1 - P_K), requests per second. */
  acceptedRatePerS: number;
  /** Accepted rate * S / c: mean fraction of time each server is busy. */
  utilization: number;
  meanInSystem: number;
  meanQueueLength: number;
  /** L / accepted rate (blocked requests never enter, so not L / lambda). */
  meanResponseMs: number;
  /** Lq / accepted rate. */
  meanWaitMs: number;
}

/**
 * M/M/c/K in steady state; always stable because the state space is finite, so any rho works.
 * P_n is proportional to a^n / n! for n <= c and to (a^c / c!) rho^(n-c) for c < n <= K
 * (REFERENCE.md "Queueing theory"; Kleinrock 1975, ch. 3, finite storage; Gross & Harris,
 * M/M/c/K). Equivalently w_0 = 1, w_n = w_{n-1} a / min(n, c); the weights are built in logs and
 * normalised against their maximum, so a^n and n! are never formed (c = 64, K = 1000 is fine).
 */
export function mmck(params: MmckParams): MmckResult {
  const { arrivalRatePerS, meanServiceMs, servers, capacity } = params;
  requireNonNegative('arrivalRatePerS', arrivalRatePerS);
  requirePositive('meanServiceMs', meanServiceMs);
  requireServers(servers);
  requireInteger('capacity', capacity, servers, `servers (${servers})`);
  const lambda = arrivalRatePerS / MS_PER_S;
  const a = lambda * meanServiceMs;

  if (a === 0) {
    // No arrivals: the system is always empty. Means are the lambda -> 0 limits (W -> S).
    return {
      model: 'M/M/c/K',
      blockingProbability: 0,
      acceptedRatePerS: 0,
      utilization: 0,
      meanInSystem: 0,
      meanQueueLength: 0,
      meanResponseMs: meanServiceMs,
      meanWaitMs: 0,
    };
  }

  const logA = Math.log(a);
  const logC = Math.log(servers);
  const logStep = (n: number): number => logA - (n <= servers ? Math.log(n) : logC);

  // Pass 1: the largest log weight, so every exp() below is at most 1 and the largest is exactly 1.
  let logW = 0;
  let maxLogW = 0;
  for (let n = 1; n <= capacity; n++) {
    logW += logStep(n);
    if (logW > maxLogW) maxLogW = logW;
  }

  // Pass 2: unnormalised sums of the weights and their moments.
  let total = 0;
  let notFull = 0; // sum over n < K, so 1 - P_K is computed without cancellation when P_K ~ 1
  let inSystem = 0;
  let waiting = 0;
  let wK = 0;
  logW = 0;
  for (let n = 0; n <= capacity; n++) {
    if (n > 0) logW += logStep(n);
    const w = Math.exp(logW - maxLogW);
    total += w;
    if (n < capacity) notFull += w;
    else wK = w;
    inSystem += n * w;
    if (n > servers) waiting += (n - servers) * w;
  }

  const blockingProbability = wK / total;
  const acceptedFraction = notFull / total;
  const acceptedPerMs = lambda * acceptedFraction;
  const meanInSystem = inSystem / total;
  const meanQueueLength = waiting / total;
  return {
    model: 'M/M/c/K',
    blockingProbability,
    acceptedRatePerS: arrivalRatePerS * acceptedFraction,
    utilization: (acceptedPerMs * meanServiceMs) / servers,
    meanInSystem,
    meanQueueLength,
    // Little's law over the accepted stream only.
    meanResponseMs: meanInSystem / acceptedPerMs,
    meanWaitMs: meanQueueLength / acceptedPerMs,
  };
}
