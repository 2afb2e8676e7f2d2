import { describe, expect, it } from 'vitest';
import { StreamingSimulation } from '../../../src/modes/streaming/simulation.ts';
import { StreamingEventKind } from '../../../src/modes/streaming/report.ts';
import { STREAMING_DEFAULTS, type StreamingConfig } from '../../../src/modes/streaming/config.ts';
import { seriesBefore } from './retune-helpers.ts';

const params = (overrides: Partial<StreamingConfig>): StreamingConfig => ({
  ...STREAMING_DEFAULTS,
  ...overrides,
});

describe('streaming retune: identical params', () => {
  const cases: Array<[string, StreamingConfig]> = [
    ['the defaults', params({})],
    [
      'scripted membership changes',
      params({
        partitions: 6,
        consumers: 2,
        consumersChanges: [
          { atS: 20, consumers: 4 },
          { atS: 40, consumers: 1 },
        ],
        triggerMs: 200,
        arrivalRatePerS: 1500,
      }),
    ],
    [
      'round-robin, trigger 0, small batches with an overhead',
      params({
        partitions: 3,
        consumers: 5,
        assignor: 'round-robin',
        triggerMs: 0,
        batchOverheadMs: 5,
        maxBatch: 50,
      }),
    ],
  ];

  it.each(cases)(
    'change nothing (%s): the final report is an untouched run’s, byte for byte',
    (_, p) => {
      const options = { series: true, recentEvents: 64 };
      const untouched = JSON.stringify(new StreamingSimulation(p, options).run());
      const sim = new StreamingSimulation(p, options);
      sim.advance(25_000);
      expect(sim.retune(JSON.parse(JSON.stringify(p)) as StreamingConfig)).toEqual([]);
      expect(JSON.stringify(sim.run())).toBe(untouched);
    },
  );
});

describe('streaming retune: the past is left alone', () => {
  it('the report at the retune time and the series before it are an untouched run’s', () => {
    const p = params({ partitions: 6, consumers: 2, durationS: 60 });
    const untouched = new StreamingSimulation(p, { series: true });
    const retuned = new StreamingSimulation(p, { series: true });
    untouched.advance(30_000);
    retuned.advance(30_000);
    expect(JSON.stringify(retuned.report())).toBe(JSON.stringify(untouched.report()));
    const next = { ...p, consumers: 6, arrivalRatePerS: 2000, triggerMs: 250, maxBatch: 100 };
    expect(retuned.retune(next)).toEqual([]);
    const before = seriesBefore(untouched.run().series!, 30_000);
    expect(before.tMs.length).toBeGreaterThan(100);
    expect(seriesBefore(retuned.run().series!, 30_000)).toEqual(before);
  });
});

