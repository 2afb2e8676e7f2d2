import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { StreamingSimulation } from '../../../src/modes/streaming/simulation.ts';
import { StreamingEventKind } from '../../../src/modes/streaming/report.ts';
import { STREAMING_DEFAULTS, type StreamingConfig } from '../../../src/modes/streaming/config.ts';

const params = (overrides: Partial<StreamingConfig>): StreamingConfig => ({
  ...STREAMING_DEFAULTS,
  ...overrides,
});

describe('streaming consumer group', () => {
  it('leaves consumers - partitions idle (none when consumers <= partitions), and they never run a batch', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('range' as const, 'round-robin' as const),
        (partitions, consumers, assignor) => {
          const sim = new StreamingSimulation(
            params({ partitions, consumers, assignor, arrivalRatePerS: 500, durationS: 3 }),
            { recentEvents: 100_000 },
          );
          const r = sim.run();
          expect(r.streaming.idleConsumers).toBe(Math.max(0, consumers - partitions));
          const owners = new Set(
            sim
              .machineStates()
              .consumerGroup.assignment.flatMap((parts, c) => (parts.length > 0 ? [c] : [])),
          );
          expect(owners.size).toBe(Math.min(consumers, partitions));
          for (const e of sim.recent.toArray()) {
            if (e.kind === StreamingEventKind.batchStarted) expect(owners.has(e.where)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('pauses on a membership change: running batches commit, nothing runs for the rebalance time, then every partition has one owner', () => {
    const p = params({
      arrivalRatePerS: 1000,
      partitions: 6,
      consumers: 2,
      // Mid-batch: each consumer reads 500 records/s and a 200 ms trigger gives batches of about
      // 100 records, 200 ms long, started on the boundary at 20 s.
      consumersChanges: [{ atS: 20.05, consumers: 4 }],
      service: { kind: 'deterministic', mean: 2 },
      triggerMs: 200,
      maxBatch: 500,
      rebalanceMs: 3000,
      durationS: 40,
    });
    const sim = new StreamingSimulation(p, { recentEvents: 1_000_000 });
    sim.advance(20_049);
    expect(sim.machineStates().consumerGroup.state).toBe('assigned');
    sim.advance(20_050);
    expect(sim.machineStates().consumerGroup.state).toEqual({ rebalancing: 'revoking' });
    sim.run();
    const all = sim.recent.toArray();
    const at = (kind: number) => all.filter((e) => e.kind === kind).map((e) => e.timeMs);
    const [changedMs] = at(StreamingEventKind.membersChanged);
    const [revokedMs] = at(StreamingEventKind.revoked);
    const assignedMs = at(StreamingEventKind.assigned)[1];
    expect(changedMs).toBe(20_050);

    // Batches running at the change finish and commit; revocation waits for the last of them.
    const running = new Map<number, number>();
    let lastEndOfRunning = changedMs;
    for (const e of all) {
      if (e.kind === StreamingEventKind.batchStarted && e.timeMs < changedMs)
        running.set(e.where, e.timeMs);
      if (e.kind === StreamingEventKind.batchEnded && e.timeMs < changedMs) running.delete(e.where);
      if (
        e.kind === StreamingEventKind.batchEnded &&
        e.timeMs >= changedMs &&
        e.timeMs <= revokedMs
      )
        lastEndOfRunning = Math.max(lastEndOfRunning, e.timeMs);
    }
    expect(running.size).toBe(2);
    expect(revokedMs).toBeGreaterThan(changedMs);
    expect(revokedMs).toBe(lastEndOfRunning);
    expect(assignedMs).toBe(revokedMs + 3000);
    // Nothing starts from the change to the new assignment, and nothing ends after revocation.
    for (const e of all) {
      if (e.kind === StreamingEventKind.batchStarted)
        expect(e.timeMs < changedMs || e.timeMs >= assignedMs).toBe(true);
      if (e.kind === StreamingEventKind.batchEnded)
        expect(e.timeMs <= revokedMs || e.timeMs > assignedMs).toBe(true);
    }
    // After the pause all four consumers work, on the 6 partitions split 2, 2, 1, 1.
    const afterwards = new Set(
      all
        .filter((e) => e.kind === StreamingEventKind.batchStarted && e.timeMs >= assignedMs)
        .map((e) => e.where),
    );
    expect([...afterwards].sort()).toEqual([0, 1, 2, 3]);
    const group = sim.machineStates().consumerGroup;
    expect(group.state).toBe('assigned');
    expect(group.assignment).toEqual([[0, 1], [2, 3], [4], [5]]);
    expect(group.assignment.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
    const r = sim.report();
    expect(r.streaming.rebalances).toBe(1);
    // Lag built up during the pause (about 3 s of arrivals) has been worked off by the end.
    expect(r.streaming.lag.max).toBeGreaterThan(0.8 * 1000 * 3);
    expect(r.streaming.lag.final).toBeLessThan(1000);
  });

  it('shows the pause in the statechart: syncing with no owner, between revocation and assignment', () => {
    const sim = new StreamingSimulation(
      params({
        partitions: 4,
        consumers: 4,
        consumersChanges: [{ atS: 10, consumers: 2 }],
        rebalanceMs: 3000,
        durationS: 20,
      }),
      { recentEvents: 1_000_000 },
    );
    sim.advance(10_000);
    const revoked = () =>
      sim.recent.toArray().find((e) => e.kind === StreamingEventKind.revoked)?.timeMs;
    while (revoked() === undefined) sim.kernel.step();
    const revokedMs = revoked() as number;
    sim.advance(revokedMs + 1500);
    const mid = sim.machineStates().consumerGroup;
    expect(mid.state).toEqual({ rebalancing: 'syncing' });
    expect(mid.assignment).toEqual([[], []]);
    const processedMid = sim.report().counts.processed;
    sim.advance(revokedMs + 2999);
    expect(sim.report().counts.processed).toBe(processedMid);
    sim.advance(20_000);
    expect(sim.machineStates().consumerGroup.assignment).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(sim.report().counts.processed).toBeGreaterThan(processedMid);
  });

  it('restarts the rebalance on a second change during the pause and counts one completed rebalance', () => {
    const r = new StreamingSimulation(
      params({
        consumersChanges: [
          { atS: 10, consumers: 2 },
          { atS: 11, consumers: 3 },
        ],
        rebalanceMs: 3000,
        durationS: 30,
      }),
    ).run();
    expect(r.streaming.rebalances).toBe(1);
    expect(r.streaming.idleConsumers).toBe(0);
  });

  it('processes nothing once every consumer has left, and lag then grows at the arrival rate', () => {
    const sim = new StreamingSimulation(
      params({ consumersChanges: [{ atS: 10, consumers: 0 }], durationS: 30 }),
    );
    sim.advance(15_000);
    const before = sim.report();
    const r = sim.run();
    expect(r.counts.processed).toBe(before.counts.processed);
    expect(r.counts.pending - before.counts.pending).toBe(
      r.counts.produced - before.counts.produced,
    );
    expect(r.streaming.idleConsumers).toBe(0);
  });

  it('charges every provisioned consumer for the whole time it is in the group', () => {
    const fixed = new StreamingSimulation(params({ consumers: 6, pricePerHour: 2.5 })).run();
    expect(fixed.costPerHour).toBeCloseTo(6 * 2.5, 12);
    // 2 consumers for 20 s, then 4 for 20 s: 3 on average. A joining consumer is paid for from
    // the moment it joins, including the rebalance pause.
    const changing = new StreamingSimulation(
      params({
        consumers: 2,
        consumersChanges: [{ atS: 20, consumers: 4 }],
        durationS: 40,
        pricePerHour: 2,
      }),
    ).run();
    expect(changing.costPerHour).toBeCloseTo(3 * 2, 12);
  });
});
