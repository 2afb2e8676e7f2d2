import type { Rng } from './rng.ts';

/**
 * A source of arrival times. `clone()` must return an independent copy that will produce exactly
 * the same future arrivals: the request queue uses it to regenerate requests it did not store.
 */
export interface ArrivalProcess {
  /** The absolute time (ms) of the next arrival. */
  next(): number;
  clone(): ArrivalProcess;
}

/** A Poisson process: exponential gaps with mean 1000 / rate ms. */
export class PoissonArrivals implements ArrivalProcess {
  private readonly meanGapMs: number;
  constructor(
    readonly ratePerS: number,
    private readonly rng: Rng,
    private timeMs = 0,
  ) {
    this.meanGapMs = 1000 / ratePerS;
  }

  next(): number {
    this.timeMs += -this.meanGapMs * Math.log(this.rng.uniform());
    return this.timeMs;
  }

  clone(): PoissonArrivals {
    return new PoissonArrivals(this.ratePerS, this.rng.clone(), this.timeMs);
  }
}
