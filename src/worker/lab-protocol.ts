import type { ParamValue } from '../modes/params/table.ts';
import type { SessionState } from '../machines/lab-session.ts';
import type { RunState } from '../modes/run-state.ts';
import type { ModeId } from '../modes/mode-names.ts';
import type { ModeView } from '../modes/registry.ts';
import type { Refusal } from '../modes/params/validate.ts';

/**
 * Messages between a lab page and its engine worker. The page sends commands; the worker answers
 * with snapshots at display rate and with notices. The state's values are keyed by the modes'
 * table keys (the same vocabulary as presets, the URL and the CLI), so one validation path
 * serves them all.
 */
export type LabCommand =
  /** New parameters from the start: the session returns to idle at time 0. */
  | { type: 'configure'; state: RunState }
  /** Parameters changed mid-run: applied from the current simulated time where the engine can. */
  | { type: 'retune'; state: RunState }
  | { type: 'play' }
  | { type: 'pause' }
  /** Advance by one display frame's worth of simulated time at the current speed, then pause. */
  | { type: 'step' }
  | { type: 'reset' }
  /** Simulated ms per wall-clock ms (speed-limits.ts). */
  | { type: 'speed'; speed: number }
  | { type: 'jumpToEnd' }
  /** The page was hidden or the lab scrolled out of view: pause, and stay paused. */
  | { type: 'hidden' };

export type LabNotice =
  /** A value was refused: which, and what the table accepts. */
  | { type: 'invalid'; refusal: Refusal }
  /** These parameters (table keys) cannot change mid-run; the run restarted from time 0. */
  | { type: 'restarted'; keys: string[] };

export type LabMessage =
  | { type: 'snapshot'; snapshot: LabSnapshot }
  | { type: 'notice'; notice: LabNotice }
  /** An unexpected error in the worker; the page shows it and offers a reset. */
  | { type: 'failed'; message: string };

export type { SessionState };

interface SnapshotBase {
  session: SessionState;
  /** Simulated time now and at the end of the run, ms. */
  nowMs: number;
  endMs: number;
  /** Simulated ms per wall-clock ms. */
  speed: number;
  /** Monotonic counter, so the page can tell a fresh snapshot from a repeated one. */
  sequence: number;
  /**
   * The parameters set for this run (the lab state's values): a page that has just sent new
   * ones can tell the new run's snapshots from the old run's still in flight.
   */
  values: Readonly<Record<string, ParamValue>>;
}

/**
 * What the lab worker sends the page at display rate: plain JSON (structured-clone friendly), a
 * function of the engine's facts only (DESIGN.md: charts never read engine internals).
 */
export type LabSnapshot = {
  [M in ModeId]: SnapshotBase & { mode: M } & { [K in M]: ModeView<M> };
}[ModeId];
