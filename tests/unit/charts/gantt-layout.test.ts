import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BatchRunRecord } from '../../../src/modes/batch/run-log.ts';
import { assignLanes, ganttLayout, type Interval } from '../../../src/ui/charts/gantt-layout.ts';

/** The most intervals alive at one instant: the fewest lanes any assignment can use. */
function maxOverlap(intervals: readonly Interval[]): number {
  const events: Array<[number, number]> = [];
  for (const { startMs, endMs } of intervals) {
    if (endMs <= startMs) continue;
    events.push([startMs, 1], [endMs, -1]);
  }
  // Ends before starts at the same instant: intervals are half-open.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let alive = 0;
  let most = 0;
  for (const [, d] of events) {
    alive += d;
    most = Math.max(most, alive);
  }
  return most;
}

const intervals = fc.array(
  fc
    .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 300 }))
    .map(([startMs, length]) => ({ startMs, endMs: startMs + length })),
  { maxLength: 80 },
);

describe('lane assignment', () => {
  it('never puts overlapping runs in one lane', () => {
    fc.assert(
      fc.property(intervals, (list) => {
        const lanes = assignLanes(list);
        for (let i = 0; i < list.length; i++)
          for (let j = i + 1; j < list.length; j++)
            if (lanes[i] === lanes[j]) {
              const overlap = list[i].startMs < list[j].endMs && list[j].startMs < list[i].endMs;
              expect(overlap).toBe(false);
            }
      }),
    );
  });

  it('uses the minimum number of lanes (the largest overlap)', () => {
    fc.assert(
      fc.property(intervals, (list) => {
        const lanes = assignLanes(list);
        const used = lanes.length === 0 ? 0 : Math.max(...lanes) + 1;
        expect(used).toBe(maxOverlap(list));
      }),
    );
  });

  it('lets a run that starts when another ends share its lane', () => {
    expect(
      assignLanes([
        { startMs: 0, endMs: 10 },
        { startMs: 10, endMs: 20 },
        { startMs: 5, endMs: 15 },
      ]),
    ).toEqual([0, 0, 1]);
  });
});

function run(
  runId: number,
  scheduledMs: number,
  startMs: number | null,
  endMs: number | null,
  outcome: BatchRunRecord['outcome'],
): BatchRunRecord {
  return { runId, scheduledMs, startMs, endMs, outcome, attempts: 1, rows: 0 };
}

describe('gantt layout', () => {
  const runs = [
    run(1, 0, 0, 1500, 'succeeded'),
    run(2, 1000, 1500, 2600, 'failed'),
    run(3, 2000, null, 2000, 'skipped'),
    run(4, 3000, 3000, null, 'running'),
    run(5, 4000, null, null, 'queued'),
  ];
  const layout = ganttLayout({ runs, nowMs: 4500, width: 500, xStartMs: 0, xEndMs: 6000 });

  it('stacks overlapping runs and keeps skipped ticks out of the lanes', () => {
    expect(layout.bars.map((b) => b.run.runId)).toEqual([1, 2, 4, 5]);
    expect(layout.lanes).toBe(2);
    const lane = Object.fromEntries(layout.bars.map((b) => [b.run.runId, b.lane]));
    expect(lane[1]).not.toBe(lane[2]);
    expect(layout.skipped.map((s) => s.run.runId)).toEqual([3]);
  });

  it('draws the wait before a late start and open runs up to now', () => {
    const byId = new Map(layout.bars.map((b) => [b.run.runId, b]));
    const x = (ms: number) => layout.plot.x + (ms / 6000) * layout.plot.width;
    expect(byId.get(2)?.waitX).toBeCloseTo(x(1000));
    expect(byId.get(2)?.startX).toBeCloseTo(x(1500));
    expect(byId.get(4)?.endX).toBeCloseTo(x(4500));
    expect(byId.get(4)?.open).toBe(true);
    expect(byId.get(5)?.startX).toBeCloseTo(x(4000));
    expect(byId.get(5)?.endX).toBeCloseTo(x(4500));
    expect(layout.nowX).toBeCloseTo(x(4500));
  });

  it('grows in height with the lanes', () => {
    const one = ganttLayout({ runs: [runs[0]], nowMs: 4500, width: 500 });
    expect(layout.height).toBeGreaterThan(one.height);
    expect(ganttLayout({ runs: [], nowMs: 0, width: 320 }).lanes).toBe(0);
  });
});
