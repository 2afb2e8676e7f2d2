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
 * predictions and pull the mean down; the events after the last run are the next window's).
 *
 * A run reads the events since the previous run's cut-off, up to its start (its cut-off), and
 * when it publishes those events get their predictions: each run owns its data interval, as an
 * Airflow DAG run owns its `data_interval`. A run that fails every attempt leaves its events
 * without a prediction (until someone re-runs that interval, which the simulation does not do);
 * they are counted as never predicted. With overlapping runs (the allow policy) runs may publish
 * out of order; each still covers only its own events.
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
  /** 1 for a kept time whose run has published or failed. */
  private done: Uint8Array = new Uint8Array(1024);
  /**
   * Kept times, ascending: before `covered` all are done; in [covered, length) some may be done
   * (a later run published first).
   */
  private length = 0;
  private covered = 0;
  /** Events whose run failed every attempt: they will never get a prediction. */
  private droppedTotal = 0;
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

  /**
   * A run starts at `nowMs`: it reads every event since the last cut-off; returns how many, and
   * where its data interval starts (it ends at `nowMs`).
   */
  cutoff(nowMs: number): { rows: number; fromMs: number } {
    const fromMs = this.lastCutoffMs;
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
    return { rows: read, fromMs };
  }

  /** A run's events, those in (fromMs, cutoffMs], get their predictions at `nowMs`. */
  publish(fromMs: number, cutoffMs: number, nowMs: number): void {
    this.settle(fromMs, cutoffMs, nowMs);
  }

  /** A run failed every attempt: its events in (fromMs, cutoffMs] will get no prediction. */
  drop(fromMs: number, cutoffMs: number): void {
    this.settle(fromMs, cutoffMs, Number.NaN);
  }

  /**
   * Events whose run failed every attempt. A thinned record counts in strides, so this may be off
   * by less than one stride.
   */
  get unpredicted(): number {
    return this.droppedTotal;
  }

  /** Marks the run's waiting events done: predicted at `nowMs`, or dropped when it is NaN. */
  private settle(fromMs: number, cutoffMs: number, nowMs: number): void {
    const times = this.times;
    // The first waiting time after fromMs (times ascend): a binary search over [covered, length).
    let lo = this.covered;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (times[mid] <= fromMs) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.length && times[i] <= cutoffMs; i++) {
      if (this.done[i] === 1) continue;
      this.done[i] = 1;
      const weight = this.weights === null ? this.stride : this.weights[i];
      if (Number.isNaN(nowMs)) this.droppedTotal += weight;
      else this.ages.recordWeighted(nowMs - times[i], weight);
    }
    while (this.covered < this.length && this.done[this.covered] === 1) this.covered++;
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
    this.done[this.length] = 0;
    if (this.weights !== null) this.weights[this.length] = weight;
    this.length++;
  }

  /** Drops covered entries; grows up to MAX_KEPT, then thins by two. */
  private makeRoom(): void {
    // Keep only the waiting entries (a later run may have published some of them already).
    let live = 0;
    for (let i = this.covered; i < this.length; i++) {
      if (this.done[i] === 1) continue;
      this.times[live] = this.times[i];
      if (this.weights !== null) this.weights[live] = this.weights[i];
      this.done[live] = 0;
      live++;
    }
    this.length = live;
    this.covered = 0;
    if (live < this.times.length / 2) return;
    if (this.times.length < MAX_KEPT) {
      this.times = grow(this.times);
      this.done = growFlags(this.done);
      if (this.weights !== null) this.weights = grow(this.weights);
      return;
    }
    // Thin: keep every other entry, doubling what each stands for. A pair may straddle two runs'
    // intervals; it goes with the earlier one (an error of less than one stride).
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

function growFlags(old: Uint8Array): Uint8Array {
  const fresh = new Uint8Array(old.length * 2);
  fresh.set(old);
  return fresh;
}

function grow(old: Float64Array): Float64Array {
  const fresh = new Float64Array(old.length * 2);
  fresh.set(old);
  return fresh;
}
