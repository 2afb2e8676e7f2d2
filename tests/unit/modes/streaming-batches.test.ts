import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { StreamingSimulation } from '../../../src/modes/streaming/simulation.ts';
import { StreamingEventKind } from '../../../src/modes/streaming/report.ts';
import { boundaryAfter, boundaryFrom } from '../../../src/modes/streaming/trigger.ts';
import { STREAMING_DEFAULTS, type StreamingConfig } from '../../../src/modes/streaming/config.ts';

interface Batch {
  consumer: number;
  startMs: number;
  endMs: number;
  records: number;
}

/**
 * Runs to the end and returns each consumer's batches in order. Pairing starts with ends also
 * checks that a consumer never runs two batches at once.
 */
function batchesByConsumer(p: StreamingConfig, capacity = 200_000): Map<number, Batch[]> {
  const sim = new StreamingSimulation(p, { recentEvents: capacity });
  sim.run();
  // Every event was kept, so no batch is missed.
  expect(sim.recent.total).toBeLessThanOrEqual(capacity);
  const open = new Map<number, Batch>();
  const byConsumer = new Map<number, Batch[]>();
  for (const e of sim.recent.toArray()) {
    if (e.kind === StreamingEventKind.batchStarted) {
      if (open.has(e.where)) throw new Error(`consumer ${e.where} started two batches at once`);
      open.set(e.where, { consumer: e.where, startMs: e.timeMs, endMs: Number.NaN, records: e.id });
    } else if (e.kind === StreamingEventKind.batchEnded) {
      const batch = open.get(e.where);
      if (batch === undefined || batch.records !== e.id)
        throw new Error(`consumer ${e.where} ended a batch it had not started`);
      batch.endMs = e.timeMs;
      open.delete(e.where);
      const list = byConsumer.get(e.where);
      if (list === undefined) byConsumer.set(e.where, [batch]);
      else list.push(batch);
    }
  }
  return byConsumer;
}

const onBoundary = (t: number, triggerMs: number): boolean =>
  Math.abs(t / triggerMs - Math.round(t / triggerMs)) < 1e-9;

describe('streaming micro-batches (Spark processing-time trigger)', () => {
  it('start on trigger boundaries under a light load, each ending before the next boundary', () => {
    const byConsumer = batchesByConsumer({
      ...STREAMING_DEFAULTS,
      arrivalRatePerS: 200,
      partitions: 2,
      consumers: 2,
      service: { kind: 'deterministic', mean: 1 },
      triggerMs: 500,
      maxBatch: 1000,
      durationS: 60,
    });
    // 100 records/s per consumer: one batch of about 50 records (50 ms) per 500 ms interval.
    expect(byConsumer.size).toBe(2);
    for (const list of byConsumer.values()) {
      expect(list.length).toBeGreaterThan(100);
      const offBoundary = list.filter((b) => !onBoundary(b.startMs, 500));
      expect(offBoundary).toEqual([]);
      expect(list.filter((b) => b.endMs >= b.startMs + 500)).toEqual([]);
      const gaps = list.slice(1).map((b, i) => b.startMs - list[i].startMs);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(500);
    }
  });

  it('run back to back, full, with no gap, when overloaded', () => {
    // 1500 records/s per consumer against 150 / (150 x 2 ms) = 500/s: every batch takes the
    // maximum of 150 records and lasts 300 ms, longer than the 200 ms trigger.
    const byConsumer = batchesByConsumer({
      ...STREAMING_DEFAULTS,
      arrivalRatePerS: 3000,
      partitions: 2,
      consumers: 2,
      service: { kind: 'deterministic', mean: 2 },
      triggerMs: 200,
      maxBatch: 150,
      durationS: 30,
    });
    expect(byConsumer.size).toBe(2);
    for (const list of byConsumer.values()) {
      expect(list.length).toBeGreaterThan(90);
      // The first batch may be partial (the log starts empty); all later ones are full.
      const later = list.slice(1);
      expect(later.filter((b) => b.records !== 150)).toEqual([]);
      expect(later.filter((b, i) => b.startMs !== list[i].endMs)).toEqual([]);
    }
  });

  it('never overlap, never exceed max-batch, and start on a boundary or as the previous one ends', () => {
    const arbitrary = fc
      .record({
        arrivalRatePerS: fc.double({ min: 1, max: 5000, noNaN: true }),
        partitions: fc.integer({ min: 1, max: 6 }),
        consumers: fc.integer({ min: 1, max: 8 }),
        service: fc
          .double({ min: 0.05, max: 5, noNaN: true })
          .map((mean) => ({ kind: 'exponential' as const, mean })),
        triggerMs: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 1000, noNaN: true })),
        maxBatch: fc.integer({ min: 1, max: 300 }),
        batchOverheadMs: fc.double({ min: 0, max: 50, noNaN: true }),
        rebalanceMs: fc.double({ min: 0, max: 2000, noNaN: true }),
        change: fc.option(
          fc.record({
            atS: fc.double({ min: 0.1, max: 2.9, noNaN: true }),
            consumers: fc.integer({ min: 0, max: 8 }),
          }),
        ),
        seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      })
      .map(({ change, ...rest }) => ({
        ...STREAMING_DEFAULTS,
        ...rest,
        consumersChanges: change === null ? [] : [change],
        durationS: 3,
      }));
    fc.assert(
      fc.property(arbitrary, (p) => {
        const bad: string[] = [];
        for (const [consumer, list] of batchesByConsumer(p, 50_000)) {
          list.forEach((b, i) => {
            if (b.records < 1 || b.records > p.maxBatch) bad.push(`${consumer}: size ${b.records}`);
            if (!(b.endMs > b.startMs)) bad.push(`${consumer}: empty duration at ${b.startMs}`);
            if (i === 0) return;
            const previousEnd = list[i - 1].endMs;
            if (b.startMs < previousEnd) bad.push(`${consumer}: overlap at ${b.startMs}`);
            const afterWait = p.triggerMs > 0 && b.startMs !== previousEnd;
            if (afterWait && !onBoundary(b.startMs, p.triggerMs))
              bad.push(`${consumer}: off-boundary start at ${b.startMs}`);
          });
        }
        expect(bad).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('trigger boundaries', () => {
  it("follow Spark's nextBatchTime: the next multiple of the interval strictly after a batch starts", () => {
    expect(boundaryAfter(0, 200)).toBe(200);
    expect(boundaryAfter(200, 200)).toBe(400);
    expect(boundaryAfter(250, 200)).toBe(400);
    // 0.1 x 3 is 0.30000000000000004 in floating point: still boundary 3, so the next is 4.
    expect(boundaryAfter(0.1 * 3, 0.1)).toBeCloseTo(0.4, 12);
    expect(boundaryAfter(250, 0)).toBe(250);
  });

  it('wake a consumer that found new data at the first boundary not before now', () => {
    expect(boundaryFrom(200, 200)).toBe(200);
    expect(boundaryFrom(201, 200)).toBe(400);
    expect(boundaryFrom(0.1 * 3, 0.1)).toBe(0.1 * 3);
    expect(boundaryFrom(77, 0)).toBe(77);
  });
});
