import { setup } from 'xstate';

/**
 * A lab session as the learner sees it: idle (parameters set, nothing run), running, paused and
 * finished. The worker's pacing loop advances the simulation only while `running`; RESET returns
 * to idle from anywhere. STEP is allowed while idle or paused (one event at a time).
 */
export type LabSessionEvent =
  | { type: 'PLAY' }
  | { type: 'PAUSE' }
  | { type: 'STEP' }
  | { type: 'FINISHED' }
  | { type: 'RESET' }
  /** The tab was hidden or the lab scrolled out of view. */
  | { type: 'HIDDEN' };

/** The session's states, as the page names them. */
export type SessionState = 'idle' | 'running' | 'paused' | 'finished';

export const labSessionMachine = setup({
  types: { events: {} as LabSessionEvent },
}).createMachine({
  id: 'labSession',
  initial: 'idle',
  on: { RESET: '.idle' },
  states: {
    idle: { on: { PLAY: 'running', STEP: 'paused', FINISHED: 'finished' } },
    running: { on: { PAUSE: 'paused', HIDDEN: 'paused', FINISHED: 'finished' } },
    paused: { on: { PLAY: 'running', STEP: 'paused', FINISHED: 'finished' } },
    finished: {},
  },
});
