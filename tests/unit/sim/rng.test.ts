import { describe, expect, it } from 'vitest';
import { Rng } from '../../../src/sim/rng.ts';

describe('Rng (sfc32)', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const seqA = Array.from({ length: 100 }, () => a.nextUint32());
    const seqB = Array.from({ length: 100 }, () => b.nextUint32());
    const seqC = Array.from({ length: 100 }, () => c.nextUint32());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
  });

  it('gives named streams that are reproducible and independent of each other', () => {
    const x = Rng.stream(7, 'arrivals').nextUint32();
    expect(Rng.stream(7, 'arrivals').nextUint32()).toBe(x);
    expect(Rng.stream(7, 'service').nextUint32()).not.toBe(x);
  });

  it('draws uniforms strictly inside (0, 1) with the right mean and variance', () => {
    const rng = new Rng(1);
    const n = 200_000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.uniform();
      expect(u > 0 && u < 1).toBe(true);
      sum += u;
      squares += u * u;
    }
    const mean = sum / n;
    // Standard error of the mean is sqrt(1/12 / n) = 0.00065; 0.003 is more than four of them.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.003);
    expect(Math.abs(squares / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });

  it('clones: the copy continues with exactly the same numbers', () => {
    const rng = new Rng(5);
    rng.nextUint32();
    const copy = rng.clone();
    expect(Array.from({ length: 10 }, () => copy.uniform())).toEqual(
      Array.from({ length: 10 }, () => rng.uniform()),
    );
  });
});
