import type { Rng } from './rng.ts';
import { PoissonArrivals, type ArrivalProcess } from './arrivals.ts';
import { ParamError, checkNumber } from './param-error.ts';

/** How the clients' request rate varies over time. Rates per second, times in seconds. */
export type ArrivalPattern =
  | { kind: 'constant'; ratePerS: number }
  /** A daily cycle: rate(t) = mean (1 + amplitude cos(2 pi (t - peakAtS) / periodS)). */
  | { kind: 'daily'; meanRatePerS: number; amplitude: number; periodS: number; peakAtS: number }
  /** Piecewise-constant rate: `ratePerS` from each `atS` until the next (steps and bursts). */
  | { kind: 'steps'; steps: ReadonlyArray<{ atS: number; ratePerS: number }> }
  /** Replay of recorded arrival times (ms, ascending); no arrivals after the last one. */
  | { kind: 'trace'; timesMs: readonly number[] };

const MAX_RATE = 10_000_000;

export function validatePattern(field: string, p: ArrivalPattern): ArrivalPattern {
  switch (p.kind) {
    case 'constant':
      checkNumber(field, p.ratePerS, { min: 0, max: MAX_RATE, exclusiveMin: true });
      break;
    case 'daily':
      checkNumber(`${field} mean rate`, p.meanRatePerS, {
        min: 0,
        max: MAX_RATE,
        exclusiveMin: true,
      });
      checkNumber(`${field} amplitude`, p.amplitude, { min: 0, max: 1 });
      checkNumber(`${field} period`, p.periodS, { min: 0, max: 1e9, exclusiveMin: true });
      checkNumber(`${field} peak`, p.peakAtS, { min: 0, max: 1e9 });
      break;
    case 'steps':
      if (p.steps.length === 0 || p.steps[0].atS !== 0) {
        throw new ParamError(field, 'steps that start at 0 s', p.steps);
      }
      p.steps.forEach((s, i) => {
        checkNumber(`${field} step rate`, s.ratePerS, { min: 0, max: MAX_RATE });
        if (i > 0 && !(s.atS > p.steps[i - 1].atS)) {
          throw new ParamError(field, 'steps in increasing time order', p.steps);
        }
      });
      if (!p.steps.some((s) => s.ratePerS > 0))
        throw new ParamError(field, 'at least one step with a rate above 0', p.steps);
      break;
    case 'trace':
      if (p.timesMs.length === 0)
        throw new ParamError(field, 'a trace with at least one arrival time', p.timesMs);
      p.timesMs.forEach((t, i) => {
        checkNumber(`${field} time`, t, { min: 0, max: 1e12 });
        if (i > 0 && t < p.timesMs[i - 1])
          throw new ParamError(field, 'arrival times in ascending order', p.timesMs);
      });
      break;
  }
  return p;
}

/** The long-run mean rate of a pattern, requests per second (for stability and theory). */
export function meanRate(p: ArrivalPattern): number {
  switch (p.kind) {
    case 'constant':
      return p.ratePerS;
    case 'daily':
      return p.meanRatePerS;
    case 'steps':
      return p.steps.at(-1)!.ratePerS;
    case 'trace': {
      const span = p.timesMs.at(-1)! - p.timesMs[0];
      return span > 0 ? ((p.timesMs.length - 1) / span) * 1000 : 0;
    }
  }
}

/** The instantaneous rate at `tMs`, requests per second (for charts). */
export function rateAt(p: ArrivalPattern, tMs: number): number {
  const tS = tMs / 1000;
  switch (p.kind) {
    case 'constant':
      return p.ratePerS;
    case 'daily':
      return (
        p.meanRatePerS * (1 + p.amplitude * Math.cos((2 * Math.PI * (tS - p.peakAtS)) / p.periodS))
      );
    case 'steps': {
      let rate = p.steps[0].ratePerS;
      for (const s of p.steps) if (s.atS <= tS) rate = s.ratePerS;
      return rate;
    }
    case 'trace':
      return meanRate(p);
  }
}

/**
 * A non-homogeneous Poisson process by thinning (Lewis & Shedler, "Simulation of nonhomogeneous
 * Poisson processes by thinning", Naval Research Logistics Quarterly 26, 1979): candidates at the
 * peak rate, each kept with probability rate(t) / peak.
 */
