/**
 * One simulation as the lab worker drives it: advanced in slices of simulated time, retuned
 * mid-run, viewed as a plain-JSON snapshot. The kernel's clock is the only clock here; the
 * worker's pacing loop decides how far to advance (DESIGN.md: the clock apart from the step).
 */
export interface ModeEngine<View, Flags = import('../lab/lab-state.ts').EngineFlags> {
  /** Simulated time now, ms. */
  readonly nowMs: number;
  /** Where the run ends: the schedule's or the run's duration, ms. */
  readonly endMs: number;
  /** True once nothing is left to simulate. */
  readonly finished: boolean;
  advance(untilMs: number): void;
  /** Processes exactly one event (the lab's "step"); false when none is left. */
  stepEvent(): boolean;
  /** Runs to the end, letting work still in progress complete where the mode does that. */
  finish(): void;
  /**
   * Applies changed flags from now; returns the flags that cannot change mid-run (the caller
   * restarts the run with them).
   */
  retune(flags: Flags): string[];
  view(): View;
}
