import { assign, emit, setup } from 'xstate';
import {
  boundedReplicas,
  isOverPanicThreshold,
  replicasFor,
  type AutoscalerConfig,
  type AutoscalerObservation,
} from './autoscaler-policy.ts';

/**
 * The Knative Pod Autoscaler as a statechart: `stable` decides from the 60 s average, `panic`
 * (entered when a burst would need twice the ready replicas) decides from the 6 s average and
 * never scales down, and is left only after a whole stable window without a burst. Every decision
 * is emitted as a `scale` command; the kernel turns it into replicas started or drained.
 */
export type AutoscalerEvent =
  | ({ type: 'TICK' } & AutoscalerObservation)
  /** The activator: a request arrived while there were no replicas; start one without waiting. */
  | { type: 'POKE'; nowMs: number }
  /** An operator edits the autoscaler's settings (Knative annotations) mid-run. */
  | { type: 'RECONFIGURE'; config: AutoscalerConfig; nowMs: number };

export interface AutoscalerContext {
  config: AutoscalerConfig;
  desired: number;
  /** Last time the panic condition held, while panicking. */
  panicSinceMs: number;
  /** When the stable rule first asked for zero replicas, or -1. */
  zeroSinceMs: number;
}

/** What the stable rule wants, with the scale-to-zero grace period applied. */
export function stableDecision(
  c: AutoscalerContext,
  o: AutoscalerObservation,
): { desired: number; zeroSinceMs: number } {
  const wanted = replicasFor(c.config, o.stableConcurrency);
  if (wanted > 0 || c.config.minReplicas > 0) {
    return { desired: boundedReplicas(c.config, wanted, o.readyReplicas), zeroSinceMs: -1 };
  }
  const zeroSinceMs = c.zeroSinceMs < 0 ? o.nowMs : c.zeroSinceMs;
  const graceOver = o.nowMs - zeroSinceMs >= c.config.scaleToZeroGraceMs;
  return {
    desired: graceOver ? 0 : Math.max(c.desired, boundedReplicas(c.config, 1, o.readyReplicas)),
    zeroSinceMs,
  };
}

/** In panic the autoscaler follows the burst up but never scales down. */
export function panicDecision(c: AutoscalerContext, o: AutoscalerObservation): number {
  return Math.max(
    c.desired,
    boundedReplicas(c.config, replicasFor(c.config, o.panicConcurrency), o.readyReplicas),
  );
}

export function panicIsOver(c: AutoscalerContext, o: AutoscalerObservation): boolean {
  return !isOverPanicThreshold(c.config, o) && o.nowMs - c.panicSinceMs >= c.config.stableWindowMs;
}

/**
 * A new configuration applies at once: the bounds are enforced on the current decision (Knative
 * scales a revision to a raised min-scale or a lowered max-scale without waiting for traffic);
 * the rate limits, target and panic rule apply from the next tick.
 */
export function reconfigured(
  c: AutoscalerContext,
  config: AutoscalerConfig,
): Pick<AutoscalerContext, 'config' | 'desired'> {
  return {
    config,
    desired: Math.min(config.maxReplicas, Math.max(config.minReplicas, c.desired)),
  };
}

type Tick = Extract<AutoscalerEvent, { type: 'TICK' }>;
type Reconfigure = Extract<AutoscalerEvent, { type: 'RECONFIGURE' }>;

export const autoscalerMachine = setup({
  types: {
    context: {} as AutoscalerContext,
    input: {} as { config: AutoscalerConfig; initialReplicas: number },
    events: {} as AutoscalerEvent,
    emitted: {} as { type: 'scale'; replicas: number; nowMs: number },
  },
  guards: {
    overPanicThreshold: ({ context, event }) => isOverPanicThreshold(context.config, event as Tick),
    panicIsOver: ({ context, event }) => panicIsOver(context, event as Tick),
    noReplicas: ({ context }) => context.desired === 0,
  },
  actions: {
    decideStable: assign(({ context, event }) => stableDecision(context, event as Tick)),
    decidePanic: assign(({ context, event }) => ({
      desired: panicDecision(context, event as Tick),
      zeroSinceMs: -1,
    })),
    markPanic: assign({ panicSinceMs: ({ event }) => (event as Tick).nowMs }),
    wakeFromZero: assign(({ context }) => ({
      desired: Math.max(1, context.config.minReplicas),
      zeroSinceMs: -1,
    })),
    reconfigure: assign(({ context, event }) =>
      reconfigured(context, (event as Reconfigure).config),
    ),
    announce: emit(({ context, event }) => ({
      type: 'scale' as const,
      replicas: context.desired,
      nowMs: event.nowMs,
    })),
  },
}).createMachine({
  id: 'autoscaler',
  context: ({ input }) => ({
    config: input.config,
    desired: input.initialReplicas,
    panicSinceMs: 0,
    zeroSinceMs: -1,
  }),
  initial: 'stable',
  on: {
    POKE: { guard: 'noReplicas', actions: ['wakeFromZero', 'announce'] },
    RECONFIGURE: { actions: ['reconfigure', 'announce'] },
  },
  states: {
    stable: {
      on: {
        TICK: [
          {
            guard: 'overPanicThreshold',
            target: 'panic',
            actions: ['markPanic', 'decidePanic', 'announce'],
          },
          { actions: ['decideStable', 'announce'] },
        ],
      },
    },
    panic: {
      on: {
        TICK: [
          { guard: 'overPanicThreshold', actions: ['markPanic', 'decidePanic', 'announce'] },
          { guard: 'panicIsOver', target: 'stable', actions: ['decideStable', 'announce'] },
          { actions: ['decidePanic', 'announce'] },
        ],
      },
    },
  },
});