class DailyArrivals implements ArrivalProcess {
  constructor(
    private readonly p: Extract<ArrivalPattern, { kind: 'daily' }>,
    private readonly rng: Rng,
    private timeMs = 0,
  ) {}
  next(): number {
    const peak = this.p.meanRatePerS * (1 + this.p.amplitude);
    const meanGapMs = 1000 / peak;
    for (;;) {
      this.timeMs += -meanGapMs * Math.log(this.rng.uniform());
      if (this.rng.uniform() * peak <= rateAt(this.p, this.timeMs)) return this.timeMs;
    }
  }
  clone(): DailyArrivals {
    return new DailyArrivals(this.p, this.rng.clone(), this.timeMs);
  }
}

/**
 * Piecewise-constant rate by inversion of the cumulative rate: draw an Exp(1) amount of "rate
 * area" and walk across the steps until it is used up. Exact, and no wasted candidates.
 */
class StepArrivals implements ArrivalProcess {
  constructor(
    private readonly steps: ReadonlyArray<{ atS: number; ratePerS: number }>,
    private readonly rng: Rng,
    private timeMs = 0,
  ) {}
  next(): number {
    let area = -Math.log(this.rng.uniform());
    let t = this.timeMs;
    for (;;) {
      let i = this.steps.length - 1;
      while (i > 0 && this.steps[i].atS * 1000 > t) i--;
      const rate = this.steps[i].ratePerS / 1000;
      const end =
        i + 1 < this.steps.length ? this.steps[i + 1].atS * 1000 : Number.POSITIVE_INFINITY;
      const needed = rate > 0 ? area / rate : Number.POSITIVE_INFINITY;
      if (t + needed <= end) {
        this.timeMs = t + needed;
        return this.timeMs;
      }
      area -= rate * (end - t);
      t = end;
    }
  }
  clone(): StepArrivals {
    return new StepArrivals(this.steps, this.rng.clone(), this.timeMs);
  }
}

class TraceArrivals implements ArrivalProcess {
  constructor(
    private readonly timesMs: readonly number[],
    private index = 0,
  ) {}
  next(): number {
    return this.index < this.timesMs.length ? this.timesMs[this.index++] : Number.POSITIVE_INFINITY;
  }
  clone(): TraceArrivals {
    return new TraceArrivals(this.timesMs, this.index);
  }
}

export function createArrivalProcess(p: ArrivalPattern, rng: Rng): ArrivalProcess {
  switch (p.kind) {
    case 'constant':
      return new PoissonArrivals(p.ratePerS, rng);
    case 'daily':
      return new DailyArrivals(p, rng);
    case 'steps':
      return new StepArrivals(p.steps, rng);
    case 'trace':
      return new TraceArrivals(p.timesMs);
  }
}

/**
 * Parses the CLI notation: "daily:MEAN:AMPLITUDE[:PERIOD_S[:PEAK_S]]",
 * "steps:0=100,60=400,120=100" (time in s = rate per s), "trace:0,12.5,40" (times in ms).
 */
export function parsePattern(field: string, text: string): ArrivalPattern {
  const fail = () =>
    new ParamError(
      field,
      'daily:MEAN:AMPLITUDE[:PERIOD_S[:PEAK_S]], steps:0=RATE,T=RATE,... or trace:MS,MS,...',
      text,
    );
  const [kind, ...rest] = text.split(':');
  const num = (s: string | undefined) =>
    s === undefined || s.trim() === '' ? Number.NaN : Number(s);
  let pattern: ArrivalPattern;
  if (kind === 'daily' && rest.length >= 2 && rest.length <= 4) {
    pattern = {
      kind,
      meanRatePerS: num(rest[0]),
      amplitude: num(rest[1]),
      periodS: rest[2] ? num(rest[2]) : 86_400,
      peakAtS: rest[3] ? num(rest[3]) : 0,
    };
  } else if (kind === 'steps' && rest.length === 1) {
    const steps = rest[0].split(',').map((pair) => {
      const [at, rate] = pair.split('=');
      return { atS: num(at), ratePerS: num(rate) };
    });
    if (steps.some((s) => Number.isNaN(s.atS) || Number.isNaN(s.ratePerS))) throw fail();
    pattern = { kind, steps };
  } else if (kind === 'trace' && rest.length === 1) {
    pattern = { kind, timesMs: rest[0].split(',').map(num) };
  } else {
    throw fail();
  }
  if (
    pattern.kind === 'daily' &&
    [pattern.meanRatePerS, pattern.amplitude, pattern.periodS, pattern.peakAtS].some(Number.isNaN)
  )
    throw fail();
  return validatePattern(field, pattern);
}
