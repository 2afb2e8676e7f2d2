import { describe, expect, it } from 'vitest';
import {
  KNEE_GRID,
  KNEE_VIEW_UTILIZATION,
  kneeCurve,
  kneeKey,
  kneeServiceMs,
  kneeYMax,
  measuredKneePoint,
  rateAt,
  theoryQuantileMs,
  type KneePoint,
} from '../../../src/ui/widgets/figures/knee-curve.ts';
import { WIDGETS } from '../../../src/lessons/widgets.ts';
import { initialControlValues } from '../../../src/ui/widgets/widget-state.ts';

const S = 20;

describe('the knee curve against closed forms', () => {
  // M/M/1: the time in system is exponential with rate mu - lambda, so its q-quantile is
  // -ln(1 - q) S / (1 - rho) (REFERENCE.md; Kleinrock 1975, M/M/1 response time).
  it.each([0.1, 0.5, 0.8, 0.95, 0.99])('one replica at %s busy', (rho) => {
    const [point] = kneeCurve(S, 1, [rho]).points;
    const w = S / (1 - rho);
    expect(point.utilization).toBe(rho);
    // The quantiles are found by bisection to a relative 1e-9 (mmc.ts).
    expect(point.p50Ms / (Math.log(2) * w)).toBeCloseTo(1, 8);
    expect(point.p99Ms / (Math.log(100) * w)).toBeCloseTo(1, 8);
  });

  // M/M/2, by hand: Erlang C = 2 rho^2 / (1 + rho), theta = 2 mu - lambda, and
  // P(T > t) = e^{-mu t} + C mu (e^{-mu t} - e^{-theta t}) / (theta - mu) (Gross & Harris, M/M/c
  // total time), so at the curve's p99 the survival must be 1%, at its p50 one half.
  it.each([0.3, 0.7, 0.9])('two replicas at %s busy', (rho) => {
    const mu = 1 / S;
    const lambda = 2 * rho * mu;
    const c = (2 * rho * rho) / (1 + rho);
    const theta = 2 * mu - lambda;
    const survival = (t: number) =>
      Math.exp(-mu * t) + (c * mu * (Math.exp(-mu * t) - Math.exp(-theta * t))) / (theta - mu);
    const [point] = kneeCurve(S, 2, [rho]).points;
    expect(survival(point.p99Ms)).toBeCloseTo(0.01, 8);
    expect(survival(point.p50Ms)).toBeCloseTo(0.5, 8);
  });

  it('rises with the load, and bends: the last fifth of the range costs more than the rest', () => {
    const { points } = kneeCurve(S, 4);
    for (let i = 1; i < points.length; i++)
      expect(points[i].p99Ms).toBeGreaterThan(points[i - 1].p99Ms);
    const at = (rho: number) => points.find((p) => Math.abs(p.utilization - rho) < 1e-9)!.p99Ms;
    expect(at(0.96) - at(0.8)).toBeGreaterThan(at(0.8) - at(0.02));
  });

  it('stops short of a full load, where there is no steady state', () => {
    expect(KNEE_GRID.every((rho) => rho > 0 && rho < 1)).toBe(true);
    expect(kneeCurve(S, 3).points).toHaveLength(KNEE_GRID.length);
    expect(theoryQuantileMs(S, 4, 200, 0.99)).toBeNull();
  });

  it('turns a utilisation into an arrival rate: lambda = rho c / S', () => {
    expect(rateAt(0.95, 4, 20)).toBeCloseTo(190, 9);
    expect(rateAt(0.5, 1, 10)).toBeCloseTo(50, 9);
  });
});

describe('the widget and its runs', () => {
  const spec = WIDGETS['queueing-knee'];

  it("reads the widget's own model: 20 ms a request", () => {
    expect(kneeServiceMs(spec, initialControlValues(spec))).toBe(20);
  });

  it('places a run from its headline, and knows an overloaded one', () => {
    const report = {
      headline: { utilization: 0.8, eventToPredictionMs: { p50: 27, p99: 138 } },
    };
    expect(measuredKneePoint(report, 160, 4, S)).toEqual({
      rate: 160,
      servers: 4,
      utilization: 0.8,
      p50Ms: 27,
      p99Ms: 138,
      overloaded: false,
    });
    expect(measuredKneePoint(report, 400, 8, S)?.overloaded).toBe(true);
    expect(measuredKneePoint({ headline: { utilization: 0.5 } }, 100, 4, S)).toBeNull();
    expect(measuredKneePoint(null, 100, 4, S)).toBeNull();
  });

  it('keys runs by their knobs', () => {
    expect(kneeKey(190, 4)).not.toBe(kneeKey(190, 5));
    expect(kneeKey(190, 4)).toBe(kneeKey(190, 4));
  });

  it("sizes the y axis to the theory at the view's load, and to measured points near it", () => {
    const view = theoryQuantileMs(S, 4, rateAt(KNEE_VIEW_UTILIZATION, 4, S), 0.99)!;
    expect(kneeYMax(S, [4], [])).toBeCloseTo(1.1 * view, 9);
    const point = (p99Ms: number, overloaded = false): KneePoint => ({
      rate: 190,
      servers: 4,
      utilization: 0.95,
      p50Ms: 80,
      p99Ms,
      overloaded,
    });
    expect(kneeYMax(S, [4], [point(1.5 * view)])).toBeCloseTo(1.65 * view, 9);
    // Far above the view, or overloaded: drawn on the top edge, not scaled to.
    expect(kneeYMax(S, [4], [point(100 * view)])).toBeCloseTo(1.1 * view, 9);
    expect(kneeYMax(S, [4], [point(2 * view, true)])).toBeCloseTo(1.1 * view, 9);
    // One replica's curve is the highest at the same load: it sets the axis.
    const one = theoryQuantileMs(S, 1, rateAt(KNEE_VIEW_UTILIZATION, 1, S), 0.99)!;
    expect(kneeYMax(S, [1, 4], [])).toBeCloseTo(1.1 * one, 9);
    expect(one / ((Math.log(100) * S) / (1 - KNEE_VIEW_UTILIZATION))).toBeCloseTo(1, 8);
  });
});
