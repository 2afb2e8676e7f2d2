import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { smallestMeeting } from '../../../src/modes/compare/right-size.ts';
import type { Headline } from '../../../src/modes/headline.ts';

/** A run that meets the target from `k` machines on (never when k is beyond max). */
const runFrom = (k: number) => (n: number) => ({ meetsTarget: n >= k }) as Headline;

describe('sizing a fleet: the smallest that meets the target', () => {
  it('finds the smallest size for every threshold, simulating each size at most once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 300 }), (k, max) => {
        const found = smallestMeeting(runFrom(k), max);
        expect(new Set(found.tried).size).toBe(found.tried.length);
        // One, the largest, then halving: at most 2 + log2(max) runs.
        expect(found.tried.length).toBeLessThanOrEqual(2 + Math.ceil(Math.log2(max)));
        if (k <= max) expect(found.n).toBe(k);
        else expect(found.n).toBeNull();
      }),
    );
  });

  it('tries one machine first and stops there when it is enough', () => {
    expect(smallestMeeting(runFrom(1), 64)).toMatchObject({ n: 1, tried: [1] });
  });

  it('gives up after the largest fleet misses, without trying every size', () => {
    expect(smallestMeeting(runFrom(1000), 256)).toEqual({ n: null, tried: [1, 256] });
  });
});
