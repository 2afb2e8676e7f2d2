import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  erlangB,
  erlangC,
  littleL,
  md1,
  mg1,
  mmc,
  mmck,
  mmcResponseQuantileMs,
  mmcResponseTailProbability,
  mmcWaitQuantileMs,
  mmcWaitTailProbability,
  type MmcParams,
} from '../../../src/sim/theory.ts';

// Tolerances. Closed forms evaluated two different ways in double precision agree to ~1e-13
// relative; CLOSED_FORM leaves room for the error of a few hundred floating-point operations.
const CLOSED_FORM = 1e-10;
// The response-time quantile is a bisection stopped at relative width 1e-9, so its answer is
// within 1e-9 relative of the root; comparisons against it use a little more than that.
const BISECTION = 3e-9;
// Composite Simpson on each of two nested integrals with steps h of at most 1/20 of the fastest
// rate's mean: its error is h^4 / 180 times the integral of the fourth derivative, which for these
// exponential densities is at most rate^4, so about (1/20)^4 / 180 ~ 3.5e-8 per integral.
const QUADRATURE = 1e-7;

function relClose(actual: number, expected: number, rel: number): void {
  expect(Number.isFinite(actual)).toBe(true);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

function must<T>(value: T | null): T {
  expect(value).not.toBeNull();
  return value as T;
}

// Independent references: the textbook summation formulas with explicit powers and factorials
// (fine for c <= 20, where a^c and c! are far from overflow).
function factorial(n: number): number {
  let f = 1;
  for (let k = 2; k <= n; k++) f *= k;
  return f;
}

function erlangBDirect(c: number, a: number): number {
  let sum = 0;
  for (let k = 0; k <= c; k++) sum += a ** k / factorial(k);
  return a ** c / factorial(c) / sum;
}

function erlangCDirect(c: number, a: number): number {
  let sum = 0;
  for (let k = 0; k < c; k++) sum += a ** k / factorial(k);
  const last = (a ** c / factorial(c)) * (c / (c - a));
  return last / (sum + last);
}

function simpson(f: (x: number) => number, from: number, to: number, panels: number): number {
  const h = (to - from) / panels;
  let s = f(from) + f(to);
  for (let i = 1; i < panels; i++) s += (i % 2 === 1 ? 4 : 2) * f(from + i * h);
  return (s * h) / 3;
}

/**
 * P(E_theta + E_mu > t) by numerically convolving the two exponential densities: the density of
 * the sum at s is the integral of theta e^{-theta x} mu e^{-mu (s - x)} over 0 <= x <= s, and the
 * tail is 1 minus its integral over [0, t].
 */
function convolvedSurvival(theta: number, mu: number, t: number): number {
  // Steps of at most 1/20 of the fastest rate's mean (and at least 200 panels).
  const panels = 2 * Math.max(100, Math.ceil(10 * t * Math.max(theta, mu)));
  const density = (s: number): number =>
    simpson((x) => theta * Math.exp(-theta * x) * mu * Math.exp(-mu * (s - x)), 0, s, panels);
  return 1 - simpson(density, 0, t, panels);
}

/** Arrival rate in requests per second giving utilization rho. */
function rateFor(rho: number, servers: number, meanServiceMs: number): number {
  return ((rho * servers) / meanServiceMs) * 1000;
}

describe('erlangB', () => {
  it('matches the textbook value B(c=10, a=5) = 0.0183845703...', () => {
    relClose(erlangB(10, 5), 0.018384570336648132, CLOSED_FORM);
  });

  it('is a / (1 + a) for one server and 0 with no load', () => {
    relClose(erlangB(1, 3), 0.75, CLOSED_FORM);
    expect(erlangB(7, 0)).toBe(0);
  });

  it('agrees with the direct summation formula', () => {
    for (const [c, a] of [
      [1, 0.5],
      [3, 2],
      [5, 5],
      [10, 8],
      [20, 30],
      [15, 0.01],
    ]) {
      relClose(erlangB(c, a), erlangBDirect(c, a), CLOSED_FORM);
    }
  });

  it('stays finite where a^c / c! overflows', () => {
    const b = erlangB(2000, 1900);
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(1);
  });
});

describe('erlangC', () => {
  it('matches hand-computed values: C(2, 1) = 1/3, C(3, 2) = 4/9, C(10, 8) = 0.40918...', () => {
    relClose(erlangC(2, 1), 1 / 3, CLOSED_FORM);
    relClose(erlangC(3, 2), 4 / 9, CLOSED_FORM);
    relClose(erlangC(10, 8), 0.40918015079644354, CLOSED_FORM);
  });

  it('agrees with the direct summation formula', () => {
    for (const [c, a] of [
      [1, 0.3],
      [2, 1.5],
      [4, 3.9],
      [8, 2],
      [16, 12],
      [20, 19.5],
    ]) {
      relClose(erlangC(c, a), erlangCDirect(c, a), CLOSED_FORM);
    }
  });

  it('is rho for one server and 1 when rho >= 1', () => {
    relClose(erlangC(1, 0.7), 0.7, CLOSED_FORM);
    expect(erlangC(4, 4)).toBe(1);
    expect(erlangC(4, 9)).toBe(1);
  });

  it('property: 0 <= ErlangB <= ErlangC <= 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.double({ min: 0, max: 600, noNaN: true }),
        (c, a) => {
          const b = erlangB(c, a);
          const w = erlangC(c, a);
          return b >= 0 && b <= w && w <= 1;
        },
      ),
    );
  });

  it('property: the recurrence agrees with direct summation for c <= 20', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.double({ min: 1e-3, max: 50, noNaN: true }),
        (c, a) =>
          Math.abs(erlangB(c, a) - erlangBDirect(c, a)) <= CLOSED_FORM * erlangBDirect(c, a),
      ),
    );
  });
});