describe('streaming retune: changes take effect from now', () => {
  it('a new consumer count is a membership change now: exactly one more rebalance', () => {
    const p = params({
      partitions: 6,
      consumers: 2,
      consumersChanges: [{ atS: 40, consumers: 3 }],
    });
    const untouched = new StreamingSimulation(p).run();
    expect(untouched.streaming.rebalances).toBe(1);
    const sim = new StreamingSimulation(p);
    sim.advance(20_000);
    expect(sim.retune({ ...p, consumers: 4 })).toEqual([]);
    expect(sim.machineStates().consumerGroup).toMatchObject({
      state: { rebalancing: expect.any(String) },
      consumers: 4,
    });
    sim.advance(30_000);
    expect(sim.machineStates().consumerGroup.assignment).toEqual([[0, 1], [2, 3], [4], [5]]);
    // The scripted change still comes at 40 s; a retune to the size the group has is no change.
    sim.advance(50_000);
    expect(sim.machineStates().consumerGroup.consumers).toBe(3);
    expect(sim.retune({ ...sim.params, consumers: 3 })).toEqual([]);
    const r = sim.run();
    expect(r.streaming.rebalances).toBe(untouched.streaming.rebalances + 1);
  });

  it('a new rebalance pause given with the new size applies to the rebalance it starts', () => {
    const p = params({ partitions: 6, consumers: 2, triggerMs: 200 });
    const sim = new StreamingSimulation(p);
    sim.advance(20_000);
    expect(sim.retune({ ...p, consumers: 3, rebalanceMs: 500 })).toEqual([]);
    // Each consumer is at capacity (500 records/s at 2 ms), so its running micro-batch may take
    // half a second to commit; then 500 ms of pause: the group is assigned again by 21.5 s, long
    // before the default 3 s pause would have ended (after 23 s).
    sim.advance(21_500);
    expect(sim.machineStates().consumerGroup.state).toBe('assigned');
    expect(sim.machineStates().consumerGroup.assignment).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
    ]);
  });

  it('a group larger than any the run was sized for: idle members beyond the partitions run nothing', () => {
    const p = params({ partitions: 6, consumers: 2 });
    const sim = new StreamingSimulation(p, { recentEvents: 1_000_000 });
    sim.advance(10_000);
    expect(sim.retune({ ...p, consumers: 9 })).toEqual([]);
    const r = sim.run();
    expect(r.streaming.idleConsumers).toBe(3);
    const runners = new Set(
      sim.recent
        .toArray()
        .filter((e) => e.kind === StreamingEventKind.batchStarted && e.timeMs > 13_000)
        .map((e) => e.where),
    );
    expect([...runners].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('doubling the arrival rate doubles the records produced after the change', () => {
    const p = params({ arrivalRatePerS: 1000, durationS: 60 });
    const sim = new StreamingSimulation(p);
    sim.advance(30_000);
    const before = sim.report().counts.produced;
    expect(sim.retune({ ...p, arrivalRatePerS: 2000 })).toEqual([]);
    const after = sim.run().counts.produced - before;
    // Records in the last 30 s are Poisson with mean 60,000 and standard deviation 245 (0.4%);
    // 2% is five standard deviations, and the old rate (30,000) is far outside.
    expect(Math.abs(after / 60_000 - 1)).toBeLessThan(0.02);
  });

  it('a new trigger interval paces the micro-batches started after the change', () => {
    // 250 records a second per consumer at 0.5 ms each: a batch takes an eighth of the interval
    // it covers or less, so, once the first longer batch after the change is done, every batch
    // starts on a trigger boundary.
    const p = params({
      triggerMs: 1000,
      durationS: 40,
      service: { kind: 'exponential', mean: 0.5 },
    });
    const sim = new StreamingSimulation(p, { recentEvents: 1_000_000 });
    sim.advance(20_000);
    expect(sim.retune({ ...p, triggerMs: 250 })).toEqual([]);
    sim.run();
    const starts = sim.recent
      .toArray()
      .filter((e) => e.kind === StreamingEventKind.batchStarted)
      .map((e) => e.timeMs);
    const onGrid = (ms: number, grid: number) => Math.abs(ms / grid - Math.round(ms / grid)) < 1e-9;
    expect(starts.filter((t) => t < 20_000).every((t) => onGrid(t, 1000))).toBe(true);
    const later = starts.filter((t) => t > 22_000);
    expect(later.every((t) => onGrid(t, 250))).toBe(true);
    expect(later.filter((t) => !onGrid(t, 1000)).length).toBeGreaterThan(later.length / 2);
  });

  it('the duration may grow, or shrink to an end not yet reached', () => {
    const p = params({ durationS: 30 });
    const sim = new StreamingSimulation(p);
    sim.advance(20_000);
    expect(sim.retune({ ...p, durationS: 10 })).toEqual(['durationS']);
    expect(sim.retune({ ...p, durationS: 45 })).toEqual([]);
    sim.run();
    expect(sim.kernel.now).toBe(45_000);
  });
});

describe('streaming retune: fields that need a new run', () => {
  it('partitions, assignor, scripted changes and seed, in parameter order', () => {
    const p = params({ partitions: 4, consumers: 2 });
    const sim = new StreamingSimulation(p);
    sim.advance(5_000);
    const next = params({
      partitions: 8,
      consumers: 2,
      assignor: 'round-robin',
      consumersChanges: [{ atS: 30, consumers: 1 }],
      seed: 4,
      pricePerHour: 3,
    });
    expect(sim.retune(next)).toEqual(['partitions', 'consumersChanges', 'assignor', 'seed']);
    expect(sim.params).toEqual({ ...p, pricePerHour: 3 });
  });
});

describe('streaming partition views', () => {
  it('the lag of the partitions adds up to the reported lag, and owners follow the group', () => {
    const p = params({
      partitions: 5,
      consumers: 2,
      arrivalRatePerS: 3000,
      consumersChanges: [{ atS: 10, consumers: 3 }],
      triggerMs: 500,
    });
    const sim = new StreamingSimulation(p);
    const seen = { assigned: 0, syncing: 0 };
    for (const t of [1_000, 7_250, 10_001, 11_000, 11_500, 13_000, 14_500, 20_000, 30_000]) {
      sim.advance(t);
      const views = sim.partitionViews();
      const report = sim.report();
      expect(views).toHaveLength(5);
      expect(views.reduce((lag, v) => lag + v.logEnd - v.committed, 0)).toBe(
        report.streaming.lag.final,
      );
      expect(views.map((v) => v.logEnd - v.committed)).toEqual(report.streaming.lagByPartition);
      const group = sim.machineStates().consumerGroup;
      const owners = views.map((v) => v.consumer);
      if (group.state === 'assigned') {
        const expected = Array<number | null>(5).fill(null);
        group.assignment.forEach((parts, c) => parts.forEach((q) => (expected[q] = c)));
        expect(owners).toEqual(expected);
        seen.assigned++;
      } else if (JSON.stringify(group.state) === '{"rebalancing":"syncing"}') {
        expect(owners).toEqual(Array(5).fill(null));
        seen.syncing++;
      }
    }
    expect(seen.assigned).toBeGreaterThanOrEqual(4);
    expect(seen.syncing).toBeGreaterThanOrEqual(1);
  });
});
