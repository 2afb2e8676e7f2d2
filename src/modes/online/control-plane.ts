import { createDistribution } from '../../sim/distributions.ts';
import { meanRate, rateAt } from '../../sim/arrival-patterns.ts';
import { SeriesRecorder } from '../../sim/stats/series.ts';
import type { OnlineConfig } from './config.ts';
import { CONTROL_EVENTS, OnlineDataPlane } from './data-plane.ts';
import { Pool } from './pool.ts';
import { PoolAutoscalers } from './pool-autoscalers.ts';
import { ONLINE_SERIES, type OnlineOptions } from './report.ts';
import { RolloutDriver, type RolloutHost } from './rollout-driver.ts';

/** Control-plane event kinds on the calendar. */
const PROVISIONED = CONTROL_EVENTS;
const MODEL_LOADED = CONTROL_EVENTS + 1;
const AUTOSCALE_TICK = CONTROL_EVENTS + 2;
const ROLLOUT_START = CONTROL_EVENTS + 3;
const ROLLOUT_ROLLBACK = CONTROL_EVENTS + 4;
const ANALYSIS = CONTROL_EVENTS + 5;
const SAMPLE = CONTROL_EVENTS + 6;

/** Finest live sampling: 100 samples a simulated second is more than a chart can draw. */
const LIVE_SAMPLE_MIN_MS = 10;

/**
 * The control plane of online serving (DESIGN.md, "two planes"): replicas started and drained as
 * statecharts (cold start, model load, ready, draining), a Knative-style autoscaler per model
 * version, and a blue/green or progressive canary rollout with analysis and rollback
 * (rollout-driver.ts). The machines only ever decide replica counts, traffic weights and
 * readiness; this class carries their decisions out on the calendar, and samples the series.
 */
export abstract class OnlineControlPlane extends OnlineDataPlane implements RolloutHost {
  protected readonly autoscalers = new PoolAutoscalers({
    concurrencyIntegral: (v, now) => this.pools[v].inSystem.integral(now),
    readyReplicas: (v) => this.readyReplicas(v),
    replicas: (v) => this.pools[v].replicas,
    scale: (v, n, now) => this.scalePool(v, n, now),
    scheduleTick: (v, at) => {
      this.tickHandles[v] = this.kernel.schedule(at, AUTOSCALE_TICK, v);
    },
  });
  /** Each version's next autoscaler decision on the calendar, cancelled when it retires. */
  private readonly tickHandles: number[] = [];
  protected rollout: RolloutDriver | null = null;
  protected rolloutStarted = false;
  private rolloutHandles: number[] = [];
  private analysisHandle = 0;
  private readonly series: SeriesRecorder | null;
  private readonly sampleMs: number;
  private readonly liveSeries: boolean;

  constructor(p: OnlineConfig, options: OnlineOptions) {
    super(p, options);
    const expectedMs =
      p.durationS !== null
        ? p.durationS * 1000
        : (this.totalArrivals / meanRate(this.pattern())) * 1000;
    this.sampleMs = Math.max(1, expectedMs / 2048);
    this.liveSeries = options.liveSeries ?? false;
    this.series = options.series ? new SeriesRecorder(ONLINE_SERIES) : null;
    if (this.series) this.kernel.schedule(0, SAMPLE);
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
      case SAMPLE:
        return this.sample(now);
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

  protected startReplica(pool: number, nowMs: number, warm: boolean): void {
    this.pools[pool].replicas++;
    this.setProvisioned(nowMs, 1);
    this.replicas.start(pool, nowMs, warm);
  }

  /** Starts or drains replicas until `target` are running or starting (draining ones excluded). */
  protected scalePool(poolIndex: number, target: number, nowMs: number): void {
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
  protected scheduleRollout(): void {
    const r = this.current.rollout;
    for (const handle of [...this.rolloutHandles, this.analysisHandle]) this.kernel.cancel(handle);
    this.rolloutHandles = [];
    this.analysisHandle = 0;
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
    this.analysisHandle = this.kernel.schedule(atMs, ANALYSIS);
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
    this.kernel.cancel(this.tickHandles[version] ?? 0);
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

  onDraining(slot: number, nowMs: number): void {
    this.draining[slot] = 1;
    const pool = this.pools[this.replicas.poolOfSlot[slot]];
    if (this.replicas.freePosition[slot] >= 0) pool.removeFree(slot, this.replicas.freePosition);
    if (this.batchSizes[slot] === 0) this.replicas.idle(slot, nowMs);
  }

  onStopped(slot: number, nowMs: number): void {
    this.draining[slot] = 0;
    const pool = this.pools[this.replicas.poolOfSlot[slot]];
    pool.replicas--;
    this.setProvisioned(nowMs, -1);
    this.checkDrained(pool, nowMs);
  }

  protected setProvisioned(nowMs: number, delta: number): void {
    this.provisioned.add(nowMs, delta);
    const v = this.provisioned.value;
    if (v < this.replicasMin) this.replicasMin = v;
    if (v > this.replicasMax) this.replicasMax = v;
  }

  protected finishSeries(now: number) {
    return this.series?.finish(now);
  }

  private sample(now: number): void {
    const series = this.series;
    if (!series) return;
    const replicas = this.provisioned.value;
    series.set(now, [
      this.totalQueued,
      replicas,
      this.busyServers.value,
      replicas > 0 ? this.busyServers.value / replicas : 0,
      rateAt(this.pattern(), now),
    ]);
    // Live: four samples per chart bucket, never closer than LIVE_SAMPLE_MIN_MS.
    const step = this.liveSeries
      ? Math.max(LIVE_SAMPLE_MIN_MS, series.bucketWidthMs / 4)
      : this.sampleMs;
    this.kernel.schedule(now + step, SAMPLE);
  }
}