describe('mmc', () => {
  // M/M/1 at rho = 0.8 with S = 10 ms: W = S / (1 - rho) = 50 ms (REFERENCE.md, M/M/1).
  const mm1: MmcParams = { arrivalRatePerS: 80, meanServiceMs: 10, servers: 1 };

  it('gives the M/M/1 means: Wq = rho S / (1 - rho), W = S / (1 - rho), L = rho / (1 - rho)', () => {
    const r = must(mmc(mm1));
    expect(r.model).toBe('M/M/c');
    relClose(r.utilization, 0.8, CLOSED_FORM);
    relClose(r.waitProbability, 0.8, CLOSED_FORM);
    relClose(r.meanWaitMs, 40, CLOSED_FORM);
    relClose(r.meanResponseMs, 50, CLOSED_FORM);
    relClose(r.meanQueueLength, 3.2, CLOSED_FORM);
    relClose(r.meanInSystem, 4, CLOSED_FORM);
    expect(r.responseMs.mean).toBe(r.meanResponseMs);
    expect(r.waitMs.mean).toBe(r.meanWaitMs);
  });

  it('gives the M/M/1 response p99 = ln(100) W, and every quantile -ln(1 - p) W', () => {
    const r = must(mmc(mm1));
    relClose(r.responseMs.p99, Math.log(100) * 50, BISECTION);
    relClose(r.responseMs.p50, Math.log(2) * 50, BISECTION);
    relClose(r.responseMs.p90, Math.log(10) * 50, BISECTION);
    relClose(r.responseMs.p95, Math.log(20) * 50, BISECTION);
    relClose(must(mmcResponseQuantileMs(mm1, 0.999)), Math.log(1000) * 50, BISECTION);
  });

  it('keeps M/M/1 response quantiles accurate far into both tails', () => {
    // Exact: -ln(1 - p) W, written with log1p so that tiny p keeps its digits.
    for (const p of [1e-300, 1e-12, 1e-6, 0.25, 0.75, 1 - 1e-6, 1 - 1e-12]) {
      relClose(must(mmcResponseQuantileMs(mm1, p)), -Math.log1p(-p) * 50, BISECTION);
    }
    expect(mmcResponseQuantileMs(mm1, 0)).toBe(0);
  });

  it('gives M/M/1 wait quantiles from P(Wq > t) = rho e^{-(mu - lambda) t}, 0 inside the atom', () => {
    const r = must(mmc(mm1));
    // theta = mu - lambda = 0.1 - 0.08 per ms.
    relClose(r.waitMs.p50, Math.log(0.8 / 0.5) / 0.02, CLOSED_FORM);
    relClose(r.waitMs.p99, Math.log(0.8 / 0.01) / 0.02, CLOSED_FORM);
    expect(must(mmcWaitQuantileMs(mm1, 0.19))).toBe(0);
    expect(must(mmcWaitQuantileMs(mm1, 0.1))).toBe(0);
    relClose(must(mmcWaitTailProbability(mm1, 25)), 0.8 * Math.exp(-0.02 * 25), CLOSED_FORM);
  });

  it('matches Erlang C and Wq = C / (c mu - lambda) for several servers', () => {
    // c = 10, a = 8: lambda = 80 / s at S = 100 ms.
    const p: MmcParams = { arrivalRatePerS: 80, meanServiceMs: 100, servers: 10 };
    const r = must(mmc(p));
    const c = erlangCDirect(10, 8);
    relClose(r.waitProbability, c, CLOSED_FORM);
    relClose(r.meanWaitMs, c / (10 / 100 - 80 / 1000), CLOSED_FORM);
    relClose(r.meanResponseMs, r.meanWaitMs + 100, CLOSED_FORM);
    relClose(r.utilization, 0.8, CLOSED_FORM);
    relClose(r.meanInSystem, r.meanQueueLength + 8, CLOSED_FORM);
  });

  it('with one server equals M/G/1 with exponential service (cs^2 = 1)', () => {
    for (const rho of [0.1, 0.5, 0.9, 0.99]) {
      const a = must(mmc({ arrivalRatePerS: rateFor(rho, 1, 7), meanServiceMs: 7, servers: 1 }));
      const b = must(mg1({ arrivalRatePerS: rateFor(rho, 1, 7), meanServiceMs: 7, serviceCv2: 1 }));
      relClose(a.utilization, b.utilization, CLOSED_FORM);
      relClose(a.meanWaitMs, b.meanWaitMs, CLOSED_FORM);
      relClose(a.meanResponseMs, b.meanResponseMs, CLOSED_FORM);
      relClose(a.meanQueueLength, b.meanQueueLength, CLOSED_FORM);
      relClose(a.meanInSystem, b.meanInSystem, CLOSED_FORM);
    }
  });

  it('returns null when unstable, including rho exactly 1', () => {
    expect(mmc({ arrivalRatePerS: 100, meanServiceMs: 10, servers: 1 })).toBeNull();
    expect(mmc({ arrivalRatePerS: 500, meanServiceMs: 10, servers: 4 })).toBeNull();
    const unstable = { arrivalRatePerS: 1000, meanServiceMs: 10, servers: 2 };
    expect(mmcWaitQuantileMs(unstable, 0.5)).toBeNull();
    expect(mmcResponseQuantileMs(unstable, 0.5)).toBeNull();
    expect(mmcWaitTailProbability(unstable, 1)).toBeNull();
    expect(mmcResponseTailProbability(unstable, 1)).toBeNull();
  });

  it('with no arrivals has no wait and exponential response', () => {
    const r = must(mmc({ arrivalRatePerS: 0, meanServiceMs: 20, servers: 3 }));
    expect(r.waitProbability).toBe(0);
    expect(r.meanWaitMs).toBe(0);
    expect(r.waitMs.p99).toBe(0);
    relClose(r.responseMs.p99, 20 * Math.log(100), BISECTION);
  });

  it('is plain data that survives JSON and structured clone', () => {
    const r = must(mmc({ arrivalRatePerS: 300, meanServiceMs: 12, servers: 4 }));
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(structuredClone(r)).toEqual(r);
  });

  describe('response-time tail against numerical convolution of the two densities', () => {
    // theta = c mu - lambda against mu = 1 / S; cases with theta far below, just below, exactly
    // equal to (theta = mu when lambda = (c - 1) mu), just above and far above mu.
    const cases: Array<[string, MmcParams]> = [
      ['theta << mu', { arrivalRatePerS: 95, meanServiceMs: 10, servers: 1 }],
      ['theta = mu exactly', { arrivalRatePerS: 100, meanServiceMs: 10, servers: 2 }],
      ['theta = mu (1 - 1e-9)', { arrivalRatePerS: 100 + 1e-7, meanServiceMs: 10, servers: 2 }],
      ['theta = mu (1 + 1e-9)', { arrivalRatePerS: 100 - 1e-7, meanServiceMs: 10, servers: 2 }],
      ['theta = mu (1 + 1e-4)', { arrivalRatePerS: 99.99, meanServiceMs: 10, servers: 2 }],
      ['theta > mu', { arrivalRatePerS: 150, meanServiceMs: 10, servers: 4 }],
      ['theta >> mu', { arrivalRatePerS: 40, meanServiceMs: 10, servers: 8 }],
    ];
    for (const [name, params] of cases) {
      it(name, () => {
        const lambda = params.arrivalRatePerS / 1000;
        const mu = 1 / params.meanServiceMs;
        const theta = params.servers * mu - lambda;
        const c = erlangCDirect(params.servers, lambda * params.meanServiceMs);
        const w = must(mmc(params)).meanResponseMs;
        for (const t of [0.5, 0.3 * w, w, 2 * w, 4 * w]) {
          const expected = (1 - c) * Math.exp(-mu * t) + c * convolvedSurvival(theta, mu, t);
          const actual = must(mmcResponseTailProbability(params, t));
          expect(Math.abs(actual - expected)).toBeLessThanOrEqual(QUADRATURE);
        }
      });
    }

    it('is continuous through theta = mu (no cancellation blow-up)', () => {
      const at = (rate: number): number =>
        must(
          mmcResponseTailProbability({ arrivalRatePerS: rate, meanServiceMs: 10, servers: 2 }, 37),
        );
      const centre = at(100);
      for (const delta of [1e-12, 1e-9, 1e-6]) {
        // d/d(lambda) of the tail is O(1) per (1/ms) here, so a shift of delta/1000 per ms moves
        // it by well under delta.
        expect(Math.abs(at(100 + delta) - centre)).toBeLessThanOrEqual(delta + 1e-15);
        expect(Math.abs(at(100 - delta) - centre)).toBeLessThanOrEqual(delta + 1e-15);
      }
    });
  });

  it('response quantiles invert the response tail', () => {
    const params: MmcParams = { arrivalRatePerS: 150, meanServiceMs: 10, servers: 2 };
    for (const p of [0.01, 0.5, 0.9, 0.99, 0.9999]) {
      const q = must(mmcResponseQuantileMs(params, p));
      relClose(must(mmcResponseTailProbability(params, q)), 1 - p, 1e-7);
    }
  });

  // A random stable M/M/c: rho in (0, 0.99), service 0.1 ms to 1 s, up to 50 servers.
  const stableMmc = fc
    .record({
      servers: fc.integer({ min: 1, max: 50 }),
      meanServiceMs: fc.double({ min: 0.1, max: 1000, noNaN: true }),
      rho: fc.double({ min: 0.001, max: 0.99, noNaN: true }),
    })
    .map(({ servers, meanServiceMs, rho }) => ({
      servers,
      meanServiceMs,
      arrivalRatePerS: rateFor(rho, servers, meanServiceMs),
    }));
  // p = 0, or p from 1e-300 up: for smaller p the quantile itself is a subnormal number, too
  // coarse (a few significant bits) for a relative comparison.
  const probability = fc.oneof(
    fc.constant(0),
    fc.double({ min: 1e-300, max: 0.9999, noNaN: true }),
  );

  it('property: quantiles are monotone in p (up to the bisection tolerance)', () => {
    fc.assert(
      fc.property(stableMmc, probability, probability, (params, x, y) => {
        const [p1, p2] = x <= y ? [x, y] : [y, x];
        const w1 = must(mmcWaitQuantileMs(params, p1));
        const w2 = must(mmcWaitQuantileMs(params, p2));
        const r1 = must(mmcResponseQuantileMs(params, p1));
        const r2 = must(mmcResponseQuantileMs(params, p2));
        return w1 <= w2 && r1 <= r2 * (1 + BISECTION);
      }),
    );
  });

  it('property: response quantile >= both wait quantile and service quantile', () => {
    // T = Wq + S with S >= 0 and Wq >= 0, so T dominates each stochastically.
    fc.assert(
      fc.property(stableMmc, probability, (params, p) => {
        const r = must(mmcResponseQuantileMs(params, p));
        const w = must(mmcWaitQuantileMs(params, p));
        const s = -params.meanServiceMs * Math.log1p(-p);
        return r * (1 + BISECTION) >= w && r * (1 + BISECTION) >= s;
      }),
    );
  });

  it("property: L = lambda W (Little's law) and L = Lq + a", () => {
    fc.assert(
      fc.property(stableMmc, (params) => {
        const r = must(mmc(params));
        const a = (params.arrivalRatePerS / 1000) * params.meanServiceMs;
        const l = littleL(params.arrivalRatePerS, r.meanResponseMs);
        return (
          Math.abs(r.meanInSystem - l) <= CLOSED_FORM * l &&
          Math.abs(r.meanInSystem - (r.meanQueueLength + a)) <= CLOSED_FORM * l
        );
      }),
    );
  });
});

