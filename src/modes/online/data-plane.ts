import { Kernel } from '../../sim/kernel.ts';
import { Rng } from '../../sim/rng.ts';
import { createDistribution } from '../../sim/distributions.ts';
import { PoissonArrivals, type ArrivalProcess } from '../../sim/arrivals.ts';
import { createArrivalProcess } from '../../sim/arrival-patterns.ts';
import { LogHistogram } from '../../sim/stats/histogram.ts';
import { TimeWeighted } from '../../sim/stats/time-weighted.ts';
import { RecentEvents } from '../../sim/stats/recent-events.ts';
import type { OnlineConfig } from './config.ts';
import { Pool } from './pool.ts';
import { ReplicaSet, type ReplicaHost } from './replicas.ts';
import { OnlineEventKind, type OnlineCounts, type OnlineOptions } from './report.ts';

/** Event kinds of the data plane; the control plane numbers its own from CONTROL_EVENTS up. */
const ARRIVAL = 0;
const COMPLETION = 1;
const BATCH_TIMER = 2;
const QUEUE_TIMEOUT = 3;
export const CONTROL_EVENTS = 10;

/**
 * The data plane of online serving (DESIGN.md, "two planes"): requests arrive (Poisson, or a
 * daily cycle, steps or a trace), wait in their model version's FCFS queue, are batched the way
 * Triton's dynamic batcher does, served by a ready replica, answered across the network, or
 * rejected by a full waiting room or dropped after a queue timeout. Requests are plain numbers in
 * typed arrays, never actors. Which replicas exist and which version gets how much traffic is the
 * control plane's business (simulation.ts), reached through the abstract hooks below.
 */
export abstract class OnlineDataPlane implements ReplicaHost {
  readonly kernel = new Kernel();
  /** The parameters in force: the constructor's, with every change `retune` applied. */
  protected current: OnlineConfig;
  readonly recent: RecentEvents;
  readonly counts: OnlineCounts = {
    arrived: 0,
    completed: 0,
    failed: 0,
    rejected: 0,
    timedOut: 0,
    inFlight: 0,
  };
  readonly latency = new LogHistogram();
  /** The answers that were errors (also in `latency`): a run without errors records none. */
  readonly failedLatency = new LogHistogram();
  readonly wait = new LogHistogram();
  readonly queueLength = new TimeWeighted();
  readonly busyServers = new TimeWeighted();
  readonly inSystem = new TimeWeighted();
  /** Replicas that exist (cold, loading, ready or draining): what is paid for. */
  readonly provisioned = new TimeWeighted();
  readonly pools: Pool[] = [];
  readonly replicas: ReplicaSet;

  protected readonly serviceRng: Rng;
  private readonly routerRng: Rng;
  private readonly errorRng: Rng;
  protected arrivals: ArrivalProcess;
  private readonly arrivalRng: Rng;
  private arrivalHandle = 0;
  protected readonly totalArrivals: number;
  protected capacity: number;
  protected timeoutMs: number;
  protected batching: boolean;
  protected readonly maxBatch: number;
  private batchArrivals: Float64Array;
  private batchIds: Float64Array;
  protected batchSizes: Int32Array;
  /** 1 while a replica is draining: when its batch ends it stops instead of taking more. */
  protected draining: Uint8Array;
  protected readonly maxStoredQueue: number | undefined;
  protected arrivedTotal = 0;
  protected warmupInSystem = 0;
  protected measureFromMs = 0;
  protected measuring: boolean;
  protected batches = 0;
  protected batchedRequests = 0;
  protected replicasMin = Number.POSITIVE_INFINITY;
  protected replicasMax = 0;
  protected totalQueued = 0;

