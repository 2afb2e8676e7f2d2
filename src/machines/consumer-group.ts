import { assign, emit, setup } from 'xstate';

/**
 * The control plane of streaming mode: a Kafka consumer group that owns the partition assignment.
 *
 * States follow Kafka's eager ("stop-the-world") rebalance protocol, as described in the Kafka
 * consumer docs (KafkaConsumer, "Consumer Groups and Topic Subscriptions"): when the membership
 * changes every member gives up its partitions, committing what it has processed
 * (`onPartitionsRevoked`), the coordinator waits, and then hands out a new assignment
 * (`onPartitionsAssigned`). Nobody processes in between. So:
 *
 *   assigned --MEMBERS_CHANGED--> rebalancing.revoking --PARTITIONS_REVOKED--> rebalancing.syncing
 *   rebalancing.syncing --REBALANCE_DONE (current generation)--> assigned (new assignment)
 *
 * The machine never reads a clock and uses no xstate delays: the simulation kernel sends every
 * event with its simulated time (`nowMs`) and schedules the end of the pause on its own calendar
 * (DESIGN.md, "xstate's own timers are not used for simulated time"). The machine drives the data
 * plane through emitted commands (`paused`, `revoked`, `assignmentChanged`) that the scenario
 * subscribes to with `actor.on(...)`.
 */

/** Kafka's two classic assignors (`partition.assignment.strategy`). */
export const ASSIGNORS = ['range', 'round-robin'] as const;
export type AssignorName = (typeof ASSIGNORS)[number];

/** `assignment[c]` lists the partitions of consumer c in ascending order; [] means idle. */
export type Assignment = number[][];

/**
 * Which partitions each consumer reads. One topic, consumers ordered by index (Kafka orders them
 * by member id):
 * - range (Kafka's RangeAssignor): partitions in numeric order are cut into contiguous ranges of
 *   floor(P / C), the first P mod C consumers taking one extra;
 * - round-robin (RoundRobinAssignor): partition p goes to consumer p mod C.
 * Either way each partition has exactly one consumer, and consumers beyond P get nothing.
 */
export function assignPartitions(
  partitions: number,
  consumers: number,
  assignor: AssignorName = 'range',
): Assignment {
  const assignment: Assignment = Array.from({ length: consumers }, () => []);
  if (consumers === 0) return assignment;
  if (assignor === 'round-robin') {
    for (let p = 0; p < partitions; p++) assignment[p % consumers].push(p);
    return assignment;
  }
  const base = Math.floor(partitions / consumers);
  const extra = partitions % consumers;
  let next = 0;
  for (let c = 0; c < consumers; c++) {
    const count = base + (c < extra ? 1 : 0);
    for (let k = 0; k < count; k++) assignment[c].push(next++);
  }
  return assignment;
}

/** Consumers that own no partition: with C consumers and P partitions, max(0, C - P). */
export function idleConsumerCount(assignment: Assignment): number {
  return assignment.filter((parts) => parts.length === 0).length;
}

export interface ConsumerGroupInput {
  partitions: number;
  consumers: number;
  assignor: AssignorName;
}

export interface ConsumerGroupContext extends ConsumerGroupInput {
  /**
   * Bumped when a rebalance starts, so that the end of an interrupted rebalance (a second
   * membership change during the pause) is recognised as stale: Kafka's generation id plays the
   * same role for commits and heartbeats of a superseded group.
   */
  generation: number;
  assignment: Assignment;
  /** Simulated time of the latest transition, ms. */
  sinceMs: number;
}

export type ConsumerGroupEvent =
  | { type: 'MEMBERS_CHANGED'; consumers: number; nowMs: number }
  | { type: 'PARTITIONS_REVOKED'; nowMs: number }
  | { type: 'REBALANCE_DONE'; generation: number; nowMs: number };

