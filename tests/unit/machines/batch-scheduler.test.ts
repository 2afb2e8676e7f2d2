import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  batchSchedulerMachine,
  canChangePolicy,
  catchesUp,
  lastInBacklog,
  othersStillActive,
  overlapAllowed,
  type BatchSchedulerCommand,
  type BatchSchedulerContext,
} from '../../../src/machines/batch-scheduler.ts';
import type { OverlapPolicy } from '../../../src/machines/overlap-policy.ts';

/** A started scheduler and the commands it has emitted so far. */
function scheduler(policy: OverlapPolicy) {
  const actor = createActor(batchSchedulerMachine, { input: { policy } });
  const commands: BatchSchedulerCommand[] = [];
  actor.on('*', (command) => void commands.push(command));
  actor.start();
  const tick = (nowMs: number) => actor.send({ type: 'TICK', nowMs });
  const finish = (runId: number, nowMs: number) =>
    actor.send({ type: 'RUN_FINISHED', runId, nowMs });
  return { actor, commands, tick, finish, context: () => actor.getSnapshot().context };
}

describe('batch scheduler statechart', () => {
  it('starts a run on a tick when nothing is active, whatever the policy', () => {
    for (const policy of ['skip', 'queue', 'allow'] as const) {
      const s = scheduler(policy);
      expect(s.actor.getSnapshot().matches('idle')).toBe(true);
      expect(s.actor.getSnapshot().can({ type: 'RUN_FINISHED', runId: 0, nowMs: 0 })).toBe(false);
      s.tick(0);
      expect(s.actor.getSnapshot().matches('running')).toBe(true);
      expect(s.commands).toEqual([{ type: 'startRun', runId: 0, nowMs: 0, fromBacklog: false }]);
      expect(s.context()).toMatchObject({ scheduled: 1, started: 1, activeRuns: 1, backlog: 0 });
    }
  });

  it('skip: a tick while a run is active skips that interval', () => {
    const s = scheduler('skip');
    s.tick(0);
    s.tick(60_000);
    s.tick(120_000);
    expect(s.commands.slice(1)).toEqual([
      { type: 'skipRun', runId: 1, nowMs: 60_000 },
      { type: 'skipRun', runId: 2, nowMs: 120_000 },
    ]);
    expect(s.context()).toMatchObject({ scheduled: 3, started: 1, skipped: 2, activeRuns: 1 });
    s.finish(0, 130_000);
    expect(s.actor.getSnapshot().matches('idle')).toBe(true);
    s.tick(180_000);
    expect(s.commands.at(-1)).toEqual({
      type: 'startRun',
      runId: 3,
      nowMs: 180_000,
      fromBacklog: false,
    });
  });

  it('queue: missed intervals wait, and each run end starts the oldest one', () => {
    const s = scheduler('queue');
    s.tick(0);
    s.tick(60);
    s.tick(120);
    expect(s.actor.getSnapshot().matches('backlogged')).toBe(true);
    expect(s.context()).toMatchObject({ backlog: 2, activeRuns: 1, started: 1 });
    expect(s.commands.slice(1).map((c) => [c.type, c.runId])).toEqual([
      ['enqueueRun', 1],
      ['enqueueRun', 2],
    ]);
    s.finish(0, 150);
    expect(s.commands.at(-1)).toEqual({
      type: 'startRun',
      runId: 1,
      nowMs: 150,
      fromBacklog: true,
    });
    expect(s.actor.getSnapshot().matches('backlogged')).toBe(true);
    s.tick(180); // run 3 joins the back of the queue
    s.finish(1, 200);
    s.finish(2, 250);
    expect(s.commands.slice(-2).map((c) => c.runId)).toEqual([2, 3]);
    expect(s.actor.getSnapshot().matches('running')).toBe(true);
    s.finish(3, 300);
    expect(s.actor.getSnapshot().matches('idle')).toBe(true);
    expect(s.context()).toMatchObject({ scheduled: 4, started: 4, skipped: 0, backlog: 0 });
  });

  it('allow: every tick starts a run; the scheduler is idle only when all have ended', () => {
    const s = scheduler('allow');
    for (let k = 0; k < 3; k++) s.tick(k * 60);
    expect(s.commands.map((c) => [c.type, c.runId])).toEqual([
      ['startRun', 0],
      ['startRun', 1],
      ['startRun', 2],
    ]);
    expect(s.context().activeRuns).toBe(3);
    s.finish(1, 200);
    s.finish(0, 210);
    expect(s.actor.getSnapshot().matches('running')).toBe(true);
    s.finish(2, 220);
    expect(s.actor.getSnapshot().matches('idle')).toBe(true);
  });

  it('pause: no run starts any more, the backlog stays, active runs may still finish', () => {
    const s = scheduler('queue');
    s.tick(0);
    s.tick(60);
    s.actor.send({ type: 'PAUSE', nowMs: 100 });
    expect(s.actor.getSnapshot().matches('paused')).toBe(true);
    expect(s.actor.getSnapshot().can({ type: 'TICK', nowMs: 120 })).toBe(false);
    expect(s.actor.getSnapshot().can({ type: 'RUN_FINISHED', runId: 0, nowMs: 130 })).toBe(true);
    const before = s.commands.length;
    s.finish(0, 130);
    expect(s.commands.length).toBe(before);
    expect(s.context()).toMatchObject({ activeRuns: 0, backlog: 1, started: 1, scheduled: 2 });
  });

  it('exports its guards as plain functions of the context', () => {
    const c: BatchSchedulerContext = {
      policy: 'queue',
      scheduled: 5,
      started: 3,
      skipped: 0,
      backlog: 1,
      activeRuns: 1,
      lastEventMs: 0,
    };
    expect(catchesUp(c)).toBe(true);
    expect(overlapAllowed(c)).toBe(false);
    expect(overlapAllowed({ ...c, policy: 'allow' })).toBe(true);
    expect(lastInBacklog(c)).toBe(true);
    expect(lastInBacklog({ ...c, backlog: 2 })).toBe(false);
    expect(othersStillActive(c)).toBe(false);
    expect(othersStillActive({ ...c, activeRuns: 2 })).toBe(true);
  });
});

