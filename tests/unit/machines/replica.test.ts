import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { canServe, replicaMachine, type ReplicaEmitted } from '../../../src/machines/replica.ts';

function start() {
  const actor = createActor(replicaMachine, { input: { uid: 7, version: 0 } });
  const emitted: ReplicaEmitted[] = [];
  actor.on('*', (e) => emitted.push(e as ReplicaEmitted));
  actor.start();
  return { actor, emitted };
}

describe('replica machine', () => {
  it('goes cold -> loading -> ready -> draining -> stopped, announcing readiness only when ready', () => {
    const { actor, emitted } = start();
    expect(actor.getSnapshot().matches('cold')).toBe(true);
    expect(actor.getSnapshot().can({ type: 'IDLE', nowMs: 0 })).toBe(false);
    actor.send({ type: 'PROVISIONED', nowMs: 2000 });
    expect(actor.getSnapshot().matches('loading')).toBe(true);
    expect(emitted).toEqual([]);
    actor.send({ type: 'MODEL_LOADED', nowMs: 5000 });
    expect(actor.getSnapshot().matches('ready')).toBe(true);
    expect(emitted).toEqual([{ type: 'ready', uid: 7, nowMs: 5000 }]);
    actor.send({ type: 'DRAIN', nowMs: 9000 });
    expect(actor.getSnapshot().matches('draining')).toBe(true);
    actor.send({ type: 'IDLE', nowMs: 9500 });
    expect(actor.getSnapshot().status).toBe('done');
    expect(emitted.map((e) => e.type)).toEqual(['ready', 'draining', 'stopped']);
  });

  it('can be cancelled before it is ready, and then never announces readiness', () => {
    const { actor, emitted } = start();
    actor.send({ type: 'DRAIN', nowMs: 100 });
    actor.send({ type: 'PROVISIONED', nowMs: 2000 });
    actor.send({ type: 'MODEL_LOADED', nowMs: 5000 });
    expect(actor.getSnapshot().matches('stopped')).toBe(true);
    expect(emitted.map((e) => e.type)).toEqual(['stopped']);
  });

  it('serves only when ready', () => {
    expect(
      ['cold', 'loading', 'ready', 'draining', 'stopped'].filter((s) => canServe(s as never)),
    ).toEqual(['ready']);
  });
});
