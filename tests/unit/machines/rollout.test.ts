import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { rolloutMachine, type RolloutEmitted } from '../../../src/machines/rollout.ts';

function start() {
  const actor = createActor(rolloutMachine);
  const commands: RolloutEmitted[] = [];
  actor.on('*', (e) => commands.push(e as RolloutEmitted));
  actor.start();
  return { actor, commands };
}

describe('rollout machine', () => {
  it('blue/green: starts the new version, shifts all traffic only when it is ready, then drains the old', () => {
    const { actor, commands } = start();
    actor.send({ type: 'START', strategy: 'blue-green', canaryPercent: 0, replicas: 3, nowMs: 0 });
    expect(commands).toEqual([{ type: 'startVersion', version: 1, replicas: 3, nowMs: 0 }]);
    actor.send({ type: 'NEW_READY', readyReplicas: 2, nowMs: 1000 });
    expect(actor.getSnapshot().matches('startingNew')).toBe(true);
    actor.send({ type: 'NEW_READY', readyReplicas: 3, nowMs: 2000 });
    expect(actor.getSnapshot().matches('drainingOld')).toBe(true);
    expect(commands.slice(1)).toEqual([
      { type: 'setWeights', weights: [0, 1], nowMs: 2000 },
      { type: 'retireVersion', version: 0, nowMs: 2000 },
    ]);
    actor.send({ type: 'DRAINED', version: 1, nowMs: 2500 });
    expect(actor.getSnapshot().matches('drainingOld')).toBe(true);
    actor.send({ type: 'DRAINED', version: 0, nowMs: 3000 });
    expect(actor.getSnapshot().matches('promoted')).toBe(true);
  });

  it('canary: takes its percentage, then is promoted or rolled back', () => {
    const { actor, commands } = start();
    actor.send({ type: 'START', strategy: 'canary', canaryPercent: 10, replicas: 1, nowMs: 0 });
    expect(actor.getSnapshot().can({ type: 'PROMOTE', nowMs: 1 })).toBe(false);
    actor.send({ type: 'NEW_READY', readyReplicas: 1, nowMs: 500 });
    expect(actor.getSnapshot().matches('canaryServing')).toBe(true);
    expect(commands.at(-1)).toEqual({ type: 'setWeights', weights: [0.9, 0.1], nowMs: 500 });
    actor.send({ type: 'ROLLBACK', nowMs: 900 });
    expect(actor.getSnapshot().matches('rollingBack')).toBe(true);
    expect(commands.slice(-2)).toEqual([
      { type: 'setWeights', weights: [1, 0], nowMs: 900 },
      { type: 'retireVersion', version: 1, nowMs: 900 },
    ]);
    actor.send({ type: 'DRAINED', version: 1, nowMs: 1200 });
    expect(actor.getSnapshot().matches('rolledBack')).toBe(true);
  });
});