  constructor(p: OnlineConfig, options: OnlineOptions) {
    this.current = p;
    this.serviceRng = Rng.stream(p.seed, 'service');
    this.routerRng = Rng.stream(p.seed, 'router');
    this.errorRng = Rng.stream(p.seed, 'errors');
    this.arrivalRng = Rng.stream(p.seed, 'arrivals');
    this.arrivals = createArrivalProcess(this.pattern(), this.arrivalRng);
    this.maxStoredQueue = options.maxStoredQueue;
    this.recent = new RecentEvents(options.recentEvents ?? 0);
    this.totalArrivals = p.requests === null ? Number.POSITIVE_INFINITY : p.warmup + p.requests;
    this.capacity = p.queueCapacity ?? Number.POSITIVE_INFINITY;
    this.timeoutMs = p.queueTimeoutMs ?? Number.POSITIVE_INFINITY;
    this.batching = p.maxBatch > 1 || p.batchOverheadMs > 0;
    this.maxBatch = p.maxBatch;
    this.batchArrivals = new Float64Array(0);
    this.batchIds = new Float64Array(0);
    this.batchSizes = new Int32Array(0);
    this.draining = new Uint8Array(0);
    this.measuring = p.warmup === 0;
    this.replicas = new ReplicaSet(this, p.coldStartMs, p.modelLoadMs, (slots) =>
      this.growSlots(slots),
    );
    // A split queue cannot regenerate requests it did not store (see RequestQueue).
    this.pools.push(
      new Pool(
        0,
        createDistribution(p.service),
        p.errorRate,
        1,
        options.maxStoredQueue,
        p.servers,
        p.rollout === null,
      ),
    );
    this.kernel.setHandler((kind, payload, now) => this.handle(kind, payload, now));
    if (this.totalArrivals > 0) this.scheduleNextArrival();
  }

  /** The parameters in force (the constructor's, with the changes `retune` applied). */
  get params(): OnlineConfig {
    return this.current;
  }

  /** Requests waiting right now, over every version's queue (warm-up ones included). */
  get queued(): number {
    return this.totalQueued;
  }

  protected pattern() {
    const p = this.current;
    return p.arrivalPattern ?? { kind: 'constant' as const, ratePerS: p.arrivalRatePerS };
  }

  /** The control plane's events (replica lifecycles, autoscaler ticks, the rollout's). */
  protected abstract handleControl(kind: number, payload: number, now: number): void;
  /** A request of `version` was answered (for a canary's analysis). */
  protected abstract answered(version: number, latencyMs: number, failed: boolean): void;
  /** A request arrived at a version that has no replica: wake its autoscaler. */
  protected abstract wake(version: number, now: number): void;
  /** Requests waiting or in service at a version changed by `delta` (its autoscaler's signal). */
  protected abstract concurrencyChanged(pool: Pool, now: number, delta: number): void;
  /** A retiring version may have finished its last request. */
  protected abstract checkDrained(pool: Pool, nowMs: number): void;

  protected allRequestsDone(): boolean {
    return (
      this.arrivedTotal >= this.totalArrivals &&
      this.totalQueued === 0 &&
      this.busyServers.value === 0
    );
  }

  private handle(kind: number, payload: number, now: number): void {
    switch (kind) {
      case ARRIVAL:
        return this.onArrival(now);
      case COMPLETION:
        return this.onCompletion(payload, now);
      case BATCH_TIMER: {
        const pool = this.pools[payload];
        pool.batchTimer = 0;
        return this.dispatch(pool, now);
      }
      case QUEUE_TIMEOUT:
        return this.onQueueTimeout(this.pools[payload], now);
      default:
        return this.handleControl(kind, payload, now);
    }
  }

  private scheduleNextArrival(): void {
    const at = this.arrivals.next();
    if (at !== Number.POSITIVE_INFINITY) this.arrivalHandle = this.kernel.schedule(at, ARRIVAL);
  }

  /** Memorylessness: the next arrival of a Poisson process at the new rate, drawn from now. */
  protected restartArrivals(ratePerS: number): void {
    this.kernel.cancel(this.arrivalHandle);
    this.arrivals = new PoissonArrivals(ratePerS, this.arrivalRng, this.kernel.now);
    if (this.arrivedTotal < this.totalArrivals) this.scheduleNextArrival();
  }

  private onArrival(now: number): void {
    const id = this.arrivedTotal++;
    this.admit(id, now);
    // Drawn after admission: the request queue may clone the arrival process, and the clone must
    // stand just after this request.
    if (this.arrivedTotal < this.totalArrivals) this.scheduleNextArrival();
  }

