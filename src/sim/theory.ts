// Steady-state queueing formulas for FCFS queues with Poisson arrivals, so the UI and the CLI can
// show theory beside simulation. Pure: no imports, no DOM.
//
// Units: arrival rates in requests per second (`...PerS`), times in milliseconds (`...Ms`);
// conversion to per-millisecond rates happens inside. Queue lengths are counts of requests.
//
// Sources: L. Kleinrock, Queueing Systems Vol. 1: Theory (1975), ch. 3 (birth-death systems:
// M/M/1, M/M/m, M/M/m/m, finite-capacity queues) and ch. 5 (M/G/1); D. Gross & C. M. Harris,
// Fundamentals of Queueing Theory (M/M/c waiting-time distribution, M/M/c/K, Erlang loss);
// /work/shared/REFERENCE.md, section "Queueing theory".
//
// Results are plain data (numbers and strings only) so they survive JSON and structured clone
// (postMessage to and from the worker). Quantiles and tail probabilities at arbitrary points are
// separate exported functions rather than methods on the result.

const MS_PER_S = 1000;

// ---------------------------------------------------------------------------------------------
// Input validation: every message names the field, the accepted range and the value received.

function requireNonNegative(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number >= 0, got ${value}`);
  }
}

function requirePositive(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a finite number > 0, got ${value}`);
  }
}

function requireInteger(name: string, value: number, min: number, minLabel: string): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer >= ${minLabel}, got ${value}`);
  }
}

function requireServers(servers: number): void {
  requireInteger('servers', servers, 1, '1');
}

function requireProbability(p: number): void {
  if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p >= 1) {
    throw new RangeError(`p must be a number in [0, 1), got ${p}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Erlang B and Erlang C

/**
 * Erlang B: blocking probability of an M/M/c/c loss system offered `offeredLoad` = lambda S
 * erlangs. Stable recurrence B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1)), which never forms a^c
 * or c! and stays in [0, 1] (REFERENCE.md "Queueing theory"; Kleinrock 1975, ch. 3, M/M/m/m;
 * Gross & Harris, Erlang loss formula).
 */
export function erlangB(servers: number, offeredLoad: number): number {
  requireServers(servers);
  requireNonNegative('offeredLoad', offeredLoad);
  let b = 1;
  for (let k = 1; k <= servers; k++) {
    const ab = offeredLoad * b;
    b = ab / (k + ab);
  }
  return b;
}

/**
 * Erlang C: probability that an arrival to an M/M/c queue has to wait, from Erlang B:
 * C = B / (1 - rho (1 - B)), rho = a / c (REFERENCE.md "Queueing theory"; Kleinrock 1975, ch. 3,
 * M/M/m). Without a steady state (rho >= 1) every arrival eventually waits: returns 1.
 */
export function erlangC(servers: number, offeredLoad: number): number {
  const b = erlangB(servers, offeredLoad);
  const rho = offeredLoad / servers;
  if (rho >= 1) return 1;
  return b / (1 - rho * (1 - b));
}

// ---------------------------------------------------------------------------------------------
// M/M/c

export interface MmcParams {
  arrivalRatePerS: number;
  meanServiceMs: number;
  servers: number;
}

/** Quantiles and mean of a time, in milliseconds. */
export interface TimeSummaryMs {
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  mean: number;
}

export interface MmcResult {
  model: 'M/M/c';
  /** rho = lambda S / c, the mean fraction of time each server is busy. */
  utilization: number;
  /** Erlang C: probability an arrival waits at all. */
  waitProbability: number;
  meanWaitMs: number;
  meanResponseMs: number;
  /** Lq: mean number waiting (not in service). */
  meanQueueLength: number;
  /** L: mean number in the system (waiting plus in service). */
  meanInSystem: number;
  /** Time in queue before service starts. */
  waitMs: TimeSummaryMs;
  /** Time in system: wait plus service. */
  responseMs: TimeSummaryMs;
}

/** A stable M/M/c queue in internal units: rates per millisecond, times in milliseconds. */
interface MmcCore {
  meanServiceMs: number;
  lambda: number;
  mu: number;
  rho: number;
  /** Erlang C, P(wait > 0). */
  c: number;
  /** theta = c mu - lambda, the decay rate of the waiting-time tail. */
  theta: number;
}