export type ConsumerGroupEmitted =
  | { type: 'assignmentChanged'; assignment: Assignment; generation: number; nowMs: number }
  | { type: 'paused'; consumers: number; generation: number; nowMs: number }
  | { type: 'revoked'; consumers: number; generation: number; nowMs: number };

/** Guard: the membership really changes (a consumer count equal to the target is no change). */
export function changesMembership(
  context: ConsumerGroupContext,
  event: Extract<ConsumerGroupEvent, { type: 'MEMBERS_CHANGED' }>,
): boolean {
  return event.consumers !== context.consumers;
}

/** Guard: the end of the pause belongs to the rebalance in progress, not an interrupted one. */
export function isCurrentGeneration(
  context: ConsumerGroupContext,
  event: Extract<ConsumerGroupEvent, { type: 'REBALANCE_DONE' }>,
): boolean {
  return event.generation === context.generation;
}

export const consumerGroupMachine = setup({
  types: {} as {
    context: ConsumerGroupContext;
    events: ConsumerGroupEvent;
    emitted: ConsumerGroupEmitted;
    input: ConsumerGroupInput;
  },
  guards: {
    changesMembership: ({ context, event }) =>
      event.type === 'MEMBERS_CHANGED' && changesMembership(context, event),
    isCurrentGeneration: ({ context, event }) =>
      event.type === 'REBALANCE_DONE' && isCurrentGeneration(context, event),
  },
  actions: {
    startRebalance: assign(({ context, event }) =>
      event.type === 'MEMBERS_CHANGED'
        ? { consumers: event.consumers, generation: context.generation + 1, sinceMs: event.nowMs }
        : {},
    ),
    revokeAll: assign(({ context, event }) => ({
      assignment: Array.from({ length: context.consumers }, () => []),
      sinceMs: event.nowMs,
    })),
    computeAssignment: assign(({ context, event }) => ({
      assignment: assignPartitions(context.partitions, context.consumers, context.assignor),
      sinceMs: event.nowMs,
    })),
    announcePause: emit(({ context }) => ({
      type: 'paused' as const,
      consumers: context.consumers,
      generation: context.generation,
      nowMs: context.sinceMs,
    })),
    announceRevoked: emit(({ context }) => ({
      type: 'revoked' as const,
      consumers: context.consumers,
      generation: context.generation,
      nowMs: context.sinceMs,
    })),
    announceAssignment: emit(({ context }) => ({
      type: 'assignmentChanged' as const,
      assignment: context.assignment,
      generation: context.generation,
      nowMs: context.sinceMs,
    })),
  },
}).createMachine({
  id: 'consumerGroup',
  // The run starts from a group that has already formed: the first rebalance of a new group
  // (delayed by Kafka's group.initial.rebalance.delay.ms) is not part of the steady state studied.
  context: ({ input }) => ({
    ...input,
    generation: 0,
    assignment: assignPartitions(input.partitions, input.consumers, input.assignor),
    sinceMs: 0,
  }),
  initial: 'assigned',
  on: {
    // From any state, including mid-rebalance: Kafka restarts the rebalance with the new members.
    MEMBERS_CHANGED: {
      guard: 'changesMembership',
      target: '.rebalancing',
      reenter: true,
      actions: 'startRebalance',
    },
  },
  states: {
    assigned: { entry: 'announceAssignment' },
    rebalancing: {
      initial: 'revoking',
      entry: 'announcePause',
      states: {
        /** Members finish the micro-batch in hand and commit it before giving up partitions. */
        revoking: {
          on: { PARTITIONS_REVOKED: { target: 'syncing', actions: 'revokeAll' } },
        },
        /** No partition has an owner; the kernel ends the pause after the rebalance time. */
        syncing: {
          entry: 'announceRevoked',
          on: {
            REBALANCE_DONE: {
              guard: 'isCurrentGeneration',
              target: '#consumerGroup.assigned',
              actions: 'computeAssignment',
            },
          },
        },
      },
    },
  },
});