describe('mg1 and md1', () => {
  it('gives Pollaczek-Khinchine: Wq = rho S (1 + cs^2) / (2 (1 - rho))', () => {
    const r = must(mg1({ arrivalRatePerS: 50, meanServiceMs: 10, serviceCv2: 3 }));
    expect(r.model).toBe('M/G/1');
    relClose(r.utilization, 0.5, CLOSED_FORM);
    relClose(r.meanWaitMs, (0.5 * 10 * 4) / (2 * 0.5), CLOSED_FORM);
    relClose(r.meanResponseMs, 30, CLOSED_FORM);
    relClose(r.meanQueueLength, 1, CLOSED_FORM);
    relClose(r.meanInSystem, 1.5, CLOSED_FORM);
  });

  it('M/D/1 waits half as long as M/M/1 at the same load', () => {
    const d = must(md1({ arrivalRatePerS: 90, meanServiceMs: 10 }));
    const m = must(mmc({ arrivalRatePerS: 90, meanServiceMs: 10, servers: 1 }));
    expect(d.model).toBe('M/D/1');
    relClose(d.meanWaitMs, m.meanWaitMs / 2, CLOSED_FORM);
    relClose(d.meanWaitMs, (0.9 * 10) / (2 * 0.1), CLOSED_FORM);
    expect(d).toEqual({
      ...must(mg1({ arrivalRatePerS: 90, meanServiceMs: 10, serviceCv2: 0 })),
      model: 'M/D/1',
    });
  });

  it('returns null when unstable', () => {
    expect(mg1({ arrivalRatePerS: 100, meanServiceMs: 10, serviceCv2: 0.5 })).toBeNull();
    expect(md1({ arrivalRatePerS: 200, meanServiceMs: 10 })).toBeNull();
  });
});

