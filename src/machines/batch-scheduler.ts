import { assign, emit, setup } from 'xstate';
import type { OverlapPolicy } from './overlap-policy.ts';

/**
 * The batch scheduler: on every schedule tick it decides, by the overlap policy, whether to start
 * a run, skip the interval or put it in the backlog, and when a run ends it starts the oldest
 * queued one. It computes nothing and keeps no clock: the simulation sends it coarse events
 * carrying simulated time, and it answers with commands (`emit`) that the simulation carries out.
 *
 * The policies are Airflow's (DAG parameters `max_active_runs` and `catchup`, Airflow docs "DAG
 * Runs", section "Catchup"): `skip` and `queue` allow one active run, `queue` runs the missed
 * intervals later, one after another; `allow` sets no cap.
 *
 * Queued intervals are a count, not a list: every tick that finds a run active is queued, and the
 * oldest is started first, so the backlog is always the run ids `scheduled - backlog` up to
 * `scheduled - 1`. A backlog of thousands of intervals costs no memory.
 */
export interface BatchSchedulerContext {
  policy: OverlapPolicy;
  /** Schedule ticks so far; a run's id is the number of its tick (0, 1, ...). */
  scheduled: number;
  started: number;
  skipped: number;
  /** Intervals waiting to run (queue policy only). */
  backlog: number;
  /** Runs started and not finished, retries included (Airflow counts them for max_active_runs). */
  activeRuns: number;
  /** Simulated time of the last event, ms. */
  lastEventMs: number;
}

export type BatchSchedulerEvent =
  | { type: 'TICK'; nowMs: number }
  | { type: 'RUN_FINISHED'; runId: number; nowMs: number }
  /** The schedule ends (Airflow: the DAG is paused): no new run starts, active ones finish. */
  | { type: 'PAUSE'; nowMs: number }
  /** An operator edits the DAG's overlap settings: they decide the ticks from now on. */
  | { type: 'SET_POLICY'; policy: OverlapPolicy; nowMs: number };

/** Commands to the simulation. */
export type BatchSchedulerCommand =
  | { type: 'startRun'; runId: number; nowMs: number; fromBacklog: boolean }
  | { type: 'skipRun'; runId: number; nowMs: number }
  | { type: 'enqueueRun'; runId: number; nowMs: number };

export interface BatchSchedulerInput {
  policy: OverlapPolicy;
}

// Guards as plain functions, so that a UI can ask the same questions of a context.

/** A tick may start a run while others are active (`allow`: no max_active_runs cap). */
export const overlapAllowed = (c: BatchSchedulerContext): boolean => c.policy === 'allow';
/** A tick that finds a run active is kept for later (`queue`: catch-up on). */
export const catchesUp = (c: BatchSchedulerContext): boolean => c.policy === 'queue';
/** The finishing run is not the last one active. */
export const othersStillActive = (c: BatchSchedulerContext): boolean => c.activeRuns > 1;
/** The backlog holds exactly one interval: starting it empties the backlog. */
export const lastInBacklog = (c: BatchSchedulerContext): boolean => c.backlog === 1;
/**
 * The policy may change now. While intervals are queued it may not: queued run ids are derived
 * from the tick count (see above), so a tick skipped or started past the backlog would shift them.
 */
export const canChangePolicy = (c: BatchSchedulerContext): boolean => c.backlog === 0;

