import { PoissonArrivals } from '../../sim/arrivals.ts';
import {
  createDistribution,
  type Distribution,
  type DistributionSpec,
} from '../../sim/distributions.ts';
import type { Kernel } from '../../sim/kernel.ts';
import { Rng } from '../../sim/rng.ts';
import { LogHistogram } from '../../sim/stats/histogram.ts';

/**
 * Clients reading stored predictions: lookups arrive as a Poisson stream and each reads the
 * newest predictions the store holds, recording how old their data is (staleness) and how long
 * the read took. Before the first publication a lookup finds nothing (missed).
 */
export class PredictionLookups {
  readonly staleness = new LogHistogram();
  readonly latency = new LogHistogram();
  served = 0;
  missed = 0;
  private lookup: Distribution;
  private readonly lookupRng: Rng;
  private readonly queryRng: Rng;
  private queries: PoissonArrivals | null = null;
  private handle = 0;

  constructor(
    private readonly kernel: Kernel,
    /** The calendar kind its lookups are scheduled under (the simulation's numbering). */
    private readonly kind: number,
    private readonly endMs: number,
    seed: number,
    ratePerS: number,
    lookup: DistributionSpec,
  ) {
    this.lookup = createDistribution(lookup);
    this.lookupRng = Rng.stream(seed, 'lookups');
    this.queryRng = Rng.stream(seed, 'queries');
    this.setRate(ratePerS, 0);
  }

  /** Lookups are Poisson, so memoryless: the pending one is cancelled and the next drawn from now. */
  setRate(ratePerS: number, nowMs: number): void {
    this.kernel.cancel(this.handle);
    this.handle = 0;
    this.queries = ratePerS > 0 ? new PoissonArrivals(ratePerS, this.queryRng, nowMs) : null;
    this.scheduleNext();
  }

  setLatency(spec: DistributionSpec): void {
    this.lookup = createDistribution(spec);
  }

  /** A lookup now: served from data read at `dataAsOfMs`, or missed when nothing is published. */
  onLookup(nowMs: number, dataAsOfMs: number | null): void {
    if (dataAsOfMs !== null) {
      this.served++;
      this.staleness.record(nowMs - dataAsOfMs);
      this.latency.record(this.lookup.sample(this.lookupRng));
    } else {
      this.missed++;
    }
    this.scheduleNext();
  }

  private scheduleNext(): void {
    if (this.queries === null) return;
    const at = this.queries.next();
    if (at < this.endMs) this.handle = this.kernel.schedule(at, this.kind);
  }
}
