import { describe, expect, it } from 'vitest';
import { TimeWeighted } from '../../../src/sim/stats/time-weighted.ts';

describe('TimeWeighted', () => {
  it('averages a step function by the time spent at each value', () => {
    const q = new TimeWeighted();
    q.set(0, 2); // 2 for 10 ms
    q.set(10, 4); // 4 for 30 ms
    q.add(40, -4); // 0 for 10 ms
    expect(q.average(50)).toBeCloseTo((2 * 10 + 4 * 30) / 50, 12);
    expect(q.peak).toBe(4);
  });

  it('forgets the warm-up when restarted', () => {
    const q = new TimeWeighted();
    q.set(0, 100);
    q.restart(10);
    q.set(20, 1);
    expect(q.average(30)).toBeCloseTo((100 * 10 + 1 * 10) / 20, 12);
  });
});