describe('mmck', () => {
  it('with K = c has Erlang B blocking, including overload', () => {
    for (const [c, a] of [
      [1, 0.5],
      [5, 3],
      [10, 5],
      [10, 25],
      [64, 80],
    ]) {
      const r = mmck({ arrivalRatePerS: a * 100, meanServiceMs: 10, servers: c, capacity: c });
      relClose(r.blockingProbability, erlangB(c, a), CLOSED_FORM);
      if (c <= 20) relClose(r.blockingProbability, erlangBDirect(c, a), CLOSED_FORM);
      expect(r.meanQueueLength).toBe(0);
      // A loss system has no queue: every accepted request spends exactly S.
      relClose(r.meanResponseMs, 10, CLOSED_FORM);
    }
  });

  it('matches the M/M/1/K closed form, also at rho = 1 and rho > 1', () => {
    const K = 10;
    for (const rho of [0.5, 2]) {
      const r = mmck({ arrivalRatePerS: rho * 100, meanServiceMs: 10, servers: 1, capacity: K });
      const blocking = ((1 - rho) * rho ** K) / (1 - rho ** (K + 1));
      const l = rho / (1 - rho) - ((K + 1) * rho ** (K + 1)) / (1 - rho ** (K + 1));
      relClose(r.blockingProbability, blocking, CLOSED_FORM);
      relClose(r.meanInSystem, l, CLOSED_FORM);
      relClose(r.acceptedRatePerS, rho * 100 * (1 - blocking), CLOSED_FORM);
      relClose(r.meanResponseMs, l / ((rho / 10) * (1 - blocking)), CLOSED_FORM);
    }
    const flat = mmck({ arrivalRatePerS: 100, meanServiceMs: 10, servers: 1, capacity: K });
    relClose(flat.blockingProbability, 1 / (K + 1), CLOSED_FORM);
    relClose(flat.meanInSystem, K / 2, CLOSED_FORM);
  });

  it('with K very large approaches M/M/c', () => {
    // rho = 0.7, K - c = 1996: the truncated tail has mass ~ 0.7^1996 ~ 1e-309, i.e. none.
    const params = { arrivalRatePerS: rateFor(0.7, 4, 25), meanServiceMs: 25, servers: 4 };
    const k = mmck({ ...params, capacity: 2000 });
    const m = must(mmc(params));
    expect(k.blockingProbability).toBeLessThan(1e-300);
    relClose(k.acceptedRatePerS, params.arrivalRatePerS, CLOSED_FORM);
    relClose(k.utilization, m.utilization, CLOSED_FORM);
    relClose(k.meanInSystem, m.meanInSystem, CLOSED_FORM);
    relClose(k.meanQueueLength, m.meanQueueLength, CLOSED_FORM);
    relClose(k.meanResponseMs, m.meanResponseMs, CLOSED_FORM);
    relClose(k.meanWaitMs, m.meanWaitMs, CLOSED_FORM);
  });

  it('works for c = 64, K = 1000 at any load, with blocking -> 1 - 1/rho in overload', () => {
    for (const rho of [0.5, 0.99, 1, 1.5, 20]) {
      const lambda = rateFor(rho, 64, 10);
      const r = mmck({ arrivalRatePerS: lambda, meanServiceMs: 10, servers: 64, capacity: 1000 });
      for (const v of Object.values(r))
        if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      expect(r.blockingProbability).toBeGreaterThanOrEqual(0);
      expect(r.blockingProbability).toBeLessThanOrEqual(1);
      expect(r.utilization).toBeLessThanOrEqual(1 + CLOSED_FORM);
      expect(r.acceptedRatePerS).toBeLessThanOrEqual(lambda);
      expect(r.meanInSystem).toBeLessThanOrEqual(1000);
      relClose(r.meanResponseMs - r.meanWaitMs, 10, 1e-9);
      // Offered beyond capacity, the servers stay busy and everything above c mu is turned away;
      // the deviation is of order rho^-(K - c), below 1e-160 for rho >= 1.5.
      if (rho > 1) relClose(r.blockingProbability, 1 - 1 / rho, CLOSED_FORM);
    }
  });

  it('with no arrivals is empty and reports the lambda -> 0 limits', () => {
    const r = mmck({ arrivalRatePerS: 0, meanServiceMs: 10, servers: 2, capacity: 5 });
    expect(r).toEqual({
      model: 'M/M/c/K',
      blockingProbability: 0,
      acceptedRatePerS: 0,
      utilization: 0,
      meanInSystem: 0,
      meanQueueLength: 0,
      meanResponseMs: 10,
      meanWaitMs: 0,
    });
  });

  const loss = fc.record({
    servers: fc.integer({ min: 1, max: 40 }),
    rho: fc.double({ min: 0.01, max: 5, noNaN: true }),
    extra: fc.integer({ min: 0, max: 200 }),
    more: fc.integer({ min: 1, max: 200 }),
  });

  it('property: blocking decreases as K grows', () => {
    fc.assert(
      fc.property(loss, ({ servers, rho, extra, more }) => {
        const base = { arrivalRatePerS: rateFor(rho, servers, 10), meanServiceMs: 10, servers };
        const small = mmck({ ...base, capacity: servers + extra }).blockingProbability;
        const large = mmck({ ...base, capacity: servers + extra + more }).blockingProbability;
        // Strictly decreasing in exact arithmetic; in overload both approach 1 - 1/rho and the
        // gap can fall below rounding, hence the 1e-12 relative slack.
        return large <= small * (1 + 1e-12);
      }),
    );
  });

  it('property: busy servers = accepted rate * S = L - Lq, and bounds hold', () => {
    fc.assert(
      fc.property(loss, ({ servers, rho, extra }) => {
        const lambda = rateFor(rho, servers, 10);
        const r = mmck({
          arrivalRatePerS: lambda,
          meanServiceMs: 10,
          servers,
          capacity: servers + extra,
        });
        const busy = r.utilization * servers;
        return (
          Math.abs(busy - (r.meanInSystem - r.meanQueueLength)) <= CLOSED_FORM * busy &&
          r.utilization <= 1 + CLOSED_FORM &&
          r.acceptedRatePerS <= lambda &&
          r.blockingProbability >= 0 &&
          r.blockingProbability <= 1
        );
      }),
    );
  });
});

