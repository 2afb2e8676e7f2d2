import { createDistribution } from '../../sim/distributions.ts';
import { meanRate } from '../../sim/arrival-patterns.ts';
import type { ReplicaState } from '../../machines/replica.ts';
import { ONLINE_DEFAULTS, type OnlineConfig } from './config.ts';
import { CONTROL_EVENTS, OnlineDataPlane } from './data-plane.ts';
import { Pool } from './pool.ts';
import { PoolAutoscalers } from './pool-autoscalers.ts';
import { RolloutDriver, type RolloutHost } from './rollout-driver.ts';
import type { OnlineOptions, OnlineReport } from './report.ts';
import { retuneFields } from '../retune.ts';

export { OnlineEventKind, ONLINE_SERIES } from './report.ts';
export type { OnlineCounts, OnlineOptions, OnlineReport } from './report.ts';

/** Control-plane event kinds on the calendar. */
const PROVISIONED = CONTROL_EVENTS;
const MODEL_LOADED = CONTROL_EVENTS + 1;
const AUTOSCALE_TICK = CONTROL_EVENTS + 2;
const ROLLOUT_START = CONTROL_EVENTS + 3;
const ROLLOUT_ROLLBACK = CONTROL_EVENTS + 4;
const ANALYSIS = CONTROL_EVENTS + 5;

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
const APPLY_LAST: ReadonlyArray<keyof OnlineConfig> = ['servers', 'batchDelayMs', 'autoscaling', 'rollout'];

/**
 * Online serving: the data plane (data-plane.ts) with its control plane: replicas started and
 * drained as statecharts (cold start, model load, ready, draining), a Knative-style autoscaler per
 * model version, and a blue/green or progressive canary rollout with analysis and rollback
 * (rollout-driver.ts). The machines only ever decide replica counts, traffic weights and
 * readiness; this class carries their decisions out on the calendar.
 */
