import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { autoscalerMachine, reconfigured } from '../../../src/machines/autoscaler.ts';
import {
  boundedReplicas,
  KNATIVE_DEFAULTS,
  replicasFor,
  type AutoscalerConfig,
} from '../../../src/machines/autoscaler-policy.ts';

const config: AutoscalerConfig = {
  ...KNATIVE_DEFAULTS,
  targetConcurrency: 10,
  targetUtilization: 1,
  minReplicas: 0,
  maxReplicas: 50,
};

function start(initialReplicas = 1) {
  const actor = createActor(autoscalerMachine, { input: { config, initialReplicas } });
  const scales: number[] = [];
  actor.on('scale', (e) => scales.push(e.replicas));
  actor.start();
  const tick = (nowMs: number, stable: number, panic: number, ready: number) =>
    actor.send({
      type: 'TICK',
      nowMs,
      stableConcurrency: stable,
      panicConcurrency: panic,
      readyReplicas: ready,
      currentReplicas: ready,
    });
  return { actor, scales, tick };
}

describe('autoscaler policy (Knative KPA)', () => {
  it('wants ceil(concurrency / (target x utilisation)) replicas', () => {
    expect(replicasFor(KNATIVE_DEFAULTS, 0)).toBe(0);
    expect(replicasFor({ ...KNATIVE_DEFAULTS, targetConcurrency: 100 }, 140)).toBe(2);
    expect(replicasFor({ ...KNATIVE_DEFAULTS, targetConcurrency: 100 }, 141)).toBe(3);
  });

  it('limits scale-down to half the ready replicas per decision and clamps to min and max', () => {
    expect(boundedReplicas(config, 0, 10)).toBe(5);
    expect(boundedReplicas(config, 500, 10)).toBe(50);
    expect(boundedReplicas({ ...config, minReplicas: 3 }, 1, 2)).toBe(3);
  });
});

describe('autoscaler machine', () => {
  it('follows the stable average in the stable state', () => {
    const { actor, scales, tick } = start(1);
    tick(2000, 35, 35, 1);
    expect(actor.getSnapshot().matches('stable')).toBe(false); // 35 needs 4 replicas: 4 >= 2 x 1 ready
    const { actor: calm, scales: calmScales, tick: calmTick } = start(4);
    calmTick(2000, 35, 36, 4);
    expect(calm.getSnapshot().matches('stable')).toBe(true);
    expect(calmScales).toEqual([4]);
    expect(scales).toEqual([4]);
  });

  it('panics on a burst, never scales down while panicking, and calms down after a stable window', () => {
    const { actor, scales, tick } = start(2);
    tick(2000, 10, 60, 2); // 60 needs 6 >= 2 x 2 ready: panic
    expect(actor.getSnapshot().matches('panic')).toBe(true);
    expect(scales.at(-1)).toBe(6);
    tick(4000, 10, 5, 6); // burst over, but still inside the stable window: hold 6
    expect(actor.getSnapshot().matches('panic')).toBe(true);
    expect(scales.at(-1)).toBe(6);
    tick(62_000, 10, 5, 6); // a whole stable window since the last burst: back to stable, 1 replica wanted, halved at most
    expect(actor.getSnapshot().matches('stable')).toBe(true);
    expect(scales.at(-1)).toBe(3);
  });

  it('scales to zero only after the grace period, and wakes at once when poked', () => {
    const { actor, scales, tick } = start(1);
    tick(2000, 0, 0, 1);
    expect(scales.at(-1)).toBe(1);
    tick(31_000, 0, 0, 1);
    expect(scales.at(-1)).toBe(1);
    tick(32_000, 0, 0, 1);
    expect(scales.at(-1)).toBe(0);
    expect(actor.getSnapshot().can({ type: 'POKE', nowMs: 33_000 })).toBe(true);
    actor.send({ type: 'POKE', nowMs: 33_000 });
    expect(scales.at(-1)).toBe(1);
    expect(actor.getSnapshot().can({ type: 'POKE', nowMs: 34_000 })).toBe(false);
  });

  it('takes a new configuration at once: the bounds clamp the current decision, the target rules the next tick', () => {
    const { actor, scales, tick } = start(4);
    tick(2000, 35, 36, 4);
    expect(scales).toEqual([4]);
    actor.send({ type: 'RECONFIGURE', config: { ...config, minReplicas: 6 }, nowMs: 3000 });
    expect(scales.at(-1)).toBe(6);
    actor.send({ type: 'RECONFIGURE', config: { ...config, maxReplicas: 2 }, nowMs: 3500 });
    expect(scales.at(-1)).toBe(2);
    // Target 10 -> 5 (and the bounds back): 35 concurrent requests now need ceil(35 / 5) = 7
    // replicas, but that is decided at the next tick, from the metrics of that tick.
    actor.send({ type: 'RECONFIGURE', config: { ...config, targetConcurrency: 5 }, nowMs: 4000 });
    expect(scales.at(-1)).toBe(2);
    tick(6000, 35, 10, 2);
    expect(scales.at(-1)).toBe(7);
    expect(actor.getSnapshot().context.config.targetConcurrency).toBe(5);
  });

  it('reconfigured keeps a decision that is inside the new bounds', () => {
    const context = { config, desired: 3, panicSinceMs: 0, zeroSinceMs: -1 };
    expect(reconfigured(context, { ...config, minReplicas: 1, maxReplicas: 5 }).desired).toBe(3);
    expect(reconfigured(context, { ...config, minReplicas: 0, maxReplicas: 2 }).desired).toBe(2);
  });
});