export const batchSchedulerMachine = setup({
  types: {} as {
    context: BatchSchedulerContext;
    events: BatchSchedulerEvent;
    emitted: BatchSchedulerCommand;
    input: BatchSchedulerInput;
  },
  guards: {
    overlapAllowed: ({ context }) => overlapAllowed(context),
    catchesUp: ({ context }) => catchesUp(context),
    othersStillActive: ({ context }) => othersStillActive(context),
    lastInBacklog: ({ context }) => lastInBacklog(context),
    canChangePolicy: ({ context }) => canChangePolicy(context),
  },
  actions: {
    // Each emit runs before its assign, so it reads the context as the tick found it.
    startScheduledRun: emit(({ context, event }) => ({
      type: 'startRun' as const,
      runId: context.scheduled,
      nowMs: event.nowMs,
      fromBacklog: false,
    })),
    countStartedRun: assign(({ context, event }) => ({
      scheduled: context.scheduled + 1,
      started: context.started + 1,
      activeRuns: context.activeRuns + 1,
      lastEventMs: event.nowMs,
    })),
    skipScheduledRun: emit(({ context, event }) => ({
      type: 'skipRun' as const,
      runId: context.scheduled,
      nowMs: event.nowMs,
    })),
    countSkippedRun: assign(({ context, event }) => ({
      scheduled: context.scheduled + 1,
      skipped: context.skipped + 1,
      lastEventMs: event.nowMs,
    })),
    enqueueScheduledRun: emit(({ context, event }) => ({
      type: 'enqueueRun' as const,
      runId: context.scheduled,
      nowMs: event.nowMs,
    })),
    countQueuedRun: assign(({ context, event }) => ({
      scheduled: context.scheduled + 1,
      backlog: context.backlog + 1,
      lastEventMs: event.nowMs,
    })),
    countFinishedRun: assign(({ context, event }) => ({
      activeRuns: context.activeRuns - 1,
      lastEventMs: event.nowMs,
    })),
    startQueuedRun: emit(({ context, event }) => ({
      type: 'startRun' as const,
      runId: context.scheduled - context.backlog,
      nowMs: event.nowMs,
      fromBacklog: true,
    })),
    countDequeuedRun: assign(({ context }) => ({
      backlog: context.backlog - 1,
      started: context.started + 1,
      activeRuns: context.activeRuns + 1,
    })),
    notePause: assign(({ event }) => ({ lastEventMs: event.nowMs })),
    setPolicy: assign(({ event }) => ({
      policy: (event as Extract<BatchSchedulerEvent, { type: 'SET_POLICY' }>).policy,
      lastEventMs: event.nowMs,
    })),
  },
}).createMachine({
  id: 'batchScheduler',
  context: ({ input }) => ({
    policy: input.policy,
    scheduled: 0,
    started: 0,
    skipped: 0,
    backlog: 0,
    activeRuns: 0,
    lastEventMs: 0,
  }),
  initial: 'idle',
  on: {
    SET_POLICY: { guard: 'canChangePolicy', actions: 'setPolicy' },
  },
  states: {
    /** No run active: whatever the policy, a tick starts a run. */
    idle: {
      on: {
        TICK: { target: 'running', actions: ['startScheduledRun', 'countStartedRun'] },
        PAUSE: { target: 'paused', actions: 'notePause' },
      },
    },
    /** At least one run active and nothing queued: the policy decides each tick. */
    running: {
      on: {
        TICK: [
          { guard: 'overlapAllowed', actions: ['startScheduledRun', 'countStartedRun'] },
          {
            guard: 'catchesUp',
            target: 'backlogged',
            actions: ['enqueueScheduledRun', 'countQueuedRun'],
          },
          { actions: ['skipScheduledRun', 'countSkippedRun'] },
        ],
        RUN_FINISHED: [
          { guard: 'othersStillActive', actions: 'countFinishedRun' },
          { target: 'idle', actions: 'countFinishedRun' },
        ],
        PAUSE: { target: 'paused', actions: 'notePause' },
      },
    },
    /** Queue policy, a run active and intervals waiting: a run's end starts the oldest. */
    backlogged: {
      on: {
        TICK: { actions: ['enqueueScheduledRun', 'countQueuedRun'] },
        RUN_FINISHED: [
          // Runs started under `allow` before a switch to `queue` finish before the backlog moves:
          // max_active_runs=1. Under `queue` alone a backlogged run is always the only one.
          { guard: 'othersStillActive', actions: 'countFinishedRun' },
          {
            guard: 'lastInBacklog',
            target: 'running',
            actions: ['countFinishedRun', 'startQueuedRun', 'countDequeuedRun'],
          },
          { actions: ['countFinishedRun', 'startQueuedRun', 'countDequeuedRun'] },
        ],
        PAUSE: { target: 'paused', actions: 'notePause' },
      },
    },
    /**
     * The schedule has ended: like a paused Airflow DAG (Airflow docs "DAGs", pausing), no run
     * starts (the backlog stays queued), and the runs already going are left to finish.
     */
    paused: {
      on: {
        RUN_FINISHED: { actions: 'countFinishedRun' },
      },
    },
  },
});