export class OnlineSimulation extends OnlineDataPlane implements RolloutHost {
  private readonly autoscalers = new PoolAutoscalers({
    concurrencyIntegral: (v, now) => this.pools[v].inSystem.integral(now),
    readyReplicas: (v) => this.readyReplicas(v),
    replicas: (v) => this.pools[v].replicas,
    scale: (v, n, now) => this.scalePool(v, n, now),
    scheduleTick: (v, at) => void this.kernel.schedule(at, AUTOSCALE_TICK, v),
  });
  private rollout: RolloutDriver | null = null;
  private rolloutStarted = false;
  private rolloutHandles: number[] = [];

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
    const service = this.pools[0].service;
    const maxThroughputPerReplica = p.maxBatch / (p.batchOverheadMs + p.maxBatch * service.mean);
    const replicaCeiling = p.autoscaling?.maxReplicas ?? p.servers;
    const offeredUtilization =
      meanRate(this.pattern()) / 1000 / (maxThroughputPerReplica * replicaCeiling);
    const meanReplicas = this.measuring ? this.provisioned.average(now) : 0;
    let inService = 0;
    for (let s = 0; s < this.batchSizes.length; s++) inService += this.batchSizes[s];
    const report: OnlineReport = {
      mode: 'online',
      seed: p.seed,
      counts: { ...this.counts, inFlight: this.totalQueued + inService - this.warmupInSystem },
      latencyMs: this.latency.summary(),
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

  protected handleControl(kind: number, payload: number, now: number): void {
    switch (kind) {
      case PROVISIONED:
        return this.replicas.lifecycle(payload, 'PROVISIONED', now);
      case MODEL_LOADED:
        return this.replicas.lifecycle(payload, 'MODEL_LOADED', now);
      case AUTOSCALE_TICK:
        return this.autoscalers.tick(payload, now);
      case ROLLOUT_START:
        this.rolloutStarted = true;
        return this.rollout?.start(now);
      case ROLLOUT_ROLLBACK:
        return this.rollout?.rollback(now);
      case ANALYSIS:
        return this.rollout?.analyse(now);
    }
  }

  protected answered(version: number, latencyMs: number, failed: boolean): void {
    if (version === 1) this.rollout?.observe(latencyMs, failed);
  }

  protected wake(version: number, now: number): void {
    this.autoscalers.poke(version, now);
  }

  protected concurrencyChanged(pool: Pool, now: number, delta: number): void {
    if (this.autoscalers.has(pool.version)) pool.inSystem.add(now, delta);
  }

  // ---- Replica lifecycle (called by ReplicaSet when a replica machine emits) ----

  scheduleLifecycle(atMs: number, uid: number, event: 'PROVISIONED' | 'MODEL_LOADED'): void {
    this.kernel.schedule(atMs, event === 'PROVISIONED' ? PROVISIONED : MODEL_LOADED, uid);
  }

  onReady(slot: number, nowMs: number): void {
    const pool = this.pools[this.replicas.poolOfSlot[slot]];
    if (pool.retiring && pool.queue.length === 0) {
      this.replicas.drain(slot, nowMs);
      return;
    }
    pool.pushFree(slot, this.replicas.freePosition);
    this.dispatch(pool, nowMs);
    this.rollout?.onReady(pool.version, nowMs);
  }

  private startReplica(pool: number, nowMs: number, warm: boolean): void {
    this.pools[pool].replicas++;
    this.setProvisioned(nowMs, 1);
    this.replicas.start(pool, nowMs, warm);
  }

  /** Starts or drains replicas until `target` are running or starting (draining ones excluded). */
  private scalePool(poolIndex: number, target: number, nowMs: number): void {
    const pool = this.pools[poolIndex];
    if (pool.retiring) return;
    const active = this.replicas.slotsIn(poolIndex, ['cold', 'loading', 'ready']);
    for (let n = active.length; n < target; n++) this.startReplica(poolIndex, nowMs, false);
    if (active.length <= target) return;
    // Drain the replicas that cost least to lose: not yet ready, then idle, then busy.
    const rank = (slot: number) =>
      this.replicas.state(slot) !== 'ready' ? 0 : this.replicas.freePosition[slot] >= 0 ? 1 : 2;
    const victims = active
      .sort((a, b) => rank(a) - rank(b) || b - a)
      .slice(0, active.length - target);
    for (const slot of victims) this.replicas.drain(slot, nowMs);
  }

  // ---- Rollout (RolloutHost) ----

  /** Puts the rollout's start and an operator's rollback on the calendar, if any. */
  private scheduleRollout(): void {
    const r = this.current.rollout;
    for (const handle of this.rolloutHandles) this.kernel.cancel(handle);
    this.rolloutHandles = [];
    this.rollout?.stop();
    this.rollout = null;
    if (r === null) return;
    this.rollout = new RolloutDriver(r, this);
    this.rolloutHandles.push(this.kernel.schedule(r.atS * 1000, ROLLOUT_START));
    if (r.rollbackAtS !== null)
      this.rolloutHandles.push(this.kernel.schedule(r.rollbackAtS * 1000, ROLLOUT_ROLLBACK));
  }

  startVersion(nowMs: number): void {
    const r = this.current.rollout;
    if (!r) return;
    this.pools.push(
      new Pool(1, createDistribution(r.service), r.errorRate, 0, undefined, 1, false),
    );
    void nowMs;
  }

  activeReplicas(version: number): number {
    return this.replicas.slotsIn(version, ['cold', 'loading', 'ready']).length;
  }

  readyReplicas(version: number): number {
    return this.replicas.slotsIn(version, ['ready']).length;
  }

  sizeVersion(version: number, replicas: number, nowMs: number): void {
    this.scalePool(version, replicas, nowMs);
  }

  fixedServers(): number | null {
    return this.current.autoscaling === null ? this.current.servers : null;
  }

  scheduleAnalysis(atMs: number): void {
    this.kernel.schedule(atMs, ANALYSIS);
  }

  /**
   * Routes new requests by weight. The new version's autoscaler starts only once traffic reaches
   * it: until then it keeps the size it was started with (Knative's initial scale), or it would
   * scale an idle revision down before it could ever become ready.
   */
  setWeights(weights: [number, number], nowMs: number): void {
    weights.forEach((w, v) => {
      const pool = this.pools[v];
      if (!pool) return;
      pool.weight = w;
      const config = this.current.autoscaling;
      if (w > 0 && !pool.retiring && !this.autoscalers.has(v) && config !== null)
        this.autoscalers.start(v, config, pool.replicas, nowMs);
    });
  }

  /** A retiring version takes no new requests, serves its queue, then its replicas stop. */
  retire(version: number, nowMs: number): void {
    const pool = this.pools[version];
    pool.retiring = true;
    this.autoscalers.stop(version);
    for (const slot of this.replicas.slotsIn(version, ['cold', 'loading']))
      this.replicas.drain(slot, nowMs);
    if (pool.queue.length === 0) {
      for (const slot of this.replicas.slotsIn(version, ['ready'])) {
        if (this.replicas.freePosition[slot] >= 0) this.replicas.drain(slot, nowMs);
      }
    }
    this.checkDrained(pool, nowMs);
  }

  protected checkDrained(pool: Pool, nowMs: number): void {
    if (!pool.retiring || pool.drainedAnnounced || pool.queue.length > 0) return;
    for (const slot of this.replicas.slotsIn(pool.version, ['ready'])) {
      if (this.replicas.freePosition[slot] >= 0) this.replicas.drain(slot, nowMs);
    }
    if (pool.replicas === 0) {
      pool.drainedAnnounced = true;
      this.rollout?.drained(pool.version, nowMs);
    }
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
