import { describe, expect, it } from 'vitest';
import { mechanismMessages } from '../../../src/i18n/mechanism-messages.ts';
import type { StreamingView } from '../../../src/modes/streaming/live.ts';
import {
  MAX_SHOWN_PARTITIONS,
  streamingStripLayout,
  windowRecords,
} from '../../../src/ui/widgets/mechanism/streaming-layout.ts';
import {
  isRebalancing,
  lagTrend,
  streamingFacts,
  streamingMarkers,
  totalLag,
} from '../../../src/ui/widgets/mechanism/streaming-state.ts';
import { streamingView } from './mechanism-fixtures.ts';

type Group = StreamingView['group'];

function group(assignment: number[][], fields: Partial<Group> = {}): Group {
  const partitions = assignment.reduce((n, parts) => n + parts.length, 0);
  return {
    state: 'assigned',
    generation: 1,
    consumers: assignment.length,
    partitions,
    assignment,
    ...fields,
  };
}

const partitions = (lags: number[], logEnd = 1000) =>
  lags.map((lag, i) => ({ logEnd, committed: logEnd - lag, consumer: i }));

describe('streaming state', () => {
  it('tells a rebalance by the statechart state', () => {
    expect(isRebalancing(group([[0]]))).toBe(false);
    expect(isRebalancing(group([[]], { state: { rebalancing: 'syncing' } }))).toBe(true);
  });

  it('calls a change within 2% (or one record) steady, else growing or draining', () => {
    expect(lagTrend(null, 50)).toBe('steady');
    expect(lagTrend(1000, 1015)).toBe('steady');
    expect(lagTrend(0, 1)).toBe('steady');
    expect(lagTrend(1000, 1100)).toBe('growing');
    expect(lagTrend(1000, 800)).toBe('draining');
  });

  it('counts readers and idle consumers: more consumers than partitions leaves some idle', () => {
    const view = streamingView({
      group: group([[0], [1], [], []]),
      partitions: partitions([5, 10]),
    });
    expect(streamingFacts(view, 'growing')).toEqual({
      partitions: 2,
      consumers: 4,
      reading: 2,
      idle: 2,
      lag: 15,
      trend: 'growing',
      rebalancing: false,
    });
    expect(totalLag(view.partitions)).toBe(15);
  });

  it('during a rebalance nobody reads and nobody is counted idle', () => {
    const view = streamingView({
      group: group([[], []], { state: { rebalancing: 'revoking' } }),
      partitions: partitions([5, 10]).map((p) => ({ ...p, consumer: null })),
    });
    const facts = streamingFacts(view, 'growing');
    expect(facts.rebalancing).toBe(true);
    expect([facts.reading, facts.idle]).toEqual([0, 0]);
  });

  it('marks a rebalance when it begins, or by its new generation when it was never seen', () => {
    const before = group([[0], [1]]);
    const pausing = group([[], [], []], { state: { rebalancing: 'revoking' }, consumers: 3 });
    expect(streamingMarkers(null, before, 0)).toEqual([]);
    expect(streamingMarkers(before, pausing, 100)).toEqual([
      { kind: 'members', atMs: 100 },
      { kind: 'rebalance', atMs: 100 },
    ]);
    // Ending it is not a second rebalance.
    const after = group([[0], [1], []], { generation: 2 });
    expect(streamingMarkers(pausing, after, 200)).toEqual([]);
    // A whole rebalance between two snapshots.
    expect(streamingMarkers(before, after, 300)).toEqual([
      { kind: 'members', atMs: 300 },
      { kind: 'rebalance', atMs: 300 },
    ]);
  });
});

describe('windowRecords', () => {
  it('holds the largest lag seen and a second and a half of the flow, on a round scale', () => {
    expect(windowRecords(0, 0)).toBe(10);
    expect(windowRecords(30, 0)).toBe(50);
    expect(windowRecords(100, 3000)).toBe(5000);
  });
});

