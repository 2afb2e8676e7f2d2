import { emit, setup } from 'xstate';

/**
 * One model replica's lifecycle: a pod is scheduled (cold), pulls its image and starts, loads the
 * model weights (loading), passes its readiness check (ready: only now may it receive traffic),
 * stops taking new work and finishes what it has (draining), and is gone (stopped). REFERENCE.md:
 * "the first request after scale-from-zero can fail with 'model not ready' if readiness is not
 * checked" — here traffic reaches a replica only through the `ready` emission.
 *
 * The kernel sends every event with the simulated time; the machine never sets timers of its own.
 */
export type ReplicaEvent =
  | { type: 'PROVISIONED'; nowMs: number }
  | { type: 'MODEL_LOADED'; nowMs: number }
  | { type: 'DRAIN'; nowMs: number }
  | { type: 'IDLE'; nowMs: number };

export type ReplicaEmitted =
  | { type: 'ready'; uid: number; nowMs: number }
  | { type: 'draining'; uid: number; nowMs: number }
  | { type: 'stopped'; uid: number; nowMs: number };

export type ReplicaState = 'cold' | 'loading' | 'ready' | 'draining' | 'stopped';

/** Only a ready replica may be given requests. */
export function canServe(state: ReplicaState): boolean {
  return state === 'ready';
}

export const replicaMachine = setup({
  types: {
    context: {} as { uid: number; version: number },
    input: {} as { uid: number; version: number },
    events: {} as ReplicaEvent,
    emitted: {} as ReplicaEmitted,
  },
  actions: {
    announceReady: emit(({ context, event }) => ({
      type: 'ready' as const,
      uid: context.uid,
      nowMs: event.nowMs,
    })),
    announceDraining: emit(({ context, event }) => ({
      type: 'draining' as const,
      uid: context.uid,
      nowMs: event.nowMs,
    })),
    announceStopped: emit(({ context, event }) => ({
      type: 'stopped' as const,
      uid: context.uid,
      nowMs: event.nowMs,
    })),
  },
}).createMachine({
  id: 'replica',
  context: ({ input }) => ({ ...input }),
  initial: 'cold',
  states: {
    cold: { on: { PROVISIONED: 'loading', DRAIN: 'stopped' } },
    loading: { on: { MODEL_LOADED: 'ready', DRAIN: 'stopped' } },
    ready: { entry: 'announceReady', on: { DRAIN: 'draining' } },
    draining: { entry: 'announceDraining', on: { IDLE: 'stopped' } },
    stopped: { type: 'final', entry: 'announceStopped' },
  },
});
