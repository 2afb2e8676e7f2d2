/**
 * Charts take their first data one per draw after a run starts: the first time a chart draws
 * data its code is compiled and its DOM built, and eight charts doing that in one frame made a
 * task of 140-590 ms on this machine (bench/lab-frames.ts, warm-up). Spread over the first draws
 * (10 a second), each is a short task; after `cap` draws every chart is live.
 */
export class FirstDraws {
  count = $state(0);

  constructor(private readonly cap: number) {}

  /** Called with each drawn snapshot's time; time zero (a reset) starts over. */
  seen(nowMs: number): void {
    if (nowMs === 0) this.count = 0;
    else if (this.count < this.cap) this.count++;
  }

  /** Whether the chart at this position in the warm-up order may draw data yet. */
  ready(position: number): boolean {
    return this.count > position;
  }
}
