/**
 * The end of the charts' time axis while a run fills it: the next "round" duration past the
 * current time (1-2-5 steps, at least 10 s), capped at the run's end. The axis stays put between
 * steps and jumps rarely, and the first seconds of a day-long run are not a sliver at the left.
 */
export function chartEndMs(nowMs: number, endMs: number): number {
  const wanted = Math.max(10_000, nowMs * 1.1);
  let decade = 10 ** Math.floor(Math.log10(wanted));
  for (;;) {
    for (const step of [1, 2, 5]) {
      const end = step * decade;
      if (end >= wanted) return Math.min(end, endMs);
    }
    decade *= 10;
  }
}