function mmcCore(params: MmcParams): MmcCore | null {
  const { arrivalRatePerS, meanServiceMs, servers } = params;
  requireNonNegative('arrivalRatePerS', arrivalRatePerS);
  requirePositive('meanServiceMs', meanServiceMs);
  requireServers(servers);
  const lambda = arrivalRatePerS / MS_PER_S;
  const mu = 1 / meanServiceMs;
  const a = lambda * meanServiceMs;
  const rho = a / servers;
  if (rho >= 1) return null;
  const c = erlangC(servers, a);
  const theta = servers * mu - lambda;
  return { meanServiceMs, lambda, mu, rho, c, theta };
}

/** (1 - e^-x) / x for x >= 0, equal to 1 at x = 0; expm1 keeps it accurate for small x. */
function oneMinusExpOverX(x: number): number {
  return x === 0 ? 1 : -Math.expm1(-x) / x;
}

/** P(Wq > t) = C exp(-(c mu - lambda) t) (REFERENCE.md; Gross & Harris, M/M/c waiting time). */
function waitSurvival(core: MmcCore, tMs: number): number {
  if (tMs <= 0) return 1;
  return core.c * Math.exp(-core.theta * tMs);
}

/*
 * Time in system T = Wq + S, S ~ Exp(mu) independent of Wq; Wq is 0 with probability 1 - C and
 * Exp(theta) otherwise, theta = c mu - lambda (Gross & Harris, M/M/c total-time distribution):
 *   P(T > t) = (1 - C) e^{-mu t} + C P(E_theta + E_mu > t), where
 *   P(E_theta + E_mu > t) = (theta e^{-mu t} - mu e^{-theta t}) / (theta - mu), theta != mu,
 *                         = (1 + mu t) e^{-mu t},                                theta = mu.
 * Collecting terms gives the equivalent forms used below,
 *   P(T > t)  = e^{-mu t} + C mu D(t),
 *   P(T <= t) = (1 - e^{-mu t}) - C mu D(t),   D(t) = (e^{-mu t} - e^{-theta t}) / (theta - mu),
 * and with lo = min(theta, mu), d = |theta - mu|, D(t) = t e^{-lo t} (1 - e^{-d t}) / (d t).
 * That form has no cancellation as theta -> mu, equals t e^{-mu t} at theta = mu exactly (which
 * reproduces the equal-rate case above), and never overflows. The survival is a sum of positive
 * terms; the CDF is accurate at small t, where 1 - P(T > t) would round to nothing.
 */
function mixedTerm(core: MmcCore, tMs: number): number {
  const decay = Math.exp(-Math.min(core.theta, core.mu) * tMs);
  // Past underflow the term is 0; returning early also avoids 0 * Infinity at huge t.
  if (decay === 0) return 0;
  return tMs * decay * oneMinusExpOverX(Math.abs(core.theta - core.mu) * tMs);
}

function responseSurvival(core: MmcCore, tMs: number): number {
  if (tMs <= 0) return 1;
  return Math.exp(-core.mu * tMs) + core.c * core.mu * mixedTerm(core, tMs);
}

function responseCdf(core: MmcCore, tMs: number): number {
  if (tMs <= 0) return 0;
  return Math.max(0, -Math.expm1(-core.mu * tMs) - core.c * core.mu * mixedTerm(core, tMs));
}

function waitQuantile(core: MmcCore, p: number): number {
  // Inverse of P(Wq > t) = C e^{-theta t}; the atom at 0 has mass 1 - C, so quantiles with
  // p <= 1 - C are 0.
  const tail = 1 - p;
  if (core.c <= tail) return 0;
  return Math.log(core.c / tail) / core.theta;
}

const RELATIVE_TOLERANCE = 1e-9;
// Enough halvings to go from the largest double to the smallest, and doublings to overflow.
const MAX_BISECTIONS = 2200;
const MAX_DOUBLINGS = 2200;

