import { describe, expect, it } from 'vitest';
import { createDistribution, type DistributionSpec } from '../../../src/sim/distributions.ts';
import { formatDistribution, parseDistribution } from '../../../src/sim/distribution-spec.ts';
import { Rng } from '../../../src/sim/rng.ts';
import { ParamError } from '../../../src/sim/param-error.ts';

function moments(spec: DistributionSpec, n = 400_000) {
  const d = createDistribution(spec);
  const rng = new Rng(3);
  let sum = 0;
  let squares = 0;
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    const x = d.sample(rng);
    sum += x;
    squares += x * x;
    min = Math.min(min, x);
  }
  const mean = sum / n;
  return { mean, cv2: (squares / n - mean * mean) / (mean * mean), min, declared: d };
}

describe('distributions', () => {
  // With 400,000 samples the sample mean's relative standard error is at most sqrt(cv2 / n) < 0.2%;
  // the tolerances below are about five standard errors.
  it.each<[DistributionSpec, number]>([
    [{ kind: 'exponential', mean: 10 }, 1],
    [{ kind: 'deterministic', mean: 10 }, 0],
    [{ kind: 'uniform', mean: 10 }, 1 / 3],
    [{ kind: 'uniform', mean: 10, cv: 0.2 }, 0.04],
    [{ kind: 'lognormal', mean: 10, cv: 0.5 }, 0.25],
    // Mean 4, population variance (9 + 4 + 1 + 36) / 4 = 12.5, so cv2 = 12.5 / 16.
    [{ kind: 'empirical', samples: [1, 2, 3, 10] }, 0.78125],
  ])('%o has its declared mean and squared CV', (spec, cv2) => {
    const m = moments(spec);
    expect(m.declared.cv2).toBeCloseTo(cv2, 10);
    expect(Math.abs(m.mean / m.declared.mean - 1)).toBeLessThan(0.01);
    expect(Math.abs(m.cv2 - cv2)).toBeLessThan(0.05 * Math.max(cv2, 0.1));
    expect(m.min).toBeGreaterThanOrEqual(0);
  });

  it('parses and formats the CLI notation', () => {
    for (const text of [
      'exponential:10',
      'deterministic:2.5',
      'uniform:10',
      'uniform:10:0.3',
      'lognormal:10:0.5',
      'empirical:3,4.5,9',
    ]) {
      expect(formatDistribution(parseDistribution('service', text))).toBe(text);
    }
  });

  it.each([
    '',
    'exponential',
    'exponential:',
    'exponential:-1',
    'exponential:0',
    'lognormal:10',
    'gamma:3',
    'uniform:10:0.9',
    'empirical:',
    'exponential:1:2',
    'deterministic:abc',
  ])('rejects %j with a ParamError naming the field', (text) => {
    expect(() => parseDistribution('service', text)).toThrow(ParamError);
    expect(() => parseDistribution('service', text)).toThrow(/^service/);
  });
});