  /** The pool a new request goes to: by weight when a rollout splits traffic. */
  private route(): Pool {
    const pools = this.pools;
    if (pools.length === 1) return pools[0];
    return this.routerRng.uniform() < pools[0].weight ? pools[0] : pools[1];
  }

  private admit(id: number, now: number): void {
    if (id === this.current.warmup && !this.measuring) this.startMeasuring(now);
    const measured = id >= this.current.warmup;
    if (measured) this.counts.arrived++;
    this.recent.push(now, OnlineEventKind.arrived, id, -1);
    const pool = this.route();
    const queue = pool.queue;
    if (queue.length >= this.capacity && pool.freeCount === 0) {
      if (measured) this.counts.rejected++;
      this.recent.push(now, OnlineEventKind.rejected, id, -1);
      return;
    }
    if (!measured) this.warmupInSystem++;
    queue.push(now, id, this.arrivals);
    this.totalQueued++;
    this.queueLength.set(now, this.totalQueued);
    this.inSystem.add(now, 1);
    this.concurrencyChanged(pool, now, 1);
    if (pool.replicas === 0) this.wake(pool.version, now);
    if (this.timeoutMs !== Number.POSITIVE_INFINITY && pool.timeout === 0) this.armTimeout(pool);
    if (pool.freeCount > 0) this.dispatch(pool, now);
  }

  /**
   * Starts batches on the pool's idle ready replicas while requests wait. Like Triton's dynamic
   * batcher: a full batch goes at once; a partial one waits until its oldest request has waited
   * `batchDelayMs` (with 0, the default, it never waits), or until the waiting room is full.
   */
  protected dispatch(pool: Pool, now: number): void {
    const p = this.current;
    const queue = pool.queue;
    while (pool.freeCount > 0 && queue.length > 0) {
      const size = queue.length < p.maxBatch ? queue.length : p.maxBatch;
      if (size < p.maxBatch && p.batchDelayMs > 0 && queue.length < this.capacity) {
        const deadline = queue.peekTime() + p.batchDelayMs;
        if (now < deadline) {
          if (pool.batchTimer === 0)
            pool.batchTimer = this.kernel.schedule(deadline, BATCH_TIMER, pool.version);
          return;
        }
      }
      this.startBatch(pool, now, size);
    }
  }

  /** A new batch delay re-times the partial batch each pool is holding: it may be due now. */
  protected retimeBatches(now: number): void {
    for (const pool of this.pools) {
      this.kernel.cancel(pool.batchTimer);
      pool.batchTimer = 0;
      this.dispatch(pool, now);
    }
  }

  /** A batch of b costs the fixed cost of one model call plus b inference times: t(b) = a + c b. */
  private startBatch(pool: Pool, now: number, size: number): void {
    const slot = pool.popFree(this.replicas.freePosition);
    const queue = pool.queue;
    const warmup = this.current.warmup;
    const base = slot * this.maxBatch;
    let serviceMs = this.batching ? this.current.batchOverheadMs : 0;
    for (let i = 0; i < size; i++) {
      const arrival = queue.peekTime();
      const id = queue.peekId();
      queue.shift();
      if (id >= warmup) this.wait.record(now - arrival);
      this.batchArrivals[base + i] = arrival;
      this.batchIds[base + i] = id;
      serviceMs += pool.service.sample(this.serviceRng);
      this.recent.push(now, OnlineEventKind.started, id, slot);
    }
    this.batchSizes[slot] = size;
    if (this.measuring) {
      this.batches++;
      this.batchedRequests += size;
    }
    this.totalQueued -= size;
    this.queueLength.set(now, this.totalQueued);
    this.busyServers.add(now, 1);
    this.kernel.schedule(now + serviceMs, COMPLETION, slot);
  }

