import { quantileOverAll } from '../../sim/stats/histogram.ts';
import { createDistribution } from '../../sim/distributions.ts';
import { meanRate } from '../../sim/arrival-patterns.ts';
import type { ReplicaState } from '../../machines/replica.ts';
import { ONLINE_DEFAULTS, type OnlineConfig } from './config.ts';
import { OnlineControlPlane } from './control-plane.ts';
import type { OnlineOptions, OnlineReport } from './report.ts';
import { retuneFields } from '../retune.ts';

export { OnlineEventKind, ONLINE_SERIES } from './report.ts';
export type { OnlineCounts, OnlineOptions, OnlineReport } from './report.ts';

/** Every parameter, in the order `retune` reports the ones it could not apply. */
const ONLINE_FIELDS = Object.keys(ONLINE_DEFAULTS) as Array<keyof OnlineConfig>;
/**
 * Fields only a new run can change: they shape the run from its first event (the request budget
 * and warm-up count arrivals from the start, the seed names every random stream, the batch size
 * sizes the replicas' buffers, a pattern is a function of the time since the start).
 */
const FIXED_FIELDS: ReadonlyArray<keyof OnlineConfig> = [
  'requests',
  'warmup',
  'seed',
  'maxBatch',
  'arrivalPattern',
];
/** Applied after the other fields: each may start replicas or a batch at once. */
const APPLY_LAST: ReadonlyArray<keyof OnlineConfig> = [
  'servers',
  'batchDelayMs',
  'autoscaling',
  'rollout',
];

/**
 * Online serving: the data plane (data-plane.ts) under its control plane (control-plane.ts), with
 * what a run adds: its initial replicas, running to the end, mid-run changes and the report.
 */
export class OnlineSimulation extends OnlineControlPlane {
  constructor(params: OnlineConfig, options: OnlineOptions = {}) {
    super(params, options);
    const p = params;
    const initial =
      p.autoscaling === null
        ? p.servers
        : Math.min(p.autoscaling.maxReplicas, Math.max(p.autoscaling.minReplicas, p.servers));
    for (let i = 0; i < initial; i++) this.startReplica(0, 0, true);
    // The extremes count from the initial pool, not from its creation one replica at a time.
    this.replicasMin = this.replicasMax = this.provisioned.value;
    if (p.autoscaling !== null) this.autoscalers.start(0, p.autoscaling, initial, 0);
    this.scheduleRollout();
  }

  /** Runs to the end: until every request is done, or until the duration has elapsed. */
  run(): OnlineReport {
    const p = this.params;
    if (p.requests === null) this.kernel.runUntil((p.durationS ?? 0) * 1000);
    else {
      // Control-plane timers (autoscaler ticks) never run out: stop once every request is done.
      while (!this.allRequestsDone() && this.kernel.step()) {
        /* the handlers do the work */
      }
    }
    return this.report();
  }

  /** Advances simulated time to `untilMs` (for a paced UI). */
  advance(untilMs: number): void {
    this.kernel.runUntil(untilMs);
  }

  /**
   * Applies, from the current simulated time, every field of `next` (already validated) that
   * differs from the params in force and can change mid-run; returns the names of the differing
   * fields that cannot, in ONLINE_FIELDS order (the lab restarts the run for those).
   *
   * Applied from now: the arrival rate (a constant-rate Poisson process is memoryless, so the
   * pending arrival is cancelled and the next drawn at the new rate), a fixed pool's size (new
   * replicas cold start and load the model; surplus ones drain), the service time and error rate
   * of the version in service, the waiting room, the queue timeout and batch delay (every waiting
   * request), the batch overhead, network round trip, start-up times and price, the autoscaler's
   * settings except its windows and tick, a rollout that has not started, and the end of a timed
   * run not yet reached.
   */
  retune(next: OnlineConfig): string[] {
    return retuneFields(
      this.current,
      next,
      ONLINE_FIELDS,
      (field) => this.canRetune(field, next),
      (params, field) => {
        this.current = params;
        this.applyRetune(field);
      },
      APPLY_LAST,
    );
  }

  /** Every control-plane machine's current state, for a UI snapshot. */
  machineStates(): {
    replicas: Array<{ slot: number; uid: number; version: number; state: ReplicaState }>;
    autoscalers: Array<string | null>;
    rollout: string | null;
  } {
    return {
      replicas: this.replicas.states(),
      autoscalers: this.autoscalers.states(),
      rollout: this.rollout?.state ?? null,
    };
  }

