/**
 * The presenter's stopwatch: how long the talk has been going, with pause and reset. Plain values
 * and the current time passed in, so it is tested without waiting; the view reads a monotonic
 * clock (`performance.now()`), which a change of the computer's time of day does not move.
 */
export interface Stopwatch {
  /** When the current running stretch began (ms on the caller's clock), or null while paused. */
  readonly runningSinceMs: number | null;
  /** Time counted before the current stretch, in ms. */
  readonly countedMs: number;
}

export function startStopwatch(nowMs: number): Stopwatch {
  return { runningSinceMs: nowMs, countedMs: 0 };
}

export function elapsedMs(watch: Stopwatch, nowMs: number): number {
  const running = watch.runningSinceMs === null ? 0 : Math.max(0, nowMs - watch.runningSinceMs);
  return watch.countedMs + running;
}

export function isRunning(watch: Stopwatch): boolean {
  return watch.runningSinceMs !== null;
}

export function pauseStopwatch(watch: Stopwatch, nowMs: number): Stopwatch {
  return isRunning(watch) ? { runningSinceMs: null, countedMs: elapsedMs(watch, nowMs) } : watch;
}

export function resumeStopwatch(watch: Stopwatch, nowMs: number): Stopwatch {
  return isRunning(watch) ? watch : { runningSinceMs: nowMs, countedMs: watch.countedMs };
}

/** Back to zero; a running watch keeps running, a paused one stays paused. */
export function resetStopwatch(watch: Stopwatch, nowMs: number): Stopwatch {
  return { runningSinceMs: isRunning(watch) ? nowMs : null, countedMs: 0 };
}

const SECOND_MS = 1000;
const MINUTE_S = 60;
const HOUR_S = 3600;

/** Whether a duration is shown with hours (`h:min:s`) rather than minutes and seconds. */
export function showsHours(ms: number): boolean {
  return wholeSeconds(ms) >= HOUR_S;
}

/**
 * A stopwatch reading as presentation software shows it: `m:ss` under an hour (`0:05`, `12:34`),
 * `h:mm:ss` from then on (`1:02:03`). Whole seconds, rounded down: a clock that rounded up would
 * read 0:01 before a second had passed.
 */
export function formatElapsed(ms: number): string {
  const { hours, minutes, seconds } = clockParts(ms);
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** The same reading as an ISO 8601 duration (`PT1H2M3S`), for `<time datetime>`. */
export function isoDuration(ms: number): string {
  const { hours, minutes, seconds } = clockParts(ms);
  return `PT${hours > 0 ? `${hours}H` : ''}${hours > 0 || minutes > 0 ? `${minutes}M` : ''}${seconds}S`;
}

function clockParts(ms: number): { hours: number; minutes: number; seconds: number } {
  const total = wholeSeconds(ms);
  return {
    hours: Math.floor(total / HOUR_S),
    minutes: Math.floor((total % HOUR_S) / MINUTE_S),
    seconds: total % MINUTE_S,
  };
}

function wholeSeconds(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.floor(ms / SECOND_MS) : 0;
}
