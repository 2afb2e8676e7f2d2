import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createActor } from 'xstate';
import {
  ASSIGNORS,
  assignPartitions,
  consumerGroupMachine,
  idleConsumerCount,
  type ConsumerGroupEmitted,
} from '../../../src/machines/consumer-group.ts';

function startGroup(partitions: number, consumers: number) {
  const actor = createActor(consumerGroupMachine, {
    input: { partitions, consumers, assignor: 'range' },
  });
  const emitted: ConsumerGroupEmitted[] = [];
  actor.on('*', (e) => emitted.push(e));
  actor.start();
  return { actor, emitted };
}

describe('assignPartitions', () => {
  it("follows Kafka's RangeAssignor: contiguous ranges, the first consumers take the remainder", () => {
    expect(assignPartitions(5, 2, 'range')).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
    expect(assignPartitions(4, 6, 'range')).toEqual([[0], [1], [2], [3], [], []]);
  });

  it("follows Kafka's RoundRobinAssignor: partition p to consumer p mod C", () => {
    expect(assignPartitions(5, 2, 'round-robin')).toEqual([
      [0, 2, 4],
      [1, 3],
    ]);
  });

  it('gives every partition exactly one consumer, balanced within one, the rest idle', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 200 }),
        fc.constantFrom(...ASSIGNORS),
        (partitions, consumers, assignor) => {
          const a = assignPartitions(partitions, consumers, assignor);
          expect(a).toHaveLength(consumers);
          const all = a.flat().sort((x, y) => x - y);
          expect(all).toEqual(Array.from({ length: partitions }, (_, i) => i));
          const sizes = a.map((parts) => parts.length);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
          expect(idleConsumerCount(a)).toBe(Math.max(0, consumers - partitions));
        },
      ),
    );
  });

  it('leaves every partition unowned when the group is empty', () => {
    expect(assignPartitions(4, 0)).toEqual([]);
  });
});

describe('consumer-group machine', () => {
  it('starts assigned and announces its first assignment (generation 0)', () => {
    const { actor, emitted } = startGroup(4, 2);
    expect(actor.getSnapshot().matches('assigned')).toBe(true);
    expect(emitted).toEqual([
      {
        type: 'assignmentChanged',
        assignment: [
          [0, 1],
          [2, 3],
        ],
        generation: 0,
        nowMs: 0,
      },
    ]);
  });

  it('pauses on a membership change, revokes, and assigns again only when the kernel ends the pause', () => {
    const { actor, emitted } = startGroup(4, 2);
    emitted.length = 0;
    actor.send({ type: 'MEMBERS_CHANGED', consumers: 4, nowMs: 1000 });
    let snap = actor.getSnapshot();
    expect(snap.matches({ rebalancing: 'revoking' })).toBe(true);
    expect(snap.context.generation).toBe(1);
    expect(emitted).toEqual([{ type: 'paused', consumers: 4, generation: 1, nowMs: 1000 }]);
    // The pause cannot end before every member has revoked.
    expect(snap.can({ type: 'REBALANCE_DONE', generation: 1, nowMs: 1000 })).toBe(false);

    actor.send({ type: 'PARTITIONS_REVOKED', nowMs: 1200 });
    snap = actor.getSnapshot();
    expect(snap.matches({ rebalancing: 'syncing' })).toBe(true);
    expect(snap.context.assignment).toEqual([[], [], [], []]);
    expect(emitted.at(-1)).toEqual({ type: 'revoked', consumers: 4, generation: 1, nowMs: 1200 });
    expect(snap.can({ type: 'REBALANCE_DONE', generation: 0, nowMs: 4200 })).toBe(false);
    expect(snap.can({ type: 'REBALANCE_DONE', generation: 1, nowMs: 4200 })).toBe(true);

    actor.send({ type: 'REBALANCE_DONE', generation: 1, nowMs: 4200 });
    snap = actor.getSnapshot();
    expect(snap.matches('assigned')).toBe(true);
    expect(emitted.at(-1)).toEqual({
      type: 'assignmentChanged',
      assignment: [[0], [1], [2], [3]],
      generation: 1,
      nowMs: 4200,
    });
  });

  it('restarts an interrupted rebalance and ignores the end of the superseded one', () => {
    const { actor } = startGroup(6, 3);
    actor.send({ type: 'MEMBERS_CHANGED', consumers: 2, nowMs: 100 });
    actor.send({ type: 'PARTITIONS_REVOKED', nowMs: 100 });
    actor.send({ type: 'MEMBERS_CHANGED', consumers: 1, nowMs: 500 });
    expect(actor.getSnapshot().matches({ rebalancing: 'revoking' })).toBe(true);
    expect(actor.getSnapshot().context.generation).toBe(2);
    actor.send({ type: 'PARTITIONS_REVOKED', nowMs: 500 });
    actor.send({ type: 'REBALANCE_DONE', generation: 1, nowMs: 3100 });
    expect(actor.getSnapshot().matches({ rebalancing: 'syncing' })).toBe(true);
    actor.send({ type: 'REBALANCE_DONE', generation: 2, nowMs: 3500 });
    expect(actor.getSnapshot().matches('assigned')).toBe(true);
    expect(actor.getSnapshot().context.assignment).toEqual([[0, 1, 2, 3, 4, 5]]);
  });

  it('treats a change to the same group size as no change', () => {
    const { actor } = startGroup(4, 2);
    expect(actor.getSnapshot().can({ type: 'MEMBERS_CHANGED', consumers: 2, nowMs: 10 })).toBe(
      false,
    );
    expect(actor.getSnapshot().can({ type: 'MEMBERS_CHANGED', consumers: 3, nowMs: 10 })).toBe(
      true,
    );
  });
});
