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

  /** Schedules an event at absolute time `at` (ms); never in the past. */
  schedule(at: number, kind: number, payload = 0): void {
    this.calendar.push(at < this.now ? this.now : at, kind, payload);
  }

  get pending(): number {
    return this.calendar.size;
  }

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