  report(): OnlineReport {
    const p = this.params;
    const now = this.kernel.now;
    const measuredMs = this.measuring ? now - this.measureFromMs : 0;
    // The load is judged on the versions serving at the end, by their shares of the traffic: after
    // a swap to a slower model, the old model's speed says nothing about keeping up.
    const newShare = (this.rollout?.report().percent ?? 0) / 100;
    const serviceMean =
      (1 - newShare) * this.pools[0].service.mean +
      newShare * (this.pools[1]?.service.mean ?? this.pools[0].service.mean);
    const maxThroughputPerReplica = p.maxBatch / (p.batchOverheadMs + p.maxBatch * serviceMean);
    const replicaCeiling = p.autoscaling?.maxReplicas ?? p.servers;
    const offeredUtilization =
      meanRate(this.pattern()) / 1000 / (maxThroughputPerReplica * replicaCeiling);
    const meanReplicas = this.measuring ? this.provisioned.average(now) : 0;
    let inService = 0;
    for (let s = 0; s < this.batchSizes.length; s++) inService += this.batchSizes[s];
    const counts = { ...this.counts, inFlight: this.totalQueued + inService - this.warmupInSystem };
    // In flight at the end is undecided, not unserved (headline.ts OverAllEvents).
    const unserved = counts.rejected + counts.timedOut + counts.failed;
    const usable = counts.failed > 0 ? this.latency.without(this.failedLatency) : this.latency;
    const report: OnlineReport = {
      mode: 'online',
      seed: p.seed,
      counts,
      latencyMs: this.latency.summary(),
      overAll: { unserved, p99Ms: quantileOverAll(usable, 0.99, unserved) },
      waitMs: this.wait.summary(),
      // Busy replica time over provisioned replica time; with a fixed pool, busy / servers.
      utilization: meanReplicas > 0 ? this.busyServers.average(now) / meanReplicas : 0,
      throughputPerS: measuredMs > 0 ? (this.counts.completed / measuredMs) * 1000 : 0,
      meanBatchSize: this.batches > 0 ? this.batchedRequests / this.batches : 0,
      meanQueueLength: this.measuring ? this.queueLength.average(now) : 0,
      meanInSystem: this.measuring ? this.inSystem.average(now) : 0,
      offeredUtilization,
      unstable:
        offeredUtilization >= 1 &&
        this.capacity === Number.POSITIVE_INFINITY &&
        this.timeoutMs === Number.POSITIVE_INFINITY,
      replicas: {
        min: this.measuring ? Math.min(this.replicasMin, this.provisioned.value) : 0,
        max: this.measuring ? this.replicasMax : 0,
        mean: meanReplicas,
      },
      coldStarts: this.replicas.coldStarts,
      costPerHour: meanReplicas * p.pricePerReplicaHour,
      completedByVersion: this.pools.map((pool) => pool.completed),
      failedByVersion: this.pools.map((pool) => pool.failed),
      rollout: this.rollout?.report() ?? null,
      measuredMs,
      engine: { events: this.kernel.events },
    };
    const series = this.finishSeries(now);
    if (series) report.series = series;
    return report;
  }

  // ---- Mid-run changes (retune) ----

  private canRetune(field: keyof OnlineConfig, next: OnlineConfig): boolean {
    const p = this.current;
    if (FIXED_FIELDS.includes(field)) return false;
    switch (field) {
      case 'arrivalRatePerS':
        // Under a pattern the rate is unused. A queue regenerating its unstored tail replays the
        // old process, which would no longer be the one requests came from.
        return (
          p.arrivalPattern !== null || this.pools.every((pool) => pool.queue.unstoredCount === 0)
        );
      case 'durationS':
        // A timed run may be lengthened, or shortened to an end not yet reached.
        return (
          p.durationS !== null &&
          next.durationS !== null &&
          next.durationS * 1000 >= this.kernel.now
        );
      case 'servers':
        // With autoscaling `servers` is only the initial size; during a rollout the rollout sizes.
        return p.autoscaling === null && this.pools.length === 1;
      case 'autoscaling':
        return autoscalerRetunable(p.autoscaling, next.autoscaling);
      case 'rollout':
        // Before it starts a rollout may change, start later or go; a queue that regenerates its
        // unstored tail cannot become a split one (see RequestQueue).
        return (
          !this.rolloutStarted &&
          this.pools[0].queue.unstoredCount === 0 &&
          (next.rollout === null || next.rollout.atS * 1000 >= this.kernel.now)
        );
      default:
        return true;
    }
  }

  /** Carries a change out; `this.current` already holds the new value. */
  private applyRetune(field: keyof OnlineConfig): void {
    const p = this.current;
    const now = this.kernel.now;
    switch (field) {
      case 'arrivalRatePerS':
        if (p.arrivalPattern === null) this.restartArrivals(p.arrivalRatePerS);
        break;
      case 'servers':
        this.scalePool(0, p.servers, now);
        break;
      case 'service':
        this.pools[0].service = createDistribution(p.service);
        break;
      case 'errorRate':
        this.pools[0].errorRate = p.errorRate;
        break;
      case 'queueCapacity':
        this.capacity = p.queueCapacity ?? Number.POSITIVE_INFINITY;
        break;
      case 'queueTimeoutMs':
        this.retimeTimeouts();
        break;
      case 'batchDelayMs':
        this.retimeBatches(now);
        break;
      case 'batchOverheadMs':
        this.batching = p.maxBatch > 1 || p.batchOverheadMs > 0;
        break;
      case 'coldStartMs':
      case 'modelLoadMs':
        this.replicas.setStartTimes(p.coldStartMs, p.modelLoadMs);
        break;
      case 'autoscaling':
        if (p.autoscaling !== null) this.autoscalers.reconfigure(p.autoscaling, now);
        break;
      case 'rollout':
        // With a rollout the router splits traffic, so version 0's queue must not regenerate.
        this.pools[0].rebuildQueue(p.rollout === null, this.maxStoredQueue, this.arrivals);
        this.scheduleRollout();
        break;
      default:
        break; // read from the params when used (network round trip, price, duration)
    }
  }
}

/**
 * The autoscaler's settings may change mid-run except its tick and averaging windows, which shape
 * the metric history already collected; switching autoscaling on or off needs a new run.
 */
function autoscalerRetunable(
  current: OnlineConfig['autoscaling'],
  next: OnlineConfig['autoscaling'],
): boolean {
  return (
    current !== null &&
    next !== null &&
    current.tickMs === next.tickMs &&
    current.stableWindowMs === next.stableWindowMs &&
    current.panicWindowMs === next.panicWindowMs
  );
}