describe('streamingStripLayout', () => {
  const view = streamingView({
    group: group([[0], [1], [], []]),
    partitions: partitions([0, 25], 1000),
  });
  const layout = streamingStripLayout(480, 42, view, 100);

  it('stands each reader beside its partition and the idle consumers in a pool at the left', () => {
    const readers = layout.chips.filter((c) => c.role === 'reader');
    const idle = layout.chips.filter((c) => c.role === 'idle');
    expect(readers.map((c) => c.consumer)).toEqual([0, 1]);
    expect(readers.map((c) => c.y)).toEqual(layout.rows.map((r) => r.y));
    expect(idle.map((c) => c.consumer)).toEqual([2, 3]);
    for (const c of idle) expect(c.x + c.w).toBeLessThan(layout.readers.x0);
    expect(layout.readers.x1).toBeLessThan(layout.track.x0);
    for (const c of layout.chips) expect(c.y + c.h).toBeLessThanOrEqual(42);
  });

  it("makes one tall box of a consumer's neighbouring partitions", () => {
    const two = streamingView({
      group: group([
        [0, 1],
        [2, 3],
      ]),
      partitions: partitions([1, 1, 1, 1]).map((p, i) => ({ ...p, consumer: i < 2 ? 0 : 1 })),
    });
    const boxes = streamingStripLayout(480, 42, two, 100).chips;
    expect(boxes.map((c) => [c.consumer, c.role])).toEqual([
      [0, 'reader'],
      [1, 'reader'],
    ]);
    const rows = streamingStripLayout(480, 42, two, 100).rows;
    expect(boxes[0].h).toBeCloseTo(rows[1].y + rows[1].h - rows[0].y);
  });

  it('puts the read position lag records before the log end, on the shared scale', () => {
    const [caughtUp, behind] = layout.rows;
    const px = (layout.track.x1 - layout.track.x0) / 100;
    expect(caughtUp.headX).toBeCloseTo(layout.track.x1);
    expect(behind.headX).toBeCloseTo(layout.track.x1 - 25 * px);
    expect(behind.lag).toBe(25);
  });

  it('marks records no closer than a few pixels, and starts the log at offset 0', () => {
    const young = streamingStripLayout(
      480,
      42,
      streamingView({ ...view, partitions: partitions([0], 20) }),
      100,
    );
    const row = young.rows[0];
    expect(row.startX).toBeCloseTo(young.track.x1 - 20 * ((young.track.x1 - young.track.x0) / 100));
    const marks = row.ticks.match(/M/g)?.length ?? 0;
    expect(marks).toBeGreaterThan(0);
    expect(marks).toBeLessThanOrEqual(Math.ceil((young.track.x1 - young.track.x0) / 8) + 1);
  });

  it('empties the reader boxes during a rebalance, keeping the pool as it will be', () => {
    const paused = streamingView({
      group: group([[], [], []], { state: { rebalancing: 'syncing' }, partitions: 2 }),
      partitions: partitions([5, 5]).map((p) => ({ ...p, consumer: null })),
    });
    const chips = streamingStripLayout(320, 42, paused, 100).chips;
    expect(chips.map((c) => [c.consumer, c.role])).toEqual([
      [null, 'empty'],
      [null, 'empty'],
      [null, 'idle'],
    ]);
  });

  it('shows at most MAX_SHOWN_PARTITIONS rows and says how many more there are', () => {
    const many = streamingView({
      group: group([Array.from({ length: 40 }, (_, i) => i)]),
      partitions: partitions(new Array(40).fill(3)),
    });
    const crowded = streamingStripLayout(320, 42, many, 100);
    expect(crowded.rows).toHaveLength(MAX_SHOWN_PARTITIONS);
    expect(crowded.hiddenPartitions).toBe(40 - MAX_SHOWN_PARTITIONS);
    const last = crowded.rows.at(-1)!;
    expect(last.y + last.h).toBeLessThanOrEqual(42.001);
  });
});

describe('the spoken summary', () => {
  const facts = {
    partitions: 4,
    consumers: 6,
    reading: 4,
    idle: 2,
    lag: 1234,
    trend: 'growing' as const,
    rebalancing: false,
  };

  it('says who reads, who is idle, and how the lag goes', () => {
    expect(mechanismMessages.en.streaming.summary('1 min 5 s', facts)).toBe(
      'Simulated time: 1 min 5 s. 4 partitions and 6 consumers. 4 reading; each partition has exactly one reader. 2 without a partition, idle. Lag: 1,234 events to process, growing.',
    );
    expect(mechanismMessages.es.streaming.summary('1 min 5 s', facts)).toBe(
      'Tiempo simulado: 1 min 5 s. 4 particiones y 6 consumidores. 4 leen; cada partición tiene un solo lector. 2 sin partición, ociosos. Retraso: 1234 eventos por procesar, creciendo.',
    );
  });

  it('says a rebalance pauses everyone', () => {
    const paused = { ...facts, rebalancing: true, reading: 0, idle: 0 };
    expect(mechanismMessages.en.streaming.summary('2 min', paused)).toContain(
      'Rebalance in progress: nobody reads, events pile up.',
    );
    expect(mechanismMessages.es.streaming.summary('2 min', paused)).toContain(
      'Rebalanceo en curso: nadie lee, los eventos se acumulan.',
    );
  });
});
