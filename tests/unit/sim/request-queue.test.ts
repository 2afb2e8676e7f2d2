import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RequestQueue } from '../../../src/sim/request-queue.ts';
import { PoissonArrivals } from '../../../src/sim/arrivals.ts';
import { Rng } from '../../../src/sim/rng.ts';

describe('RequestQueue', () => {
  it('holds exactly the requests, in order, that a fully stored queue would, whatever it stores', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { maxLength: 400 }),
        fc.integer({ min: 1, max: 16 }),
        (ops, maxStored) => {
          const arrivals = new PoissonArrivals(100, new Rng(9));
          const small = new RequestQueue(maxStored, 1);
          const reference: Array<[number, number]> = [];
          let id = 0;
          for (const push of ops) {
            if (push) {
              const t = arrivals.next();
              small.push(t, id, arrivals);
              reference.push([t, id++]);
            } else if (reference.length > 0) {
              const [t, expectedId] = reference.shift()!;
              expect([small.peekTime(), small.peekId()]).toEqual([t, expectedId]);
              small.shift();
            }
            expect(small.length).toBe(reference.length);
            expect(small.length - small.unstoredCount).toBeLessThanOrEqual(maxStored);
          }
        },
      ),
    );
  });
});
