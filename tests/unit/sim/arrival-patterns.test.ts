import { describe, expect, it } from 'vitest';
import {
  createArrivalProcess,
  parsePattern,
  rateAt,
  type ArrivalPattern,
} from '../../../src/sim/arrival-patterns.ts';
import { Rng } from '../../../src/sim/rng.ts';
import { ParamError } from '../../../src/sim/param-error.ts';

function countIn(pattern: ArrivalPattern, fromMs: number, toMs: number): number {
  const arrivals = createArrivalProcess(pattern, new Rng(4));
  let n = 0;
  for (let t = arrivals.next(); t < toMs; t = arrivals.next()) if (t >= fromMs) n++;
  return n;
}

describe('arrival patterns', () => {
  it('steps: each segment gets its own rate (Poisson counts within 4 standard deviations)', () => {
    const steps = parsePattern('arrivalPattern', 'steps:0=100,60=400,120=0,180=50');
    for (const [from, to, rate] of [
      [0, 60, 100],
      [60, 120, 400],
      [120, 180, 0],
      [180, 600, 50],
    ]) {
      const expected = rate * (to - from);
      expect(Math.abs(countIn(steps, from * 1000, to * 1000) - expected)).toBeLessThanOrEqual(
        4 * Math.sqrt(expected) + 1e-9,
      );
    }
  });

  it('daily: follows the cosine, with its peak and trough where the formula puts them', () => {
    const daily = parsePattern('arrivalPattern', 'daily:100:0.8:3600:900');
    expect(rateAt(daily, 900_000)).toBeCloseTo(180, 9);
    expect(rateAt(daily, 2_700_000)).toBeCloseTo(20, 9);
    const peak = countIn(daily, 800_000, 1_000_000);
    const trough = countIn(daily, 2_600_000, 2_800_000);
    // Expected about 180 x 200 = 36,000 and 20 x 200 = 4,000 (the rate is nearly flat near the extremes).
    expect(Math.abs(peak / 36_000 - 1)).toBeLessThan(0.03);
    expect(Math.abs(trough / 4_000 - 1)).toBeLessThan(0.08);
  });

  it('trace: replays the recorded times exactly, then stops', () => {
    const arrivals = createArrivalProcess(
      parsePattern('arrivalPattern', 'trace:0,12.5,40'),
      new Rng(1),
    );
    expect([arrivals.next(), arrivals.next(), arrivals.next(), arrivals.next()]).toEqual([
      0,
      12.5,
      40,
      Infinity,
    ]);
  });

  it('clones continue with the same arrivals', () => {
    for (const text of ['daily:100:0.5:60', 'steps:0=10,1=1000']) {
      const a = createArrivalProcess(parsePattern('arrivalPattern', text), new Rng(2));
      a.next();
      const b = a.clone();
      expect([b.next(), b.next(), b.next()]).toEqual([a.next(), a.next(), a.next()]);
    }
  });

  it.each([
    'daily:100',
    'daily:100:1.5',
    'steps:5=10',
    'steps:0=10,0=20',
    'steps:0=0',
    'trace:5,3',
    'poisson:3',
    'steps:0=x',
  ])('rejects %j naming the field', (text) => {
    expect(() => parsePattern('arrivalPattern', text)).toThrow(ParamError);
  });
});
