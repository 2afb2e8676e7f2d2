import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { labSessionMachine } from '../../../src/machines/lab-session.ts';

describe('lab session machine', () => {
  it('plays, pauses when hidden, steps while paused, finishes and resets', () => {
    const actor = createActor(labSessionMachine).start();
    expect(actor.getSnapshot().matches('idle')).toBe(true);
    expect(actor.getSnapshot().can({ type: 'PAUSE' })).toBe(false);
    actor.send({ type: 'PLAY' });
    expect(actor.getSnapshot().matches('running')).toBe(true);
    expect(actor.getSnapshot().can({ type: 'STEP' })).toBe(false);
    actor.send({ type: 'HIDDEN' });
    expect(actor.getSnapshot().matches('paused')).toBe(true);
    actor.send({ type: 'STEP' });
    expect(actor.getSnapshot().matches('paused')).toBe(true);
    actor.send({ type: 'PLAY' });
    actor.send({ type: 'FINISHED' });
    expect(actor.getSnapshot().matches('finished')).toBe(true);
    expect(actor.getSnapshot().can({ type: 'PLAY' })).toBe(false);
    actor.send({ type: 'RESET' });
    expect(actor.getSnapshot().matches('idle')).toBe(true);
  });
});
