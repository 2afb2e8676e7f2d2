import { describe, expect, it } from 'vitest';
import { groupByVersion, queueScale } from '../../../src/ui/charts/replica-groups.ts';

describe('replica strip grouping', () => {
  it('groups by version, ordered by slot, with state counts', () => {
    const groups = groupByVersion([
      { slot: 3, uid: 7, version: 1, state: 'loading' },
      { slot: 1, uid: 2, version: 0, state: 'ready' },
      { slot: 0, uid: 1, version: 0, state: 'draining' },
      { slot: 2, uid: 5, version: 1, state: 'ready' },
    ]);
    expect(groups.map((g) => g.version)).toEqual([0, 1]);
    expect(groups[0].replicas.map((r) => r.slot)).toEqual([0, 1]);
    expect(groups[1].replicas.map((r) => r.uid)).toEqual([5, 7]);
    expect(groups[0].counts).toEqual({ cold: 0, loading: 0, ready: 1, draining: 1, stopped: 0 });
    expect(groupByVersion([])).toEqual([]);
  });

  it('scales the queue bar to the capacity, or to a round number above the peak', () => {
    expect(queueScale(3, 50)).toBe(50);
    expect(queueScale(0, null)).toBe(10);
    expect(queueScale(10, null)).toBe(10);
    expect(queueScale(11, null)).toBe(20);
    expect(queueScale(21, undefined)).toBe(50);
    expect(queueScale(501, Number.POSITIVE_INFINITY)).toBe(1000);
    expect(queueScale(Number.NaN, null)).toBe(10);
  });
});
