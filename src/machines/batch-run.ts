import { and, assign, emit, setup } from 'xstate';

/**
 * One batch run, from its schedule tick to its end: scheduled, then running (an attempt scores
 * the rows), publishing (its predictions replace the previous ones in the store), and succeeded;
 * or skipped by the scheduler; or, when an attempt fails, waiting for a retry and running again,
 * until the retries are spent and the run has failed. Airflow's task retries: `retries` attempts
 * after the first, `retry_delay` between them (Airflow docs, BaseOperator).
 *
 * The machine keeps no clock and draws no random numbers: the simulation tells it when an attempt
 * is done and whether it failed, and carries out the commands it emits.
 */
export interface BatchRunContext {
  runId: number;
  /** Attempts allowed after the first (Airflow `retries`). */
  retries: number;
  /** Wait between a failed attempt and the next (Airflow `retry_delay`), ms. */
  retryDelayMs: number;
  /** Attempts started so far. */
  attempts: number;
  /** Start of the first attempt, ms; null until started. */
  startedAtMs: number | null;
  /** Start of the current (or last) attempt: the time its input data was read, ms. */
  attemptStartedAtMs: number | null;
  endedAtMs: number | null;
}

export type BatchRunEvent =
  | { type: 'START'; nowMs: number }
  | { type: 'SKIP'; nowMs: number }
  | { type: 'ATTEMPT_DONE'; nowMs: number; failed: boolean }
  | { type: 'RETRY'; nowMs: number }
  | { type: 'PUBLISHED'; nowMs: number };

export type BatchRunOutcome = 'succeeded' | 'failed';

/** Commands to the simulation. */
export type BatchRunCommand =
  | { type: 'startAttempt'; runId: number; attempt: number; nowMs: number }
  | { type: 'scheduleRetry'; runId: number; retryAtMs: number }
  | { type: 'publish'; runId: number; dataAsOfMs: number; nowMs: number }
  | {
      type: 'runEnded';
      runId: number;
      outcome: BatchRunOutcome;
      attempts: number;
      startedAtMs: number;
      endedAtMs: number;
    };

export interface BatchRunInput {
  runId: number;
  retries: number;
  retryDelayMs: number;
}

// Guards as plain functions, so that a UI can ask the same questions of a context.

/** The attempt that just ended failed. */
export const attemptFailed = (event: BatchRunEvent): boolean =>
  event.type === 'ATTEMPT_DONE' && event.failed;
/** Another attempt is allowed: `attempts` so far is at most `retries` (1 + retries in all). */
export const canRetry = (c: BatchRunContext): boolean => c.attempts <= c.retries;

export const batchRunMachine = setup({
  types: {} as {
    context: BatchRunContext;
    events: BatchRunEvent;
    emitted: BatchRunCommand;
    input: BatchRunInput;
  },
  guards: {
    attemptFailed: ({ event }) => attemptFailed(event),
    canRetry: ({ context }) => canRetry(context),
  },
  actions: {
    beginAttempt: assign(({ context, event }) => ({
      attempts: context.attempts + 1,
      startedAtMs: context.startedAtMs ?? event.nowMs,
      attemptStartedAtMs: event.nowMs,
    })),
    requestAttempt: emit(({ context, event }) => ({
      type: 'startAttempt' as const,
      runId: context.runId,
      attempt: context.attempts,
      nowMs: event.nowMs,
    })),
    requestRetry: emit(({ context, event }) => ({
      type: 'scheduleRetry' as const,
      runId: context.runId,
      retryAtMs: event.nowMs + context.retryDelayMs,
    })),
    requestPublish: emit(({ context, event }) => ({
      type: 'publish' as const,
      runId: context.runId,
      dataAsOfMs: context.attemptStartedAtMs ?? event.nowMs,
      nowMs: event.nowMs,
    })),
    noteEnd: assign(({ event }) => ({ endedAtMs: event.nowMs })),
    reportEnd: emit(({ context, event }, params: { outcome: BatchRunOutcome }) => ({
      type: 'runEnded' as const,
      runId: context.runId,
      outcome: params.outcome,
      attempts: context.attempts,
      startedAtMs: context.startedAtMs ?? event.nowMs,
      endedAtMs: context.endedAtMs ?? event.nowMs,
    })),
  },
}).createMachine({
  id: 'batchRun',
  context: ({ input }) => ({
    runId: input.runId,
    retries: input.retries,
    retryDelayMs: input.retryDelayMs,
    attempts: 0,
    startedAtMs: null,
    attemptStartedAtMs: null,
    endedAtMs: null,
  }),
  initial: 'scheduled',
  states: {
    scheduled: {
      on: {
        START: { target: 'running', actions: ['beginAttempt', 'requestAttempt'] },
        SKIP: { target: 'skipped', actions: 'noteEnd' },
      },
    },
    /** An attempt is scoring rows (its set-up included). */
    running: {
      on: {
        ATTEMPT_DONE: [
          {
            guard: and(['attemptFailed', 'canRetry']),
            target: 'waiting',
            actions: 'requestRetry',
          },
          { guard: 'attemptFailed', target: 'failed', actions: 'noteEnd' },
          { target: 'publishing' },
        ],
      },
    },
    /** Up for retry (Airflow's `up_for_retry`): the run still counts as active. */
    waiting: {
      on: {
        RETRY: { target: 'running', actions: ['beginAttempt', 'requestAttempt'] },
      },
    },
    /** Writing the predictions to the store; a failed attempt never gets here. */
    publishing: {
      entry: 'requestPublish',
      on: {
        PUBLISHED: { target: 'succeeded', actions: 'noteEnd' },
      },
    },
    succeeded: {
      type: 'final',
      entry: { type: 'reportEnd', params: { outcome: 'succeeded' } },
    },
    failed: {
      type: 'final',
      entry: { type: 'reportEnd', params: { outcome: 'failed' } },
    },
    skipped: { type: 'final' },
  },
});
