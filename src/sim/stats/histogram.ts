/**
 * Quantiles with bounded memory and bounded relative error: a log-linear histogram in the manner
 * of HdrHistogram (Gil Tene), chosen over sketches such as t-digest or DDSketch because recording
 * is a few integer operations with no logarithm: a value's bucket is read straight from the bits of
 * its IEEE-754 double, the 11-bit exponent (which power of two) and the top SUB_BITS bits of the
 * mantissa (which of 2^SUB_BITS equal slices of that power of two). Merging is adding counts.
 *
 * Error bound: a bucket [lo, lo + w) has w = 2^e / 2^SUB_BITS <= lo / 128, and a quantile is
 * reported as the bucket's midpoint clamped to the exact min and max, so the relative error of any
 * reported quantile is at most 1/256 (0.39%), inside the 1% the course promises. Values below
 * MIN_VALUE_MS (about one nanosecond) share one "zero" bucket reported as 0; values above
 * 2^40 ms (35 years) share the top bucket. Memory: 60 powers of two x 128 buckets, about 60 KB.
 */
const SUB_BITS = 7;
const MIN_EXPONENT = -20;
const MAX_EXPONENT = 40;
export const MIN_VALUE_MS = 2 ** MIN_EXPONENT;
export const MAX_RELATIVE_ERROR = 1 / 2 ** (SUB_BITS + 1);
const BUCKETS = (MAX_EXPONENT - MIN_EXPONENT) << SUB_BITS;
/** The high word of a double shifted right by this keeps the exponent and SUB_BITS of mantissa. */
const SHIFT = 20 - SUB_BITS;
const OFFSET = (1023 + MIN_EXPONENT) << SUB_BITS;

const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
// Typed arrays use the platform's byte order; find which 32-bit word holds the exponent.
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LOW = 1 - HIGH;

function bucketLowerBound(index: number): number {
  words[HIGH] = (index + OFFSET) << SHIFT;
  words[LOW] = 0;
  return scratch[0];
}

export interface QuantileSummary {
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
}

export class LogHistogram {
  private readonly counts = new Float64Array(BUCKETS);
  private zeroCount = 0;
  count = 0;
  sum = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;

  record(value: number): void {
    this.count++;
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    if (!(value >= MIN_VALUE_MS)) {
      this.zeroCount++;
      return;
    }
    scratch[0] = value;
    let index = (words[HIGH] >>> SHIFT) - OFFSET;
    if (index >= BUCKETS) index = BUCKETS - 1;
    this.counts[index]++;
  }

  /**
   * `weight` observations of `value` at once: a sample standing for several (a thinned record of
   * arrivals keeps every k-th, each counting k times). Counts stay whole numbers.
   */
  recordWeighted(value: number, weight: number): void {
    if (weight === 1) return this.record(value);
    this.count += weight;
    this.sum += value * weight;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    if (!(value >= MIN_VALUE_MS)) {
      this.zeroCount += weight;
      return;
    }
    scratch[0] = value;
    let index = (words[HIGH] >>> SHIFT) - OFFSET;
    if (index >= BUCKETS) index = BUCKETS - 1;
    this.counts[index] += weight;
  }

  get mean(): number {
    return this.count > 0 ? this.sum / this.count : Number.NaN;
  }

  /** The value at quantile q in [0, 1], within MAX_RELATIVE_ERROR; NaN when empty. */
  quantile(q: number): number {
    if (this.count === 0) return Number.NaN;
    const rank = Math.max(1, Math.ceil(q * this.count));
    if (rank <= this.zeroCount) return Math.max(0, this.min);
    let seen = this.zeroCount;
    const counts = this.counts;
    for (let i = 0; i < BUCKETS; i++) {
      seen += counts[i];
      if (seen >= rank) {
        const low = bucketLowerBound(i);
        const mid = low * (1 + 0.5 / (1 << SUB_BITS));
        return Math.min(this.max, Math.max(this.min, mid));
      }
    }
    return this.max;
  }

  summary(): QuantileSummary {
    return {
      mean: this.mean,
      p50: this.quantile(0.5),
      p90: this.quantile(0.9),
      p95: this.quantile(0.95),
      p99: this.quantile(0.99),
      max: this.count > 0 ? this.max : Number.NaN,
    };
  }

  /** Adds another histogram's observations to this one. */
  merge(other: LogHistogram): void {
    for (let i = 0; i < BUCKETS; i++) this.counts[i] += other.counts[i];
    this.zeroCount += other.zeroCount;
    this.count += other.count;
    this.sum += other.sum;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
  }

  /**
   * This histogram without `other`'s observations (which must be among them): the answered
   * requests without the errors. Min and max stay this one's (they only clamp quantiles).
   */
  without(other: LogHistogram): LogHistogram {
    const out = new LogHistogram();
    out.merge(this);
    for (let i = 0; i < BUCKETS; i++) out.counts[i] -= other.counts[i];
    out.zeroCount -= other.zeroCount;
    out.count -= other.count;
    out.sum -= other.sum;
    return out;
  }

  reset(): void {
    this.counts.fill(0);
    this.zeroCount = 0;
    this.count = 0;
    this.sum = 0;
    this.min = Number.POSITIVE_INFINITY;
    this.max = Number.NEGATIVE_INFINITY;
  }

  /** Non-empty buckets as [lower bound, upper bound, count], for charts. */
  buckets(): Array<[number, number, number]> {
    const out: Array<[number, number, number]> = [];
    if (this.zeroCount > 0) out.push([0, MIN_VALUE_MS, this.zeroCount]);
    for (let i = 0; i < BUCKETS; i++) {
      if (this.counts[i] > 0)
        out.push([bucketLowerBound(i), bucketLowerBound(i + 1), this.counts[i]]);
    }
    return out;
  }
}

/**
 * The q-quantile over every event of a window when only `usable` of `usable + unusable` got a
 * value, the others counting as never (an event rejected, timed out, failed or still waiting at
 * the end got no prediction): Infinity when the quantile falls among those. `h` holds the usable
 * events' values (its count is how many there were).
 */
export function quantileOverAll(h: LogHistogram, q: number, unusable: number): number {
  if (h.count <= 0) return Number.POSITIVE_INFINITY;
  if (unusable <= 0) return h.quantile(q);
  const share = (q * (h.count + unusable)) / h.count;
  return share > 1 ? Number.POSITIVE_INFINITY : h.quantile(share);
}
