import type { LabState } from '../lab/lab-state.ts';
import type { LabSnapshot } from '../lab/snapshot.ts';

/**
 * Messages between a lab page and its engine worker. The page sends commands; the worker answers
 * with snapshots at display rate and with notices. The state's values are the CLI's flag values
 * (the same vocabulary as presets and the URL), so one validation path serves them all.
 */
export type LabCommand =
  /** New parameters from the start: the session returns to idle at time 0. */
  | { type: 'configure'; state: LabState }
  /** Parameters changed mid-run: applied from the current simulated time where the engine can. */
  | { type: 'retune'; state: LabState }
  | { type: 'play' }
  | { type: 'pause' }
  /** Advance by one display frame's worth of simulated time at the current speed, then pause. */
  | { type: 'step' }
  | { type: 'reset' }
  /** Simulated ms per wall-clock ms (0.1x to 1000x). */
  | { type: 'speed'; speed: number }
  | { type: 'jumpToEnd' }
  /** The page was hidden or the lab scrolled out of view: pause, and stay paused. */
  | { type: 'hidden' };

export type LabNotice =
  /** A parameter was refused: the field (flag name) and the accepted range, in the engine's words. */
  | { type: 'invalid'; flag: string; message: string }
  /** These flags cannot change mid-run; the run restarted from time 0 with them. */
  | { type: 'restarted'; flags: string[] };

export type LabMessage =
  | { type: 'snapshot'; snapshot: LabSnapshot }
  | { type: 'notice'; notice: LabNotice }
  /** An unexpected error in the worker; the page shows it and offers a reset. */
  | { type: 'failed'; message: string };
