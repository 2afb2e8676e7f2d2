import { sameParamValue } from './params/text.ts';
import type { ParamValue } from './params/table.ts';
import { changedFields } from './retune.ts';

/**
 * One simulation as the lab worker drives it: advanced in slices of simulated time, retuned
 * mid-run, viewed as a plain-JSON snapshot. The kernel's clock is the only clock here; the
 * worker's pacing loop decides how far to advance (DESIGN.md: the clock apart from the step).
 */
export interface LiveSession<View> {
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
   * Applies changed values (complete and checked) from now; returns the parameter keys that
   * cannot change mid-run (the caller restarts the run with them).
   */
  retune(values: Readonly<Record<string, ParamValue>>): string[];
  view(): View;
}

type Values = Readonly<Record<string, ParamValue>>;

/**
 * Which table keys a refusal concerns. A simulation retunes its own settings (one setting, such
 * as the autoscaler's, may come from several keys); a key is refused when changing it alone
 * changes a setting the simulation refused. Derived, so no second list maps keys to settings.
 */
export function refusedKeys<C extends object>(
  before: Values,
  after: Values,
  configOf: (values: Values) => C,
  refusedFields: readonly string[],
): string[] {
  if (refusedFields.length === 0) return [];
  const base = configOf(before);
  const fields = Object.keys(base) as Array<keyof C>;
  return Object.keys(after).filter((key) => {
    if (sameParamValue(before[key], after[key])) return false;
    const alone = configOf({ ...before, [key]: after[key] });
    return changedFields(base, alone, fields).some((f) => refusedFields.includes(String(f)));
  });
}

/** What a timed live run needs of its simulation. */
interface TimedSimulation<C> {
  readonly kernel: { readonly now: number; step(): boolean };
  advance(untilMs: number): void;
  retune(config: C): string[];
}

/**
 * A live run that ends at its duration (online and streaming; batch lets its last runs finish,
 * so it has its own): the clock, the slices, one event at a time, and retuning by table keys.
 */
export abstract class TimedLive<C extends object, View> implements LiveSession<View> {
  constructor(
    protected values: Values,
    protected readonly sim: TimedSimulation<C>,
    private readonly configOf: (values: Values) => C,
    /** Where the run ends, read each time: a retune may lengthen it. */
    private readonly end: () => number,
  ) {}

  get nowMs(): number {
    return this.sim.kernel.now;
  }

  get endMs(): number {
    return this.end();
  }

  get finished(): boolean {
    return this.nowMs >= this.endMs;
  }

  advance(untilMs: number): void {
    this.sim.advance(Math.min(untilMs, this.endMs));
  }

  stepEvent(): boolean {
    return !this.finished && this.sim.kernel.step();
  }

  finish(): void {
    this.advance(this.endMs);
  }

  retune(values: Values): string[] {
    const refused = this.sim.retune(this.configOf(values));
    const keys = refusedKeys(this.values, values, this.configOf, refused);
    this.values = values;
    return keys;
  }

  abstract view(): View;
}
