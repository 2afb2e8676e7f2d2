// M/M/c: means, quantiles and tail probabilities. Units, sources and conventions:
// src/sim/theory.ts.
import {
  MS_PER_S,
  requireNonNegative,
  requirePositive,
  requireProbability,
  requireServers,
} from './checks.ts';
import { erlangC } from './erlang.ts';

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
