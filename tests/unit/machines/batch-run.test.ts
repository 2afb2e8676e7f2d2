import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  attemptFailed,
  batchRunMachine,
  canRetry,
  type BatchRunCommand,
} from '../../../src/machines/batch-run.ts';

function run(retries = 0, retryDelayMs = 300_000) {
  const actor = createActor(batchRunMachine, { input: { runId: 7, retries, retryDelayMs } });
  const commands: BatchRunCommand[] = [];
  actor.on('*', (command) => void commands.push(command));
  actor.start();
  return { actor, commands, snapshot: () => actor.getSnapshot() };
}

describe('batch run statechart', () => {
  it('runs, publishes the data read at its start, and succeeds', () => {
    const r = run();
    expect(r.snapshot().matches('scheduled')).toBe(true);
    expect(r.snapshot().can({ type: 'PUBLISHED', nowMs: 0 })).toBe(false);
    r.actor.send({ type: 'START', nowMs: 1000 });
    expect(r.snapshot().matches('running')).toBe(true);
    expect(r.commands).toEqual([{ type: 'startAttempt', runId: 7, attempt: 1, nowMs: 1000 }]);
    expect(r.snapshot().can({ type: 'RETRY', nowMs: 0 })).toBe(false);
    r.actor.send({ type: 'ATTEMPT_DONE', nowMs: 21_000, failed: false });
    expect(r.snapshot().matches('publishing')).toBe(true);
    expect(r.commands.at(-1)).toEqual({
      type: 'publish',
      runId: 7,
      dataAsOfMs: 1000,
      nowMs: 21_000,
    });
    r.actor.send({ type: 'PUBLISHED', nowMs: 21_000 });
    expect(r.snapshot().matches('succeeded')).toBe(true);
    expect(r.snapshot().status).toBe('done');
    expect(r.commands.at(-1)).toEqual({
      type: 'runEnded',
      runId: 7,
      outcome: 'succeeded',
      attempts: 1,
      startedAtMs: 1000,
      endedAtMs: 21_000,
    });
  });

  it('ends at once when the scheduler skips it, and asks for nothing', () => {
    const r = run();
    r.actor.send({ type: 'SKIP', nowMs: 60_000 });
    expect(r.snapshot().matches('skipped')).toBe(true);
    expect(r.snapshot().status).toBe('done');
    expect(r.commands).toEqual([]);
  });

  it('retries after retry_delay, then fails for good when the retries are spent', () => {
    const r = run(2, 5000);
    r.actor.send({ type: 'START', nowMs: 0 });
    r.actor.send({ type: 'ATTEMPT_DONE', nowMs: 10_000, failed: true });
    expect(r.snapshot().matches('waiting')).toBe(true);
    expect(r.commands.at(-1)).toEqual({ type: 'scheduleRetry', runId: 7, retryAtMs: 15_000 });
    expect(r.snapshot().can({ type: 'RETRY', nowMs: 15_000 })).toBe(true);
    expect(r.snapshot().can({ type: 'ATTEMPT_DONE', nowMs: 15_000, failed: false })).toBe(false);
    r.actor.send({ type: 'RETRY', nowMs: 15_000 });
    expect(r.commands.at(-1)).toEqual({
      type: 'startAttempt',
      runId: 7,
      attempt: 2,
      nowMs: 15_000,
    });
    r.actor.send({ type: 'ATTEMPT_DONE', nowMs: 25_000, failed: true });
    r.actor.send({ type: 'RETRY', nowMs: 30_000 });
    r.actor.send({ type: 'ATTEMPT_DONE', nowMs: 40_000, failed: true });
    expect(r.snapshot().matches('failed')).toBe(true);
    expect(r.commands.filter((c) => c.type === 'publish')).toEqual([]);
    expect(r.commands.at(-1)).toEqual({
      type: 'runEnded',
      runId: 7,
      outcome: 'failed',
      attempts: 3,
      startedAtMs: 0,
      endedAtMs: 40_000,
    });
  });

  it('publishes the data of the attempt that succeeded, which read its input last', () => {
    const r = run(1, 5000);
    r.actor.send({ type: 'START', nowMs: 0 });
    r.actor.send({ type: 'ATTEMPT_DONE', nowMs: 10_000, failed: true });
    r.actor.send({ type: 'RETRY', nowMs: 15_000 });
    r.actor.send({ type: 'ATTEMPT_DONE', nowMs: 25_000, failed: false });
    expect(r.commands.at(-1)).toMatchObject({ type: 'publish', dataAsOfMs: 15_000 });
    r.actor.send({ type: 'PUBLISHED', nowMs: 25_000 });
    expect(r.commands.at(-1)).toMatchObject({ outcome: 'succeeded', attempts: 2, startedAtMs: 0 });
  });

  it('without retries a failed attempt fails the run', () => {
    const r = run(0);
    r.actor.send({ type: 'START', nowMs: 0 });
    r.actor.send({ type: 'ATTEMPT_DONE', nowMs: 1, failed: true });
    expect(r.snapshot().matches('failed')).toBe(true);
  });

  it('exports its guards as plain functions', () => {
    const c = {
      runId: 0,
      retries: 2,
      retryDelayMs: 0,
      attempts: 2,
      startedAtMs: 0,
      attemptStartedAtMs: 0,
      endedAtMs: null,
    };
    expect(canRetry(c)).toBe(true);
    expect(canRetry({ ...c, attempts: 3 })).toBe(false);
    expect(attemptFailed({ type: 'ATTEMPT_DONE', nowMs: 0, failed: true })).toBe(true);
    expect(attemptFailed({ type: 'ATTEMPT_DONE', nowMs: 0, failed: false })).toBe(false);
    expect(attemptFailed({ type: 'RETRY', nowMs: 0 })).toBe(false);
  });
});
