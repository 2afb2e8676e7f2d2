import { createActor } from 'xstate';
import { labSessionMachine } from '../machines/lab-session.ts';
import { labValues, type RunState } from '../modes/run-state.ts';
import type { LiveSession } from '../modes/live-session.ts';
import { ParamRefusal } from '../modes/params/validate.ts';
import { modeById } from '../modes/registry.ts';
import type { LabCommand, LabSnapshot, SessionState } from './lab-protocol.ts';
import { MAX_SPEED, MIN_SPEED } from './speed-limits.ts';

/**
 * A tick never covers more than this much wall time: after the tab was throttled or the worker
 * was busy, the run resumes where it was instead of leaping ahead.
 */
const MAX_TICK_WALL_MS = 100;

/** Simulated time of the first, untimed slice of a run. */
const PROBE_SLICE_MS = 100;

type Engine = LiveSession<unknown>;

/** The state's checked values; a refused value throws a ParamRefusal. */
function valuesOf(state: RunState) {
  const checked = labValues(state);
  if (!checked.ok) throw new ParamRefusal(checked.refusal);
  return checked.values;
}

/** The mode's live run for a state (the registry knows the mode; this file names none). */
export function buildEngine(state: RunState): Engine {
  return modeById(state.mode).live(valuesOf(state), state.preset);
}

/**
 * The lab's session: which engine runs, at what speed, in which state (the lab-session
 * statechart), and how far one tick of the worker's pacing loop advances it. Pure apart from the
 * `clock` it is handed, so it is tested without a worker and without sleeping.
 */
export class LabRunner {
  private engine: Engine;
  private readonly session = createActor(labSessionMachine).start();
  private speed = 1;
  private sequence = 0;
  private jumping = false;
  /** Wall ms spent per simulated ms, smoothed: how far a tick can go within its budget. */
  private costPerSimMs = 0;

  constructor(private state: RunState) {
    this.engine = buildEngine(state);
  }

  get sessionState(): SessionState {
    return this.session.getSnapshot().value as SessionState;
  }

  get currentState(): RunState {
    return this.state;
  }

  /** Applies a command; throws a ParamRefusal for refused values. */
  command(command: Exclude<LabCommand, { type: 'configure' | 'retune' }>): void {
    switch (command.type) {
      case 'play':
        if (this.engine.finished) return;
        this.session.send({ type: 'PLAY' });
        return;
      case 'pause':
        this.jumping = false;
        this.session.send({ type: 'PAUSE' });
        return;
      case 'hidden':
        this.jumping = false;
        this.session.send({ type: 'HIDDEN' });
        return;
      case 'step':
        if (this.engine.finished) return;
        this.session.send({ type: 'STEP' });
        this.engine.stepEvent();
        this.checkFinished();
        return;
      case 'reset':
        this.restart(this.state);
        return;
      case 'speed':
        this.speed = Math.min(MAX_SPEED, Math.max(MIN_SPEED, command.speed));
        return;
      case 'jumpToEnd':
        if (this.engine.finished) return;
        this.jumping = true;
        this.session.send({ type: 'PLAY' });
        return;
    }
  }

  /** New parameters from time zero. Builds the new engine before dropping the old one. */
  restart(state: RunState): void {
    const engine = buildEngine(state);
    this.engine = engine;
    this.state = state;
    this.jumping = false;
    this.costPerSimMs = 0;
    this.session.send({ type: 'RESET' });
  }

  /**
   * Parameters changed mid-run: applied from the current simulated time where the engine can;
   * returns the flags that needed a restart from zero (already done).
   */
  retune(state: RunState): string[] {
    if (state.mode !== this.state.mode || state.preset !== this.state.preset) {
      this.restart(state);
      return [];
    }
    // Check first: a refused value throws here and leaves the running engine untouched.
    const refused = this.engine.retune(valuesOf(state));
    if (refused.length > 0) {
      const wasRunning = this.sessionState === 'running';
      this.restart(state);
      if (wasRunning) this.session.send({ type: 'PLAY' });
    } else {
      this.state = state;
    }
    return refused;
  }

  /**
   * Advances the run by `wallDeltaMs` of wall time at the current speed, spending at most
   * `budgetMs` of `clock` time: when the device cannot keep up, the run goes slower than asked
   * rather than blocking. Returns true when there is something new to show.
   */
  tick(wallDeltaMs: number, budgetMs: number, clock: () => number): boolean {
    if (this.sessionState !== 'running') return false;
    const started = clock();
    const end = this.engine.endMs;
    const wanted = this.jumping
      ? end
      : Math.min(end, this.engine.nowMs + Math.min(wallDeltaMs, MAX_TICK_WALL_MS) * this.speed);
    // Four slices, each sized from the measured cost, with the clock read between them.
    while (this.engine.nowMs < wanted && !this.engine.finished) {
      const spent = clock() - started;
      if (spent >= budgetMs) break;
      // Until a slice has been timed, probe with a short one: a quarter of a week-long run
      // in one go would hold the worker (and every command) for seconds.
      const affordable =
        this.costPerSimMs > 0
          ? (budgetMs - spent) / this.costPerSimMs / 4
          : Math.min((wanted - this.engine.nowMs) / 4, PROBE_SLICE_MS);
      const target = Math.min(wanted, this.engine.nowMs + Math.max(affordable, 1e-3));
      const from = this.engine.nowMs;
      const sliceStart = clock();
      this.engine.advance(target);
      const advanced = this.engine.nowMs - from;
      if (advanced > 0) {
        const cost = (clock() - sliceStart) / advanced;
        this.costPerSimMs = this.costPerSimMs === 0 ? cost : 0.7 * this.costPerSimMs + 0.3 * cost;
      } else break;
    }
    this.checkFinished();
    return true;
  }

  private checkFinished(): void {
    if (this.engine.nowMs >= this.engine.endMs && !this.engine.finished) this.engine.finish();
    if (this.engine.finished) {
      this.jumping = false;
      this.session.send({ type: 'FINISHED' });
    }
  }

  snapshot(): LabSnapshot {
    return {
      session: this.sessionState,
      nowMs: this.engine.nowMs,
      endMs: this.engine.endMs,
      speed: this.speed,
      sequence: ++this.sequence,
      values: this.state.values,
      mode: this.state.mode,
      [this.state.mode]: this.engine.view(),
    } as unknown as LabSnapshot;
  }
}
