import type { DistributionSpec } from './distributions.ts';
import { ParamError, checkNumber } from './param-error.ts';

export const DISTRIBUTION_KINDS = [
  'exponential',
  'deterministic',
  'uniform',
  'lognormal',
  'empirical',
] as const;

/** Means are in ms; a day is the longest service or gap a course simulation needs. */
const MAX_MEAN_MS = 86_400_000;
const FORMAT =
  'KIND:MEAN_MS with KIND exponential, deterministic, uniform or lognormal (lognormal:MEAN_MS:CV, ' +
  'uniform:MEAN_MS[:CV]), or empirical:V1,V2,... (ms)';

/** A lognormal's largest coefficient of variation: far beyond any measured service time. */
export const MAX_LOGNORMAL_CV = 10;

/** Checks a spec's numbers; returns it unchanged or throws a ParamError naming `field`. */
export function validateDistribution(field: string, spec: DistributionSpec): DistributionSpec {
  if (spec.kind === 'empirical') {
    if (spec.samples.length === 0 || spec.samples.length > 100_000) {
      throw new ParamError(field, 'a list of 1 to 100000 samples', spec.samples.length);
    }
    spec.samples.forEach((v) => checkNumber(`${field} sample`, v, { min: 0, max: MAX_MEAN_MS }));
    if (!spec.samples.some((v) => v > 0))
      throw new ParamError(field, 'samples with a positive mean', spec.samples);
    return spec;
  }
  checkNumber(`${field} mean`, spec.mean, { min: 0, max: MAX_MEAN_MS, exclusiveMin: true });
  if (spec.kind === 'lognormal')
    checkNumber(`${field} CV`, spec.cv, { min: 0, max: MAX_LOGNORMAL_CV, exclusiveMin: true });
  // A uniform around the mean stays non-negative only while sqrt(3) cv <= 1.
  if (spec.kind === 'uniform' && spec.cv !== undefined) {
    checkNumber(`${field} CV`, spec.cv, { min: 0, max: 1 / Math.sqrt(3) });
  }
  return spec;
}

/** Parses "exponential:10", "lognormal:10:0.5", "uniform:10", "empirical:3,4.5,9" (ms). */
export function parseDistribution(field: string, text: string): DistributionSpec {
  const [kind, ...rest] = text.split(':');
  const numbers = rest.map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
  const fail = () => new ParamError(field, FORMAT, text);
  let spec: DistributionSpec;
  switch (kind) {
    case 'exponential':
    case 'deterministic':
      if (numbers.length !== 1) throw fail();
      spec = { kind, mean: numbers[0] };
      break;
    case 'uniform':
      if (numbers.length < 1 || numbers.length > 2) throw fail();
      spec =
        numbers.length === 2
          ? { kind, mean: numbers[0], cv: numbers[1] }
          : { kind, mean: numbers[0] };
      break;
    case 'lognormal':
      if (numbers.length !== 2) throw fail();
      spec = { kind, mean: numbers[0], cv: numbers[1] };
      break;
    case 'empirical': {
      if (rest.length !== 1) throw fail();
      const samples = rest[0].split(',').map((v) => (v.trim() === '' ? Number.NaN : Number(v)));
      spec = { kind, samples };
      break;
    }
    default:
      throw fail();
  }
  if (spec.kind !== 'empirical' && numbers.some((n) => Number.isNaN(n))) throw fail();
  return validateDistribution(field, spec);
}

/** The inverse of parseDistribution, for reports and URLs. */
export function formatDistribution(spec: DistributionSpec): string {
  switch (spec.kind) {
    case 'empirical':
      return `empirical:${spec.samples.join(',')}`;
    case 'lognormal':
      return `lognormal:${spec.mean}:${spec.cv}`;
    case 'uniform':
      return spec.cv === undefined ? `uniform:${spec.mean}` : `uniform:${spec.mean}:${spec.cv}`;
    default:
      return `${spec.kind}:${spec.mean}`;
  }
}