function responseQuantile(core: MmcCore, p: number): number {
  if (p === 0) return 0;
  // The quantile lies above t exactly when P(T <= t) < p. Below the median compare the CDF with p
  // (1 - p would round small p away); above it compare the survival with 1 - p, which is exact
  // there and keeps the far tail accurate.
  const quantileAbove =
    p < 0.5
      ? (t: number) => responseCdf(core, t) < p
      : (t: number) => responseSurvival(core, t) > 1 - p;
  // The distribution is continuous and strictly increasing from 0 at t = 0, so a bracket always
  // exists: start from the mean, double until it lies above the quantile, then bisect.
  // Both loops are capped, so even a non-finite intermediate cannot make them spin.
  let lo = 0;
  let hi = core.meanServiceMs + core.c / core.theta;
  for (let i = 0; i < MAX_DOUBLINGS && quantileAbove(hi); i++) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < MAX_BISECTIONS && hi - lo > RELATIVE_TOLERANCE * hi; i++) {
    const mid = lo + (hi - lo) / 2;
    if (quantileAbove(mid)) lo = mid;
    else hi = mid;
  }
  return lo + (hi - lo) / 2;
}

function summary(quantile: (p: number) => number, mean: number): TimeSummaryMs {
  return {
    p50: quantile(0.5),
    p90: quantile(0.9),
    p95: quantile(0.95),
    p99: quantile(0.99),
    mean,
  };
}

/**
 * M/M/c in steady state, or null when unstable (rho = lambda S / c >= 1).
 * Wq = C / (c mu - lambda), W = Wq + S, Lq = lambda Wq, L = lambda W (REFERENCE.md "Queueing
 * theory"; Kleinrock 1975, ch. 3, M/M/m; Little's law). For c = 1, C = rho and T ~ Exp(mu - lambda),
 * so p99 = ln(100) W.
 */
export function mmc(params: MmcParams): MmcResult | null {
  const core = mmcCore(params);
  if (core === null) return null;
  const meanWaitMs = core.c / core.theta;
  const meanResponseMs = meanWaitMs + core.meanServiceMs;
  return {
    model: 'M/M/c',
    utilization: core.rho,
    waitProbability: core.c,
    meanWaitMs,
    meanResponseMs,
    meanQueueLength: core.lambda * meanWaitMs,
    meanInSystem: core.lambda * meanResponseMs,
    waitMs: summary((p) => waitQuantile(core, p), meanWaitMs),
    responseMs: summary((p) => responseQuantile(core, p), meanResponseMs),
  };
}

/** p-quantile (p in [0, 1)) of the M/M/c time in queue, in ms; null when unstable. */
export function mmcWaitQuantileMs(params: MmcParams, p: number): number | null {
  const core = mmcCore(params);
  requireProbability(p);
  return core === null ? null : waitQuantile(core, p);
}

/**
 * p-quantile (p in [0, 1)) of the M/M/c time in system, in ms, by bisection to relative 1e-9;
 * null when unstable.
 */
export function mmcResponseQuantileMs(params: MmcParams, p: number): number | null {
  const core = mmcCore(params);
  requireProbability(p);
  return core === null ? null : responseQuantile(core, p);
}

/** P(time in queue > tMs) for M/M/c; null when unstable. */
export function mmcWaitTailProbability(params: MmcParams, tMs: number): number | null {
  const core = mmcCore(params);
  requireNonNegative('tMs', tMs);
  return core === null ? null : waitSurvival(core, tMs);
}

/** P(time in system > tMs) for M/M/c, e.g. the share of requests missing a latency SLO. */
export function mmcResponseTailProbability(params: MmcParams, tMs: number): number | null {
  const core = mmcCore(params);
  requireNonNegative('tMs', tMs);
  return core === null ? null : responseSurvival(core, tMs);
}

// ---------------------------------------------------------------------------------------------
// M/G/1 and M/D/1

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

// ---------------------------------------------------------------------------------------------
// M/M/c/K

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

// ---------------------------------------------------------------------------------------------
// Little's law

/**
 * Little's law L = lambda W (REFERENCE.md "Queueing theory"; Kleinrock 1975, ch. 2): mean number
 * in a system from an arrival rate in requests per second and a mean time in milliseconds.
 */
export function littleL(arrivalRatePerS: number, meanTimeMs: number): number {
  requireNonNegative('arrivalRatePerS', arrivalRatePerS);
  requireNonNegative('meanTimeMs', meanTimeMs);
  return (arrivalRatePerS / MS_PER_S) * meanTimeMs;
}
