/**
 * Down-sampled time series for charts, with bounded memory whatever the run length: samples are
 * averaged into fixed-width time buckets; when the buckets would exceed `maxPoints`, neighbouring
 * pairs are merged and the width doubles (the same trick as a "doubling" histogram). Each point is
 * the time-weighted mean of the quantity over its bucket, so nothing is lost between samples.
 */
export interface SeriesData {
  /** Bucket start times, ms. */
  tMs: number[];
  /** One array per named quantity, aligned with tMs. */
  values: Record<string, number[]>;
}

export class SeriesRecorder {
  private widthMs: number;
  private readonly names: readonly string[];
  private readonly sums: number[][];
  private readonly current: Float64Array;
  private lastMs = 0;
  private buckets = 0;

  constructor(
    names: readonly string[],
    private readonly maxPoints = 512,
    initialWidthMs = 1,
  ) {
    this.names = names;
    this.widthMs = initialWidthMs;
    this.sums = names.map(() => []);
    this.current = new Float64Array(names.length);
  }

  /** Width of a bucket now; it doubles as the series grows past `maxPoints`. */
  get bucketWidthMs(): number {
    return this.widthMs;
  }

  /** The quantities change to `values` (in the order of `names`) at time `nowMs`. */
  set(nowMs: number, values: ArrayLike<number>): void {
    this.accumulate(nowMs);
    for (let i = 0; i < this.names.length; i++) this.current[i] = values[i];
  }

  /** Closes the series at `nowMs` and returns it. */
  finish(nowMs: number): SeriesData {
    this.accumulate(nowMs);
    const count = Math.ceil(nowMs / this.widthMs - 1e-9);
    const tMs: number[] = [];
    const values: Record<string, number[]> = {};
    this.names.forEach((name) => (values[name] = []));
    for (let b = 0; b < Math.min(count, this.buckets); b++) {
      const start = b * this.widthMs;
      const span = Math.min(this.widthMs, nowMs - start);
      tMs.push(start);
      this.names.forEach((name, i) =>
        values[name].push(span > 0 ? (this.sums[i][b] ?? 0) / span : 0),
      );
    }
    return { tMs, values };
  }

  /** Adds the area of the current values over [lastMs, nowMs] to the buckets it covers. */
  private accumulate(nowMs: number): void {
    let t = this.lastMs;
    while (t < nowMs) {
      let bucket = this.bucketOf(t);
      while (bucket >= this.maxPoints) {
        this.halve();
        bucket = this.bucketOf(t);
      }
      const end = Math.min(nowMs, (bucket + 1) * this.widthMs);
      for (let i = 0; i < this.names.length; i++) {
        const sums = this.sums[i];
        while (sums.length <= bucket) sums.push(0);
        sums[bucket] += this.current[i] * (end - t);
      }
      if (bucket + 1 > this.buckets) this.buckets = bucket + 1;
      t = end;
    }
    this.lastMs = nowMs;
  }

  /**
   * The bucket holding time t. Division can round t / width down past a bucket edge that equals t
   * (width 0.1, t 4.3: floor gives 42 but 43 x 0.1 = 4.3), which would stall the loop above.
   */
  private bucketOf(t: number): number {
    let bucket = Math.floor(t / this.widthMs);
    while ((bucket + 1) * this.widthMs <= t) bucket++;
    return bucket;
  }

  private halve(): void {
    for (const sums of this.sums) {
      const merged: number[] = [];
      for (let b = 0; b < sums.length; b += 2) merged.push(sums[b] + (sums[b + 1] ?? 0));
      sums.length = 0;
      sums.push(...merged);
    }
    this.buckets = Math.ceil(this.buckets / 2);
    this.widthMs *= 2;
  }
}