describe('littleL', () => {
  it('converts units: 200 requests/s for 50 ms is 10 in the system', () => {
    relClose(littleL(200, 50), 10, CLOSED_FORM);
    expect(littleL(0, 50)).toBe(0);
  });
});

describe('input validation', () => {
  const ok = { arrivalRatePerS: 10, meanServiceMs: 10, servers: 2 };

  it('names the field and the accepted range', () => {
    const cases: Array<[() => unknown, string]> = [
      [() => erlangB(0, 1), 'servers must be an integer >= 1, got 0'],
      [() => erlangB(2.5, 1), 'servers must be an integer >= 1, got 2.5'],
      [() => erlangB(Number.NaN, 1), 'servers must be an integer >= 1, got NaN'],
      [() => erlangB(3, -1), 'offeredLoad must be a finite number >= 0, got -1'],
      [() => erlangC(3, Infinity), 'offeredLoad must be a finite number >= 0, got Infinity'],
      [
        () => mmc({ ...ok, arrivalRatePerS: -1 }),
        'arrivalRatePerS must be a finite number >= 0, got -1',
      ],
      [() => mmc({ ...ok, meanServiceMs: 0 }), 'meanServiceMs must be a finite number > 0, got 0'],
      [() => mmc({ ...ok, servers: -3 }), 'servers must be an integer >= 1, got -3'],
      [() => mmcResponseQuantileMs(ok, 1), 'p must be a number in [0, 1), got 1'],
      [() => mmcWaitQuantileMs(ok, -0.1), 'p must be a number in [0, 1), got -0.1'],
      [() => mmcResponseTailProbability(ok, -5), 'tMs must be a finite number >= 0, got -5'],
      [() => mmcWaitTailProbability(ok, Number.NaN), 'tMs must be a finite number >= 0, got NaN'],
      [
        () => mg1({ arrivalRatePerS: 1, meanServiceMs: 1, serviceCv2: -0.5 }),
        'serviceCv2 must be a finite number >= 0, got -0.5',
      ],
      [
        () => md1({ arrivalRatePerS: Number.NaN, meanServiceMs: 1 }),
        'arrivalRatePerS must be a finite number >= 0, got NaN',
      ],
      [() => mmck({ ...ok, capacity: 1 }), 'capacity must be an integer >= servers (2), got 1'],
      [() => mmck({ ...ok, capacity: 7.5 }), 'capacity must be an integer >= servers (2), got 7.5'],
      [
        () => mmck({ ...ok, meanServiceMs: -2, capacity: 4 }),
        'meanServiceMs must be a finite number > 0, got -2',
      ],
      [() => littleL(5, -1), 'meanTimeMs must be a finite number >= 0, got -1'],
      [() => littleL(Infinity, 1), 'arrivalRatePerS must be a finite number >= 0, got Infinity'],
    ];
    for (const [call, message] of cases) {
      let thrown: unknown;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(RangeError);
      expect((thrown as RangeError).message).toBe(message);
    }
  });
});
