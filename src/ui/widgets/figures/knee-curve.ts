import type { WidgetSpec } from '../../../lessons/widget-spec.ts';
import { readField } from '../../../lessons/widget-fields.ts';
import type { ParamValue } from '../../../modes/params/table.ts';
import { currentValue } from '../../../modes/run-state.ts';
import { parseDistribution } from '../../../sim/distribution-spec.ts';
import { createDistribution } from '../../../sim/distributions.ts';
import { mmcResponseQuantileMs } from '../../../sim/theory/mmc.ts';
import { widgetLabState } from '../widget-state.ts';

/**
 * The data of the queueing-knee figure (KneeFigure.svelte): the M/M/c curves of p50 and p99
 * time in system against utilisation, for the widget's model and replica counts, and the points
 * its finished runs measured. With exponential service and Poisson arrivals the widget's runs
 * are M/M/c queues, so the curve is their exact steady state (src/sim/theory/mmc.ts; REFERENCE.md,
 * "Queueing theory"): for one replica T ~ Exp(mu - lambda), so p = -ln(1 - q) S / (1 - rho).
 */

export interface KneeCurvePoint {
  /** rho = lambda S / c: the share of time each replica is busy. */
  utilization: number;
  p50Ms: number;
  p99Ms: number;
}

export interface KneeCurve {
  servers: number;
  points: KneeCurvePoint[];
}

/** One run, as the figure places it. */
export interface KneePoint {
  rate: number;
  servers: number;
  /** Measured: the share of time the replicas were busy. */
  utilization: number;
  p50Ms: number;
  p99Ms: number;
  /** lambda S / c >= 1: no steady state, the queue (and the p99) grows as long as the run lasts. */
  overloaded: boolean;
}

/**
 * Utilisations the curves are drawn at: every 2% up to 80%, then every 0.5% up to 99.5%, where
 * the curve bends and a coarse grid would cut the corner of the knee.
 */
export const KNEE_GRID: readonly number[] = [
  ...Array.from({ length: 40 }, (_, i) => (i + 1) * 0.02),
  ...Array.from({ length: 39 }, (_, i) => 0.8 + (i + 1) * 0.005),
];

/**
 * The utilisation the y axis is sized for: the curve of every fleet shown fits up to here, so
 * the axis does not stretch to the near-vertical end of the curve and flatten the knee away.
 */
export const KNEE_VIEW_UTILIZATION = 0.95;
/** Headroom above the highest value shown. */
const HEADROOM = 1.1;
/** A measured p99 more than this many times the view's top is drawn at the top, not scaled to. */
const CLIP_FACTOR = 3;

/** The mean service time of the widget's runs, ms (its `service` distribution's mean). */
export function kneeServiceMs(spec: WidgetSpec, controls: Readonly<Record<string, ParamValue>>) {
  const service = String(currentValue(widgetLabState(spec, 'online', controls), 'service'));
  return createDistribution(parseDistribution('service', service)).mean;
}

/** lambda = rho c / S, in requests per second (S in ms). */
export function rateAt(utilization: number, servers: number, serviceMs: number): number {
  return (utilization * servers * 1000) / serviceMs;
}

/** The M/M/c p-quantile of the time in system, ms, or null when lambda S / c >= 1. */
export function theoryQuantileMs(
  serviceMs: number,
  servers: number,
  ratePerS: number,
  p: number,
): number | null {
  return mmcResponseQuantileMs({ arrivalRatePerS: ratePerS, meanServiceMs: serviceMs, servers }, p);
}

/** The theory's p50 and p99 against utilisation, for `servers` replicas of `serviceMs`. */
export function kneeCurve(
  serviceMs: number,
  servers: number,
  grid: readonly number[] = KNEE_GRID,
): KneeCurve {
  const points: KneeCurvePoint[] = [];
  for (const utilization of grid) {
    const rate = rateAt(utilization, servers, serviceMs);
    const p50Ms = theoryQuantileMs(serviceMs, servers, rate, 0.5);
    const p99Ms = theoryQuantileMs(serviceMs, servers, rate, 0.99);
    if (p50Ms !== null && p99Ms !== null) points.push({ utilization, p50Ms, p99Ms });
  }
  return { servers, points };
}

/** The history's key: the knobs a run was made with. */
export function kneeKey(rate: number, servers: number): string {
  return `${rate}|${servers}`;
}

const finite = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * A run's point, from its report (`{...report, headline}`) and the knobs it ran with; null until
 * the report has a utilisation and both quantiles.
 */
export function measuredKneePoint(
  report: unknown,
  rate: number,
  servers: number,
  serviceMs: number,
): KneePoint | null {
  const utilization = finite(readField(report, 'headline.utilization'));
  const p50Ms = finite(readField(report, 'headline.eventToPredictionMs.p50'));
  const p99Ms = finite(readField(report, 'headline.eventToPredictionMs.p99'));
  if (utilization === null || p50Ms === null || p99Ms === null) return null;
  const overloaded = (rate * serviceMs) / (1000 * servers) >= 1;
  return { rate, servers, utilization, p50Ms, p99Ms, overloaded };
}

/**
 * The top of the y axis, ms: the theory's p99 at KNEE_VIEW_UTILIZATION for every fleet shown,
 * and every measured p99 not overloaded and not far above that, with some headroom.
 */
export function kneeYMax(
  serviceMs: number,
  servers: readonly number[],
  points: readonly KneePoint[],
): number {
  const view = servers.map(
    (c) =>
      theoryQuantileMs(serviceMs, c, rateAt(KNEE_VIEW_UTILIZATION, c, serviceMs), 0.99) ??
      serviceMs,
  );
  const base = Math.max(serviceMs, ...view);
  const measured = points
    .filter((p) => !p.overloaded && p.p99Ms <= CLIP_FACTOR * base)
    .map((p) => p.p99Ms);
  return HEADROOM * Math.max(base, ...measured);
}
