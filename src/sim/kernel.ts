import { EventCalendar } from './calendar.ts';

/** What a model does with an event: `kind` and `payload` are the model's own numbering. */
export type EventHandler = (kind: number, payload: number, now: number) => void;

/**
 * The discrete-event kernel: a clock and a calendar, advanced only by `step()` and `runUntil()`.
 * It never reads the wall clock (DESIGN.md, "the clock apart from the step"): the worker's pacing
 * loop decides how much simulated time to run per frame, tests run as fast as the CPU allows.
 */
export class Kernel {
  now = 0;
  /** Events processed so far: the engine's unit of work, reported beside wall time. */
  events = 0;
  private readonly calendar = new EventCalendar();
  private handler: EventHandler = () => {};

  setHandler(handler: EventHandler): void {
    this.handler = handler;
  }

  /**
   * Schedules an event at absolute time `at` (ms); never in the past. Returns a handle for
   * `cancel`: a positive integer, so a model may keep 0 for "nothing scheduled".
   */
  schedule(at: number, kind: number, payload = 0): number {
    return this.calendar.push(at < this.now ? this.now : at, kind, payload);
  }

  /**
   * Removes a scheduled event so it never fires; true if it was pending. A handle whose event has
   * fired or was cancelled is a harmless no-op (false): handles are never reissued within a run,
   * so a model can cancel a timer it has lost track of without checking first.
   */
  cancel(handle: number): boolean {
    return this.calendar.cancel(handle);
  }

  /** Events still to fire; cancelled ones are not counted. */
  get pending(): number {
    return this.calendar.size;
  }

  /** Time of the next event that will fire (never a cancelled one), +Infinity when none. */
  nextEventTime(): number {
    return this.calendar.peekTime();
  }

  /** Processes the next event; false when the calendar is empty. */
  step(): boolean {
    const calendar = this.calendar;
    if (calendar.size === 0) return false;
    this.now = calendar.pop();
    this.events++;
    this.handler(calendar.poppedKind, calendar.poppedData, this.now);
    return true;
  }

  /**
   * Processes every event up to and including time `until`, then sets the clock to `until`
   * (or leaves it where a `stop()` from a handler left it).
   */
  runUntil(until: number): void {
    const calendar = this.calendar;
    const handler = this.handler;
    this.stopped = false;
    while (calendar.size > 0 && calendar.peekTime() <= until && !this.stopped) {
      this.now = calendar.pop();
      this.events++;
      handler(calendar.poppedKind, calendar.poppedData, this.now);
    }
    if (!this.stopped && until > this.now && until !== Number.POSITIVE_INFINITY) this.now = until;
  }

  /** Lets a handler end `runUntil` early, e.g. when a run's request budget is spent. */
  stop(): void {
    this.stopped = true;
  }

  private stopped = false;
}
