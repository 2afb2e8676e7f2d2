/**
 * The time-weighted average of a piecewise-constant quantity (queue length, busy servers): the
 * area under its curve divided by the time observed. O(1) memory for any run length.
 */
export class TimeWeighted {
  private area = 0;
  private since = 0;
  private lastTime = 0;
  value = 0;
  peak = 0;

  /** The quantity changes to `value` at time `now`. */
  set(now: number, value: number): void {
    this.area += this.value * (now - this.lastTime);
    this.lastTime = now;
    this.value = value;
    if (value > this.peak) this.peak = value;
  }

  add(now: number, delta: number): void {
    this.set(now, this.value + delta);
  }

  /** Forgets the past (the end of a warm-up): averaging starts again at `now`. */
  restart(now: number): void {
    this.area = 0;
    this.since = now;
    this.lastTime = now;
    this.peak = this.value;
  }

  /** The area under the curve from the last restart to `now` (value x ms). */
  integral(now: number): number {
    return this.area + this.value * (now - this.lastTime);
  }

  /** The average over [start or last restart, now]; the current value if no time has passed. */
  average(now: number): number {
    const elapsed = now - this.since;
    if (!(elapsed > 0)) return this.value;
    return (this.area + this.value * (now - this.lastTime)) / elapsed;
  }
}
