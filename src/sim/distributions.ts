import type { Rng } from './rng.ts';

/**
 * Service-time and inter-arrival distributions, all parameterised by their mean (ms) so that a
 * learner can change the shape without changing the load.
 */
export interface Distribution {
  readonly mean: number;
  /** Squared coefficient of variation, Var / mean^2: what Pollaczek-Khinchine needs. */
  readonly cv2: number;
  sample(rng: Rng): number;
}

export type DistributionSpec =
  | { kind: 'exponential'; mean: number }
  | { kind: 'deterministic'; mean: number }
  | { kind: 'uniform'; mean: number; cv?: number }
  | { kind: 'lognormal'; mean: number; cv: number }
  | { kind: 'empirical'; samples: readonly number[] };

export class Exponential implements Distribution {
  readonly cv2 = 1;
  constructor(readonly mean: number) {}
  sample(rng: Rng): number {
    return -this.mean * Math.log(rng.uniform());
  }
}

export class Deterministic implements Distribution {
  readonly cv2 = 0;
  constructor(readonly mean: number) {}
  sample(): number {
    return this.mean;
  }
}

/** Uniform around the mean with a given CV; the default CV 1/sqrt(3) is U(0, 2 x mean). */
export class Uniform implements Distribution {
  readonly cv2: number;
  private readonly low: number;
  private readonly width: number;
  constructor(
    readonly mean: number,
    cv = 1 / Math.sqrt(3),
  ) {
    // U(a, b) has mean (a+b)/2 and standard deviation (b-a)/sqrt(12), so half-width = sqrt(3) cv mean.
    const halfWidth = Math.sqrt(3) * cv * mean;
    this.low = mean - halfWidth;
    this.width = 2 * halfWidth;
    this.cv2 = cv * cv;
  }
  sample(rng: Rng): number {
    return this.low + this.width * rng.uniform();
  }
}

/**
 * Lognormal with a given mean and CV: sigma^2 = ln(1 + cv^2), mu = ln(mean) - sigma^2 / 2
 * (the standard moment relations of the lognormal). Normals by Box-Muller, the spare one kept.
 */
export class Lognormal implements Distribution {
  readonly cv2: number;
  private readonly mu: number;
  private readonly sigma: number;
  private spare = Number.NaN;
  constructor(
    readonly mean: number,
    cv: number,
  ) {
    this.cv2 = cv * cv;
    const variance = Math.log(1 + this.cv2);
    this.sigma = Math.sqrt(variance);
    this.mu = Math.log(mean) - variance / 2;
  }
  sample(rng: Rng): number {
    let z = this.spare;
    if (Number.isNaN(z)) {
      const r = Math.sqrt(-2 * Math.log(rng.uniform()));
      const theta = 2 * Math.PI * rng.uniform();
      z = r * Math.cos(theta);
      this.spare = r * Math.sin(theta);
    } else {
      this.spare = Number.NaN;
    }
    return Math.exp(this.mu + this.sigma * z);
  }
}

/** Resamples measured values uniformly (the bootstrap), e.g. inference times measured on a device. */
export class Empirical implements Distribution {
  readonly mean: number;
  readonly cv2: number;
  private readonly values: Float64Array;
  constructor(samples: readonly number[]) {
    this.values = Float64Array.from(samples);
    let sum = 0;
    for (const v of this.values) sum += v;
    this.mean = sum / this.values.length;
    let squares = 0;
    for (const v of this.values) squares += (v - this.mean) ** 2;
    this.cv2 = this.mean > 0 ? squares / this.values.length / this.mean ** 2 : 0;
  }
  sample(rng: Rng): number {
    // uniform() < 1, so the index is always in range.
    return this.values[Math.floor(rng.uniform() * this.values.length)];
  }
}

export function createDistribution(spec: DistributionSpec): Distribution {
  switch (spec.kind) {
    case 'exponential':
      return new Exponential(spec.mean);
    case 'deterministic':
      return new Deterministic(spec.mean);
    case 'uniform':
      return new Uniform(spec.mean, spec.cv);
    case 'lognormal':
      return new Lognormal(spec.mean, spec.cv);
    case 'empirical':
      return new Empirical(spec.samples);
  }
}
