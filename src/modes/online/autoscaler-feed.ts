import type { AutoscalerConfig } from '../../machines/autoscaler-policy.ts';

/**
 * The autoscaler's metric: the mean concurrency (requests waiting or in service) of one pool over
 * the stable and the panic windows, kept as one average per decision tick in a ring as long as the
 * stable window, like the Knative autoscaler's bucketed metric collection.
 */
export class AutoscalerFeed {
  private readonly perTick: Float64Array;
  private count = 0;
  private next = 0;
  private lastIntegral = 0;
  private lastMs = 0;

  constructor(readonly config: AutoscalerConfig) {
    this.perTick = new Float64Array(Math.max(1, Math.round(config.stableWindowMs / config.tickMs)));
  }

  /** Records the tick ending at `nowMs`, given the running integral of concurrency (value x ms). */
  observe(integral: number, nowMs: number): void {
    const span = nowMs - this.lastMs;
    this.perTick[this.next] = span > 0 ? (integral - this.lastIntegral) / span : 0;
    this.next = (this.next + 1) % this.perTick.length;
    this.count = Math.min(this.count + 1, this.perTick.length);
    this.lastIntegral = integral;
    this.lastMs = nowMs;
  }

  averages(): { stableConcurrency: number; panicConcurrency: number } {
    const panicTicks = Math.max(1, Math.round(this.config.panicWindowMs / this.config.tickMs));
    return {
      stableConcurrency: this.meanOfLast(this.count),
      panicConcurrency: this.meanOfLast(Math.min(panicTicks, this.count)),
    };
  }

  private meanOfLast(n: number): number {
    if (n === 0) return 0;
    let sum = 0;
    for (let k = 1; k <= n; k++)
      sum += this.perTick[(this.next - k + this.perTick.length) % this.perTick.length];
    return sum / n;
  }
}
