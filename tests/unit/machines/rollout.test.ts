import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  nextPercent,
  rolloutMachine,
  type RolloutEmitted,
  type RolloutPlan,
} from '../../../src/machines/rollout.ts';

function start(plan: RolloutPlan) {
  const actor = createActor(rolloutMachine);
  const commands: RolloutEmitted[] = [];
  actor.on('*', (e) => commands.push(e as RolloutEmitted));
  actor.start();
  actor.send({ type: 'START', ...plan, nowMs: 0 });
  return { actor, commands };
}

const CANARY: RolloutPlan = { strategy: 'canary', stepPercent: 20, maxPercent: 60, threshold: 2 };

describe('rollout machine', () => {
  it('blue/green: sizes the new version for all traffic, shifts it once ready, drains the old', () => {
    const { actor, commands } = start({ ...CANARY, strategy: 'blue-green' });
    expect(commands).toEqual([{ type: 'prepare', percent: 100, nowMs: 0 }]);
    expect(actor.getSnapshot().matches('preparing')).toBe(true);
    actor.send({ type: 'READY', nowMs: 2000 });
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

  it('canary: steps up after each passed analysis and is promoted after the last step passes', () => {
    const { actor, commands } = start(CANARY);
    const percents: number[] = [];
    for (let t = 1; actor.getSnapshot().matches('preparing') && t < 10; t++) {
      actor.send({ type: 'READY', nowMs: t * 1000 });
      if (actor.getSnapshot().matches('drainingOld')) break;
      expect(actor.getSnapshot().matches('analysing')).toBe(true);
      percents.push(actor.getSnapshot().context.percent);
      actor.send({ type: 'ANALYSIS', result: 'passed', nowMs: t * 1000 + 500 });
    }
    expect(percents).toEqual([20, 40, 60]);
    expect(actor.getSnapshot().matches('drainingOld')).toBe(true);
    const weights = commands.filter((c) => c.type === 'setWeights').map((c) => c.weights[1]);
    expect(weights.map((w) => Math.round(w * 100))).toEqual([20, 40, 60, 100]);
    expect(commands.at(-1)).toEqual({ type: 'retireVersion', version: 0, nowMs: 4000 });
  });

  it('canary: an inconclusive interval neither steps nor counts; failures up to the threshold roll back', () => {
    const { actor, commands } = start(CANARY);
    actor.send({ type: 'READY', nowMs: 1000 });
    actor.send({ type: 'ANALYSIS', result: 'inconclusive', nowMs: 2000 });
    expect(actor.getSnapshot().matches('analysing')).toBe(true);
    expect(actor.getSnapshot().context).toMatchObject({ percent: 20, failedChecks: 0 });
    actor.send({ type: 'ANALYSIS', result: 'failed', nowMs: 3000 });
    expect(actor.getSnapshot().matches('analysing')).toBe(true);
    expect(actor.getSnapshot().context.failedChecks).toBe(1);
    actor.send({ type: 'ANALYSIS', result: 'failed', nowMs: 4000 });
    expect(actor.getSnapshot().matches('rollingBack')).toBe(true);
    expect(commands.slice(-2)).toEqual([
      { type: 'setWeights', weights: [1, 0], nowMs: 4000 },
      { type: 'retireVersion', version: 1, nowMs: 4000 },
    ]);
    actor.send({ type: 'DRAINED', version: 1, nowMs: 5000 });
    expect(actor.getSnapshot().matches('rolledBack')).toBe(true);
  });

  it('an operator may roll back while the new version starts or is analysed', () => {
    const early = start(CANARY);
    early.actor.send({ type: 'ROLLBACK', nowMs: 500 });
    expect(early.actor.getSnapshot().matches('rollingBack')).toBe(true);
    const later = start(CANARY);
    later.actor.send({ type: 'READY', nowMs: 1000 });
    later.actor.send({ type: 'ROLLBACK', nowMs: 1500 });
    expect(later.actor.getSnapshot().matches('rollingBack')).toBe(true);
  });

  it('never steps above the maximum share', () => {
    const context = { ...CANARY, percent: 50, failedChecks: 0 };
    expect(nextPercent(context)).toBe(60);
    expect(nextPercent({ ...context, percent: 60 })).toBe(60);
  });
});
