/**
 * Building blocks for feature encoders. Every encoder writes into a fixed-length Float32Array with
 * constants fixed in code, so the browser encodes a row exactly as training did, with nothing to
 * fit or load first.
 */

/** Writes values in order and checks at the end that the vector was filled exactly. */
export class FeatureWriter {
  private readonly values: Float32Array;
  private at = 0;

  constructor(readonly length: number) {
    this.values = new Float32Array(length);
  }

  push(value: number): this {
    this.values[this.at++] = value;
    return this;
  }

  /** A one-hot block for `value` among `categories` (all zeros for an unknown value). */
  oneHot<T>(value: T, categories: readonly T[]): this {
    for (const c of categories) this.push(c === value ? 1 : 0);
    return this;
  }

  flag(value: boolean): this {
    return this.push(value ? 1 : 0);
  }

  /** `min(value, cap) / cap`: counts with a long tail, squeezed into [0, 1]. */
  capped(value: number, cap: number): this {
    return this.push(Math.min(Math.max(value, 0), cap) / cap);
  }

  /** `log(1 + value) / scale`: prices, durations and distances vary over orders of magnitude. */
  log1p(value: number, scale: number): this {
    return this.push(Math.log1p(Math.max(value, 0)) / scale);
  }

  /** Two features placing `value` on a circle of `period`, so that hour 23 sits next to hour 0. */
  cyclic(value: number, period: number): this {
    const angle = (2 * Math.PI * value) / period;
    return this.push(Math.sin(angle)).push(Math.cos(angle));
  }

  done(): Float32Array {
    if (this.at !== this.length) {
      throw new Error(`feature vector has ${this.at} values, expected ${this.length}`);
    }
    return this.values;
  }
}

/** Names of a one-hot block, `prefix=category`, in the order `oneHot` writes them. */
export function oneHotNames(prefix: string, categories: readonly string[]): string[] {
  return categories.map((c) => `${prefix}=${c}`);
}