  private onCompletion(slot: number, now: number): void {
    const size = this.batchSizes[slot];
    const base = slot * this.maxBatch;
    const warmup = this.current.warmup;
    const rtt = this.current.networkRttMs;
    const pool = this.pools[this.replicas.poolOfSlot[slot]];
    for (let i = 0; i < size; i++) {
      const id = this.batchIds[base + i];
      const latencyMs = now - this.batchArrivals[base + i] + rtt;
      // Drawn only when the version can fail, so a run without errors keeps its random streams.
      const failed = pool.errorRate > 0 && this.errorRng.uniform() < pool.errorRate;
      if (id >= warmup) {
        this.counts.completed++;
        pool.completed++;
        if (failed) {
          this.counts.failed++;
          pool.failed++;
          this.failedLatency.record(latencyMs);
        }
        this.latency.record(latencyMs);
      } else {
        this.warmupInSystem--;
      }
      this.answered(pool.version, latencyMs, failed);
      this.recent.push(now, OnlineEventKind.completed, id, slot);
    }
    this.batchSizes[slot] = 0;
    this.busyServers.add(now, -1);
    this.inSystem.add(now, -size);
    this.concurrencyChanged(pool, now, -size);
    if (this.draining[slot] === 1) {
      this.replicas.idle(slot, now);
    } else if (pool.retiring && pool.queue.length === 0) {
      this.replicas.drain(slot, now);
    } else {
      pool.pushFree(slot, this.replicas.freePosition);
      this.dispatch(pool, now);
    }
  }

  /** Drops every waiting request whose wait has reached the timeout; re-arms for the next one. */
  private onQueueTimeout(pool: Pool, now: number): void {
    pool.timeout = 0;
    const queue = pool.queue;
    const warmup = this.current.warmup;
    let dropped = 0;
    while (queue.length > 0 && queue.peekTime() + this.timeoutMs <= now) {
      const id = queue.peekId();
      queue.shift();
      dropped++;
      if (id >= warmup) this.counts.timedOut++;
      else this.warmupInSystem--;
      this.recent.push(now, OnlineEventKind.timedOut, id, -1);
    }
    if (dropped > 0) {
      this.totalQueued -= dropped;
      this.queueLength.set(now, this.totalQueued);
      this.inSystem.add(now, -dropped);
      this.concurrencyChanged(pool, now, -dropped);
      this.checkDrained(pool, now);
    }
    if (queue.length > 0) this.armTimeout(pool);
  }

  /** Schedules the pool's next timeout check, when its oldest request's wait runs out. */
  private armTimeout(pool: Pool): void {
    const at = pool.queue.peekTime() + this.timeoutMs;
    pool.timeout = this.kernel.schedule(at, QUEUE_TIMEOUT, pool.version);
  }

  /**
   * A queue policy is the model's configuration (Triton's default_timeout_microseconds), not the
   * request's: a new timeout applies to every request still waiting, from now.
   */
  protected retimeTimeouts(): void {
    this.timeoutMs = this.current.queueTimeoutMs ?? Number.POSITIVE_INFINITY;
    for (const pool of this.pools) {
      this.kernel.cancel(pool.timeout);
      pool.timeout = 0;
      if (this.timeoutMs !== Number.POSITIVE_INFINITY && pool.queue.length > 0)
        this.armTimeout(pool);
    }
  }

  private startMeasuring(now: number): void {
    this.measuring = true;
    this.measureFromMs = now;
    this.queueLength.restart(now);
    this.busyServers.restart(now);
    this.inSystem.restart(now);
    this.provisioned.restart(now);
    this.replicasMin = this.provisioned.value;
    this.replicasMax = this.provisioned.value;
  }

  /** The replica set's host (replicas.ts): the control plane's business. */
  abstract scheduleLifecycle(
    atMs: number,
    uid: number,
    event: 'PROVISIONED' | 'MODEL_LOADED',
  ): void;
  abstract onReady(slot: number, nowMs: number): void;
  abstract onDraining(slot: number, nowMs: number): void;
  abstract onStopped(slot: number, nowMs: number): void;

  private growSlots(slots: number): void {
    const widen = <T extends Float64Array | Int32Array | Uint8Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    this.batchArrivals = widen(this.batchArrivals, new Float64Array(slots * this.maxBatch));
    this.batchIds = widen(this.batchIds, new Float64Array(slots * this.maxBatch));
    this.batchSizes = widen(this.batchSizes, new Int32Array(slots));
    this.draining = widen(this.draining, new Uint8Array(slots));
  }
}
