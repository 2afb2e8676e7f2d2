import { assign, emit, setup } from 'xstate';

/**
 * A model rollout that drops no request (REFERENCE.md: start the new version, wait until it is
 * ready, shift traffic — all at once for blue/green, a percentage for a canary — then drain the
 * old replicas). Version 0 is the model in service, version 1 the new one. A rollback shifts the
 * traffic back and drains the new version instead.
 *
 * The machine decides and commands; the data plane reports readiness and drained versions.
 */
export type RolloutStrategy = 'blue-green' | 'canary';

export type RolloutEvent =
  | {
      type: 'START';
      strategy: RolloutStrategy;
      canaryPercent: number;
      replicas: number;
      nowMs: number;
    }
  /** The data plane counts ready replicas of the new version. */
  | { type: 'NEW_READY'; readyReplicas: number; nowMs: number }
  | { type: 'PROMOTE'; nowMs: number }
  | { type: 'ROLLBACK'; nowMs: number }
  /** Every replica of a retiring version has stopped and its queue is empty. */
  | { type: 'DRAINED'; version: number; nowMs: number };

export type RolloutEmitted =
  | { type: 'startVersion'; version: number; replicas: number; nowMs: number }
  /** Share of new requests routed to each version, [version 0, version 1], summing to 1. */
  | { type: 'setWeights'; weights: [number, number]; nowMs: number }
  | { type: 'retireVersion'; version: number; nowMs: number };

export interface RolloutContext {
  strategy: RolloutStrategy;
  canaryPercent: number;
  replicas: number;
}

/** Traffic may move to the new version only once all of its replicas are ready. */
export function newVersionReady(c: RolloutContext, readyReplicas: number): boolean {
  return readyReplicas >= c.replicas;
}

export const rolloutMachine = setup({
  types: {
    context: {} as RolloutContext,
    events: {} as RolloutEvent,
    emitted: {} as RolloutEmitted,
  },
  guards: {
    newVersionReady: ({ context, event }) =>
      newVersionReady(
        context,
        (event as Extract<RolloutEvent, { type: 'NEW_READY' }>).readyReplicas,
      ),
    isCanary: ({ context }) => context.strategy === 'canary',
    oldDrained: ({ event }) => (event as Extract<RolloutEvent, { type: 'DRAINED' }>).version === 0,
    newDrained: ({ event }) => (event as Extract<RolloutEvent, { type: 'DRAINED' }>).version === 1,
  },
  actions: {
    remember: assign(({ event }) => {
      const e = event as Extract<RolloutEvent, { type: 'START' }>;
      return { strategy: e.strategy, canaryPercent: e.canaryPercent, replicas: e.replicas };
    }),
    startNew: emit(({ context, event }) => ({
      type: 'startVersion' as const,
      version: 1,
      replicas: context.replicas,
      nowMs: event.nowMs,
    })),
    shiftCanary: emit(({ context, event }) => ({
      type: 'setWeights' as const,
      weights: [1 - context.canaryPercent / 100, context.canaryPercent / 100] as [number, number],
      nowMs: event.nowMs,
    })),
    shiftAll: emit(({ event }) => ({
      type: 'setWeights' as const,
      weights: [0, 1] as [number, number],
      nowMs: event.nowMs,
    })),
    shiftBack: emit(({ event }) => ({
      type: 'setWeights' as const,
      weights: [1, 0] as [number, number],
      nowMs: event.nowMs,
    })),
    retireOld: emit(({ event }) => ({
      type: 'retireVersion' as const,
      version: 0,
      nowMs: event.nowMs,
    })),
    retireNew: emit(({ event }) => ({
      type: 'retireVersion' as const,
      version: 1,
      nowMs: event.nowMs,
    })),
  },
}).createMachine({
  id: 'rollout',
  context: { strategy: 'blue-green', canaryPercent: 10, replicas: 1 },
  initial: 'serving',
  states: {
    serving: { on: { START: { target: 'startingNew', actions: ['remember', 'startNew'] } } },
    startingNew: {
      on: {
        NEW_READY: { guard: 'newVersionReady', target: 'shifting' },
        ROLLBACK: { target: 'rollingBack', actions: ['shiftBack', 'retireNew'] },
      },
    },
    /** Transient: a canary takes its share of traffic; blue/green takes all of it at once. */
    shifting: {
      always: [
        { guard: 'isCanary', target: 'canaryServing', actions: 'shiftCanary' },
        { target: 'drainingOld', actions: ['shiftAll', 'retireOld'] },
      ],
    },
    canaryServing: {
      on: {
        PROMOTE: { target: 'drainingOld', actions: ['shiftAll', 'retireOld'] },
        ROLLBACK: { target: 'rollingBack', actions: ['shiftBack', 'retireNew'] },
      },
    },
    drainingOld: { on: { DRAINED: { guard: 'oldDrained', target: 'promoted' } } },
    promoted: { type: 'final' },
    rollingBack: { on: { DRAINED: { guard: 'newDrained', target: 'rolledBack' } } },
    rolledBack: { type: 'final' },
  },
});
