import { PoissonArrivals } from '../../sim/arrivals.ts';
import type { Rng } from '../../sim/rng.ts';
import { LogHistogram } from '../../sim/stats/histogram.ts';

/**
 * The time from each event (a booking made, a view counted) to the moment a batch prediction for
 * it can be used: it waits for the next run to read it, then for that run to publish (the
 * issue's metrics contract: for batch this includes waiting for the next scheduled run and the
 * run itself).
 *
 * Events come from a Poisson stream, the same generator (`Rng.stream(seed, 'arrivals')`) that
 * feeds online requests, so batch and online see the same events; without a stream, a run's rows
 * are taken to have arrived evenly over its data interval.
 *
 * The schedule was already running before the measured window, as an online service is already
 * up when its requests are measured: the run at time 0 reads the interval before it (events from
 * a stream of its own over [-interval, 0), so the events from 0 on stay online's), not an empty
 * one. So N runs read N intervals of events, and the mean time to a prediction is interval / 2 +
 * the run's duration from the first run on (a run at 0 that read nothing would pay a run for no
 * predictions and pull the mean down; the events after the last run are the next window's). A run reads every event up to its
 * start (its cut-off); when a run publishes, every event up to its cut-off not yet covered gets
 * its prediction then (a later run reading newer data covers older events too, as a nightly
 * re-score of the whole table does).
 *
 * Memory stays bounded: at most MAX_KEPT event times are kept; beyond that every other one is
 * dropped and the rest count twice (systematic thinning, so the distribution is kept).
 */
const MAX_KEPT = 1 << 20;
/** Evenly spread rows are recorded as at most this many points per run, each standing for the rest. */
const EVEN_POINTS = 1024;

export class EventAges {
  readonly ages = new LogHistogram();
  private times: Float64Array = new Float64Array(1024);
  /** Kept times: [covered, length) are waiting for a prediction; before `covered`, done. */
  private length = 0;
  private covered = 0;
  /** Each kept time stands for `stride` events; only every stride-th new event is kept. */
  private stride = 1;
  private skip = 0;
  private nextArrival: number;
  private lastCutoffMs: number;
  /** Events read by runs (whole numbers even when thinned). */
  private readTotal = 0;

  /** The events of the interval before the window, until they reach time 0; then null. */
  private before: PoissonArrivals | null;

  constructor(
    private readonly arrivals: PoissonArrivals | null,
    /** The same process over the interval before the window, from its start (negative). */
    before: PoissonArrivals | null,
    /** Start of the data the first run reads: minus one interval. */
    windowStartMs: number,
    /** Rows per run when there is no stream. */
    private readonly rowsPerRun: () => number,
  ) {
    this.before = before;
    this.lastCutoffMs = windowStartMs;
    this.nextArrival = arrivals === null ? Number.POSITIVE_INFINITY : this.nextEvent();
  }

  static poisson(
    ratePerS: number | null,
    rng: Rng,
    rngBefore: Rng,
    intervalMs: number,
    rowsPerRun: () => number,
  ): EventAges {
    if (ratePerS === null) return new EventAges(null, null, -intervalMs, rowsPerRun);
    return new EventAges(
      new PoissonArrivals(ratePerS, rng),
      new PoissonArrivals(ratePerS, rngBefore, -intervalMs),
      -intervalMs,
      rowsPerRun,
    );
  }

  /** The next event: the interval before the window's first, then the shared stream's. */
  private nextEvent(): number {
    if (this.before !== null) {
      const time = this.before.next();
      if (time < 0) return time;
      // Memoryless: the stream from 0 on is the shared one, whatever came before.
      this.before = null;
    }
    return (this.arrivals as PoissonArrivals).next();
  }

  /** Events predicted so far. */
  get predicted(): number {
    return this.ages.count;
  }

  /** A run starts at `nowMs`: it reads every event since the last cut-off; returns how many. */
  cutoff(nowMs: number): number {
    let read = 0;
    if (this.arrivals !== null) {
      while (this.nextArrival <= nowMs) {
        this.keep(this.nextArrival);
        read++;
        this.nextArrival = this.nextEvent();
      }
    } else {
      read = this.rowsPerRun();
      const from = this.lastCutoffMs;
      const points = Math.min(read, EVEN_POINTS);
      // Evenly spread points, each standing for read / points rows (whole numbers summing to read).
      for (let i = 0; i < points; i++) {
        const weight = Math.floor(((i + 1) * read) / points) - Math.floor((i * read) / points);
        this.keepWeighted(from + ((i + 0.5) * (nowMs - from)) / points, weight);
      }
    }
    this.lastCutoffMs = nowMs;
    this.readTotal += read;
    return read;
  }

  /**
   * Events read by runs that never got a prediction: their run failed every attempt and no later
   * run covered them (after the last runs have finished). A thinned record counts in strides, so
   * this may be off by less than one stride; never below 0.
   */
  get unpredicted(): number {
    return Math.max(0, this.readTotal - this.ages.count);
  }

  /** A run with cut-off `cutoffMs` published at `nowMs`: its events (and older) are predicted. */
  publish(cutoffMs: number, nowMs: number): void {
    const times = this.times;
    let i = this.covered;
    while (i < this.length && times[i] <= cutoffMs) {
      this.ages.recordWeighted(
        nowMs - times[i],
        this.weights === null ? this.stride : this.weights[i],
      );
      i++;
    }
    this.covered = i;
    if (this.covered === this.length) {
      this.length = 0;
      this.covered = 0;
    }
  }

  /** Per-entry weights, only for evenly spread rows (a stream's entries all weigh `stride`). */
  private weights: Float64Array | null = null;

  private keep(time: number): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    this.skip = this.stride - 1;
    this.append(time, this.stride);
  }

  private keepWeighted(time: number, weight: number): void {
    if (weight === 0) return;
    this.weights ??= new Float64Array(this.times.length);
    this.append(time, weight);
  }

  private append(time: number, weight: number): void {
    if (this.length === this.times.length) this.makeRoom();
    this.times[this.length] = time;
    if (this.weights !== null) this.weights[this.length] = weight;
    this.length++;
  }

  /** Drops covered entries; grows up to MAX_KEPT, then thins by two. */
  private makeRoom(): void {
    const live = this.length - this.covered;
    this.times.copyWithin(0, this.covered, this.length);
    this.weights?.copyWithin(0, this.covered, this.length);
    this.length = live;
    this.covered = 0;
    if (live < this.times.length / 2) return;
    if (this.times.length < MAX_KEPT) {
      this.times = grow(this.times);
      if (this.weights !== null) this.weights = grow(this.weights);
      return;
    }
    // Thin: keep every other entry, doubling what each stands for.
    let j = 0;
    for (let i = 0; i < live; i += 2, j++) {
      this.times[j] = this.times[i];
      if (this.weights !== null)
        this.weights[j] = this.weights[i] + (i + 1 < live ? this.weights[i + 1] : 0);
    }
    this.length = j;
    this.stride *= 2;
  }

  /** Events read by runs so far. */
  get read(): number {
    return this.readTotal;
  }
}

function grow(old: Float64Array): Float64Array {
  const fresh = new Float64Array(old.length * 2);
  fresh.set(old);
  return fresh;
}
