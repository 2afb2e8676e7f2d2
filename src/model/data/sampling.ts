import type { Rng } from '../../sim/rng.ts';

/**
 * Small sampling helpers over the project's seeded `Rng`, shared by the data generators. Each
 * takes the generator explicitly so that a data set is a pure function of its seed.
 */

/** Standard normal by Box-Muller (one of the pair is dropped: generators are not hot loops). */
export function normal(rng: Rng, mean = 0, sd = 1): number {
  const r = Math.sqrt(-2 * Math.log(rng.uniform()));
  return mean + sd * r * Math.cos(2 * Math.PI * rng.uniform());
}

/** Lognormal given the median and the log-scale spread, the natural parameters for prices. */
export function lognormal(rng: Rng, median: number, sigma: number): number {
  return median * Math.exp(sigma * normal(rng));
}

export function bernoulli(rng: Rng, p: number): boolean {
  return rng.uniform() < p;
}

/** An index drawn with probability proportional to `weights` (which need not sum to 1). */
export function categoricalIndex(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let u = rng.uniform() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i];
    if (u < 0) return i;
  }
  return weights.length - 1;
}

/** One of `values`, drawn with probability proportional to `weights`. */
export function categorical<T>(rng: Rng, values: readonly T[], weights: readonly number[]): T {
  return values[categoricalIndex(rng, weights)];
}

export function pick<T>(rng: Rng, values: readonly T[]): T {
  return values[Math.floor(rng.uniform() * values.length)];
}

/** Integer in [min, max], both included. */
export function uniformInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng.uniform() * (max - min + 1));
}

/**
 * Poisson counts: Knuth's multiplication method for small means, and the normal approximation
 * with continuity correction above 30, where its error is below the noise we add anyway.
 */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(normal(rng, mean, Math.sqrt(mean))));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.uniform();
  while (p > limit) {
    k++;
    p *= rng.uniform();
  }
  return k;
}

/** Gumbel(0, 1): adding it to utilities and taking the arg max samples a multinomial logit. */
export function gumbel(rng: Rng): number {
  return -Math.log(-Math.log(rng.uniform()));
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
