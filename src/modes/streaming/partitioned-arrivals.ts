import { PoissonArrivals, type ArrivalProcess } from '../../sim/arrivals.ts';
import type { Rng } from '../../sim/rng.ts';

/**
 * The producers' records: one Poisson stream of events (the same generator, `arrivals`, that
 * feeds online requests and batch rows, so compare runs every mode on the same events), each
 * written to a partition chosen at random, as Kafka's partitioner spreads keys.
 *
 * A partition's log may need to regenerate the records it did not store (sim/request-queue.ts);
 * `source(q)` is the process of partition q's future records from the current position: the
 * whole stream and the partitioner cloned, filtered to q.
 */
export class PartitionedArrivals {
  /** The partition of the record `next()` returned last. */
  partition = 0;
  private readonly sources: PartitionSource[];

  constructor(
    private stream: PoissonArrivals,
    private readonly partitioner: Rng,
    private readonly partitions: number,
  ) {
    this.sources = Array.from({ length: partitions }, (_, q) => new PartitionSource(this, q));
  }

  /** The time of the next record of any partition; its partition is left in `partition`. */
  next(): number {
    const t = this.stream.next();
    this.partition = Math.floor(this.partitioner.uniform() * this.partitions);
    return t;
  }

  /** A new rate from `nowMs` (Poisson, so memoryless: the pending record is redrawn). */
  restart(ratePerS: number, rng: Rng, nowMs: number): void {
    this.stream = new PoissonArrivals(ratePerS, rng, nowMs);
  }

  /** Partition q's records from here, for its log to regenerate what it does not store. */
  source(q: number): ArrivalProcess {
    return this.sources[q];
  }

  /** An independent copy standing where this one stands. */
  fork(): PartitionedArrivals {
    return new PartitionedArrivals(this.stream.clone(), this.partitioner.clone(), this.partitions);
  }
}

/** Partition q's view of the stream: `clone()` is taken at a push, standing just after it. */
class PartitionSource implements ArrivalProcess {
  constructor(
    private readonly all: PartitionedArrivals,
    private readonly q: number,
  ) {}

  next(): number {
    for (;;) {
      const t = this.all.next();
      if (this.all.partition === this.q) return t;
    }
  }

  clone(): ArrivalProcess {
    return new PartitionSource(this.all.fork(), this.q);
  }
}
