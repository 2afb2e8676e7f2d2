import { assign, emit, setup } from 'xstate';

/**
 * A model rollout that drops no request, as progressive delivery does it (Flagger, Argo
 * Rollouts; REFERENCE.md "a model swap that drops no request"). Version 0 is the model in
 * service, version 1 the new one.
 *
 * - Blue/green: start the new version at full size, wait until it is ready, move all traffic at
 *   once, drain the old one.
 * - Canary: size the new version for its first share of traffic, wait until it is ready, move
 *   that share, then analyse one interval. A passed analysis steps the share up by `stepPercent`
 *   (up to `maxPercent`); a passed analysis at `maxPercent` promotes the new version to all
 *   traffic. `threshold` failed analyses roll it back. An interval without a request to judge is
 *   inconclusive: it neither steps nor counts as a failure.
 * - A rollback (after failed analyses, or by an operator) moves all traffic back and drains the
 *   new version.
 *
 * The machine decides and commands; the data plane sizes the versions, reports readiness, runs
 * the analysis over its own measurements and reports drained versions.
 */
export type RolloutStrategy = 'blue-green' | 'canary';
export type AnalysisResult = 'passed' | 'failed' | 'inconclusive';

export interface RolloutPlan {
  strategy: RolloutStrategy;
  stepPercent: number;
  maxPercent: number;
  threshold: number;
}

export type RolloutEvent =
  | ({ type: 'START'; nowMs: number } & RolloutPlan)
  /** Every replica the new version was sized for is ready. */
  | { type: 'READY'; nowMs: number }
  | { type: 'ANALYSIS'; result: AnalysisResult; nowMs: number }
  | { type: 'ROLLBACK'; nowMs: number }
  /** Every replica of a retiring version has stopped and its queue is empty. */
  | { type: 'DRAINED'; version: number; nowMs: number };

export type RolloutEmitted =
  /** Size the new version for `percent` of the traffic (it starts at 0%). */
  | { type: 'prepare'; percent: number; nowMs: number }
  /** Share of new requests routed to each version, [version 0, version 1], summing to 1. */
  | { type: 'setWeights'; weights: [number, number]; nowMs: number }
  /** Measure the new version over the next interval, then send ANALYSIS. */
  | { type: 'analyse'; percent: number; nowMs: number }
  | { type: 'retireVersion'; version: number; nowMs: number };

export interface RolloutContext extends RolloutPlan {
  /** The share the new version is sized for or takes, percent. */
  percent: number;
  failedChecks: number;
}

/** The share after a passed analysis: one step more, never above the maximum. */
export function nextPercent(c: RolloutContext): number {
  return Math.min(c.maxPercent, c.percent + c.stepPercent);
}

const resultIs = (event: RolloutEvent, result: AnalysisResult): boolean =>
  event.type === 'ANALYSIS' && event.result === result;

export const rolloutMachine = setup({
  types: {
    context: {} as RolloutContext,
    events: {} as RolloutEvent,
    emitted: {} as RolloutEmitted,
  },
  guards: {
    goesFull: ({ context }) => context.percent >= 100,
    passedAtMax: ({ context, event }) =>
      resultIs(event, 'passed') && context.percent >= context.maxPercent,
    passed: ({ event }) => resultIs(event, 'passed'),
    lastFailure: ({ context, event }) =>
      resultIs(event, 'failed') && context.failedChecks + 1 >= context.threshold,
    failed: ({ event }) => resultIs(event, 'failed'),
    oldDrained: ({ event }) => event.type === 'DRAINED' && event.version === 0,
    newDrained: ({ event }) => event.type === 'DRAINED' && event.version === 1,
  },
  actions: {
    remember: assign(({ event }) => {
      const e = event as Extract<RolloutEvent, { type: 'START' }>;
      const first = e.strategy === 'canary' ? Math.min(e.stepPercent, e.maxPercent) : 100;
      return {
        strategy: e.strategy,
        stepPercent: e.stepPercent,
        maxPercent: e.maxPercent,
        threshold: e.threshold,
        percent: first,
        failedChecks: 0,
      };
    }),
    prepare: emit(({ context, event }) => ({
      type: 'prepare' as const,
      percent: context.percent,
      nowMs: event.nowMs,
    })),
    analyse: emit(({ context, event }) => ({
      type: 'analyse' as const,
      percent: context.percent,
      nowMs: event.nowMs,
    })),
    shift: emit(({ context, event }) => ({
      type: 'setWeights' as const,
      weights: [1 - context.percent / 100, context.percent / 100] as [number, number],
      nowMs: event.nowMs,
    })),
    shiftBack: emit(({ event }) => ({
      type: 'setWeights' as const,
      weights: [1, 0] as [number, number],
      nowMs: event.nowMs,
    })),
    stepUp: assign({ percent: ({ context }) => nextPercent(context) }),
    goFull: assign({ percent: 100 }),
    countFailure: assign({ failedChecks: ({ context }) => context.failedChecks + 1 }),
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
  context: {
    strategy: 'blue-green',
    stepPercent: 10,
    maxPercent: 50,
    threshold: 1,
    percent: 0,
    failedChecks: 0,
  },
  initial: 'serving',
  states: {
    serving: { on: { START: { target: 'preparing', actions: ['remember', 'prepare'] } } },
    /** The new version is being sized for its next share; traffic moves once it is ready. */
    preparing: {
      on: {
        READY: [
          { guard: 'goesFull', target: 'drainingOld', actions: ['shift', 'retireOld'] },
          { target: 'analysing', actions: ['shift', 'analyse'] },
        ],
        ROLLBACK: { target: 'rollingBack', actions: ['shiftBack', 'retireNew'] },
      },
    },
    analysing: {
      on: {
        ANALYSIS: [
          { guard: 'passedAtMax', target: 'preparing', actions: ['goFull', 'prepare'] },
          { guard: 'passed', target: 'preparing', actions: ['stepUp', 'prepare'] },
          {
            guard: 'lastFailure',
            target: 'rollingBack',
            actions: ['countFailure', 'shiftBack', 'retireNew'],
          },
          { guard: 'failed', actions: ['countFailure', 'analyse'] },
          { actions: 'analyse' },
        ],
        ROLLBACK: { target: 'rollingBack', actions: ['shiftBack', 'retireNew'] },
      },
    },
    drainingOld: { on: { DRAINED: { guard: 'oldDrained', target: 'promoted' } } },
    promoted: { type: 'final' },
    rollingBack: { on: { DRAINED: { guard: 'newDrained', target: 'rolledBack' } } },
    rolledBack: { type: 'final' },
  },
});
