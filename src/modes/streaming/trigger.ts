/**
 * Trigger boundaries of Spark Structured Streaming's processing-time trigger
 * (`Trigger.ProcessingTime(interval)`; Spark's ProcessingTimeExecutor): boundaries are the
 * multiples of the interval; an interval of 0 means "as soon as possible", every instant is one.
 *
 * Times in the simulation are doubles, so a boundary computed as k x interval may read as a hair
 * off k when divided again; the 1e-9 tolerance (relative to the interval) keeps it on boundary k.
 */
const TOLERANCE = 1e-9;

/** The first boundary at or after `nowMs`: when a consumer that found data waiting polls. */
export function boundaryFrom(nowMs: number, triggerMs: number): number {
  if (triggerMs <= 0) return nowMs;
  // Never before now: the kernel would move an event scheduled in the past.
  return Math.max(nowMs, Math.ceil(nowMs / triggerMs - TOLERANCE) * triggerMs);
}

/**
 * The first boundary strictly after `nowMs`: Spark's nextBatchTime, noted when a batch starts.
 * A batch that ends before it waits for it; one that overruns it lets the next start at once.
 */
export function boundaryAfter(nowMs: number, triggerMs: number): number {
  if (triggerMs <= 0) return nowMs;
  return (Math.floor(nowMs / triggerMs + TOLERANCE) + 1) * triggerMs;
}