describe('batch scheduler: policy changed mid-run (SET_POLICY)', () => {
  const setPolicy = (policy: OverlapPolicy, nowMs: number) =>
    ({ type: 'SET_POLICY', policy, nowMs }) as const;

  it('decides the ticks after the change by the new policy', () => {
    const s = scheduler('skip');
    s.tick(0);
    s.tick(60_000);
    s.actor.send(setPolicy('queue', 90_000));
    s.tick(120_000);
    expect(s.commands.slice(1)).toEqual([
      { type: 'skipRun', runId: 1, nowMs: 60_000 },
      { type: 'enqueueRun', runId: 2, nowMs: 120_000 },
    ]);
    expect(s.actor.getSnapshot().matches('backlogged')).toBe(true);
  });

  it('refuses a change while intervals are queued: their run ids come from the tick count', () => {
    const s = scheduler('queue');
    s.tick(0);
    s.tick(60_000);
    expect(canChangePolicy(s.context())).toBe(false);
    expect(s.actor.getSnapshot().can(setPolicy('skip', 70_000))).toBe(false);
    s.finish(0, 80_000);
    s.finish(1, 100_000);
    expect(s.actor.getSnapshot().can(setPolicy('skip', 110_000))).toBe(true);
  });

  it('allow then queue: the backlog waits until every run started under allow has finished', () => {
    const s = scheduler('allow');
    s.tick(0);
    s.tick(60_000);
    s.actor.send(setPolicy('queue', 70_000));
    s.tick(120_000);
    expect(s.context()).toMatchObject({ activeRuns: 2, backlog: 1 });
    s.finish(0, 130_000);
    expect(s.context()).toMatchObject({ activeRuns: 1, backlog: 1 });
    s.finish(1, 140_000);
    expect(s.commands.at(-1)).toEqual({
      type: 'startRun',
      runId: 2,
      nowMs: 140_000,
      fromBacklog: true,
    });
    expect(s.context()).toMatchObject({ activeRuns: 1, backlog: 0 });
  });
});
