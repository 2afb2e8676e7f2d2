import { createActor, type Actor } from 'xstate';
import { Kernel } from '../../sim/kernel.ts';
import { Rng } from '../../sim/rng.ts';
import { createDistribution } from '../../sim/distributions.ts';
import { PoissonArrivals, type ArrivalProcess } from '../../sim/arrivals.ts';
import { createArrivalProcess, meanRate, rateAt } from '../../sim/arrival-patterns.ts';
import { LogHistogram, type QuantileSummary } from '../../sim/stats/histogram.ts';
import { TimeWeighted } from '../../sim/stats/time-weighted.ts';
import { RecentEvents } from '../../sim/stats/recent-events.ts';
import { SeriesRecorder, type SeriesData } from '../../sim/stats/series.ts';
import { autoscalerMachine } from '../../machines/autoscaler.ts';
import { rolloutMachine } from '../../machines/rollout.ts';
import type { ReplicaState } from '../../machines/replica.ts';
import { ONLINE_DEFAULTS, type OnlineParams, type RolloutParams } from './config.ts';
import { Pool } from './pool.ts';
import { ReplicaSet, type ReplicaHost } from './replicas.ts';
import { AutoscalerFeed } from './autoscaler-feed.ts';
import { retuneFields, sameValue } from '../retune.ts';

/** Event kinds on the calendar. */
const ARRIVAL = 0;
const COMPLETION = 1;
const BATCH_TIMER = 2;
const QUEUE_TIMEOUT = 3;
const PROVISIONED = 4;
const MODEL_LOADED = 5;
const AUTOSCALE_TICK = 6;
const ROLLOUT = 7;
const SAMPLE = 8;
const ROLLOUT_START = 0;
const ROLLOUT_PROMOTE = 1;
const ROLLOUT_ROLLBACK = 2;
/** Rollout events per epoch: a ROLLOUT payload is epoch x ROLLOUT_EVENTS + which event. */
const ROLLOUT_EVENTS = 3;
/** Pools a queue-timeout or batch-timer payload counts past its epoch's base (versions 0, 1). */
const MAX_POOLS = 2;

/** Every parameter, in the order `retune` reports the ones it could not apply. */
const ONLINE_FIELDS = Object.keys(ONLINE_DEFAULTS) as Array<keyof OnlineParams>;
/**
 * Fields only a new run can change: they shape the run from its first event (the request budget
 * and warm-up count arrivals from the start, the seed names every random stream, the batch size
 * sizes the replicas' buffers, a pattern is a function of the time since the start).
 */
const FIXED_FIELDS: ReadonlyArray<keyof OnlineParams> = [
  'requests',
  'warmup',
  'seed',
  'maxBatch',
  'arrivalPattern',
];
/**
 * Applied after the other fields: each may start replicas or a batch at once, which must use the
 * new start-up times, service time and batch overhead.
 */
const APPLY_LAST: ReadonlyArray<keyof OnlineParams> = [
  'servers',
  'batchDelayMs',
  'autoscaling',
  'rollout',
];

/** What the recent-events buffer records, for animation. */
export const OnlineEventKind = {
  arrived: 0,
  rejected: 1,
  started: 2,
  completed: 3,
  timedOut: 4,
} as const;

/** Sampled quantities; utilisation is busy replicas over provisioned ones at that moment. */
export const ONLINE_SERIES = [
  'queueLength',
  'replicas',
  'busyReplicas',
  'utilization',
  'arrivalRatePerS',
] as const;

export interface OnlineCounts {
  arrived: number;
  completed: number;
  rejected: number;
  timedOut: number;
  inFlight: number;
}

export interface OnlineReport {
  mode: 'online';
  seed: number;
  counts: OnlineCounts;
  latencyMs: QuantileSummary;
  waitMs: QuantileSummary;
  utilization: number;
  throughputPerS: number;
  meanBatchSize: number;
  meanQueueLength: number;
  meanInSystem: number;
  /** Offered load per replica with full batches: >= 1 means the queue grows without bound. */
  offeredUtilization: number;
  unstable: boolean;
  /** Replicas that existed (starting, ready or draining) over the measured time. */
  replicas: { min: number; max: number; mean: number };
  coldStarts: number;
  /** Mean replicas x price per replica-hour. */
  costPerHour: number;
  /** Requests completed by each model version (a rollout has two). */
  completedByVersion: number[];
  /** Simulated time over which the time averages and throughput were measured. */
  measuredMs: number;
  series?: SeriesData;
  engine: { events: number };
}

export interface OnlineOptions {
  /** Recent events kept for animation (0 keeps none). */
  recentEvents?: number;
  /** Waiting requests stored explicitly before the queue switches to regenerating them. */
  maxStoredQueue?: number;
  /** Record down-sampled time series. */
  series?: boolean;
  /**
   * Sample the series as finely as its current buckets can show (a live view that starts at
   * second 0 of a day-long run), instead of on a grid set by the whole run's expected length.
   */
  liveSeries?: boolean;
}

/**
 * Online serving: clients' requests (Poisson, or a daily cycle, steps or a trace), model replicas
 * behind a FCFS queue per model version, with Triton-style dynamic batching, a bounded waiting
 * room, queue timeouts and a network round trip; replicas started and drained by a Knative-style
 * autoscaler and a blue/green or canary rollout, all of them xstate machines.
 *
 * Requests are plain numbers in typed arrays (DESIGN.md: requests are never actors); the event
 * handlers below are the whole data plane. The machines only ever decide replica counts, traffic
 * weights and readiness.
 */
export class OnlineSimulation implements ReplicaHost {
  readonly kernel = new Kernel();
  /** The parameters in force: the constructor's, with every change `retune` applied. */
  private current: OnlineParams;
  readonly recent: RecentEvents;
  readonly counts: OnlineCounts = {
    arrived: 0,
    completed: 0,
    rejected: 0,
    timedOut: 0,
    inFlight: 0,
  };
  readonly latency = new LogHistogram();
  readonly wait = new LogHistogram();
  readonly queueLength = new TimeWeighted();
  readonly busyServers = new TimeWeighted();
  readonly inSystem = new TimeWeighted();
  /** Replicas that exist (cold, loading, ready or draining): what is paid for. */
  readonly provisioned = new TimeWeighted();
  readonly pools: Pool[] = [];
  readonly replicas: ReplicaSet;

  private readonly serviceRng: Rng;
  private readonly routerRng: Rng;
  private arrivals: ArrivalProcess;
  private readonly arrivalRng: Rng;
  private readonly totalArrivals: number;
  private capacity: number;
  private timeoutMs: number;
  private batching: boolean;
  private readonly maxBatch: number;
  private batchArrivals: Float64Array;
  private batchIds: Float64Array;
  private batchSizes: Int32Array;
  /** 1 while a replica is draining: when its batch ends it stops instead of taking more. */
  private draining: Uint8Array;
  private readonly autoscalers: Array<Actor<typeof autoscalerMachine> | null> = [];
  private readonly feeds: Array<AutoscalerFeed | null> = [];
  private rollout: Actor<typeof rolloutMachine> | null = null;
  /**
   * The calendar cannot cancel, so events that a retune supersedes stay on it and are recognised
   * as stale by their payload: each kind below carries an epoch that `retune` bumps. An untouched
   * run keeps epoch 0 and the payloads it always had.
   */
  private arrivalEpoch = 0;
  private rolloutEpoch = 0;
  /** Added to a pool's version in queue-timeout and batch-timer payloads. */
  private timeoutBase = 0;
  private batchTimerBase = 0;
  /** Rollout events (start, promote, rollback) that have happened: they cannot be moved. */
  private readonly rolloutFired = [false, false, false];
  private readonly maxStoredQueue: number | undefined;
  private readonly series: SeriesRecorder | null;
  private readonly sampleMs: number;
  private readonly liveSeries: boolean;
  private arrivedTotal = 0;
  private warmupInSystem = 0;
  private measureFromMs = 0;
  private measuring: boolean;
  private batches = 0;
  private batchedRequests = 0;
  private replicasMin = Number.POSITIVE_INFINITY;
  private replicasMax = 0;
  private totalQueued = 0;

  constructor(params: OnlineParams, options: OnlineOptions = {}) {
    const p = params;
    this.current = params;
    this.serviceRng = Rng.stream(p.seed, 'service');
    this.routerRng = Rng.stream(p.seed, 'router');
    const pattern = p.arrivalPattern ?? { kind: 'constant' as const, ratePerS: p.arrivalRatePerS };
    this.arrivalRng = Rng.stream(p.seed, 'arrivals');
    this.arrivals = createArrivalProcess(pattern, this.arrivalRng);
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
        1,
        options.maxStoredQueue,
        p.servers,
        p.rollout === null,
      ),
    );
    this.kernel.setHandler((kind, payload, now) => this.handle(kind, payload, now));

    const initial =
      p.autoscaling === null
        ? p.servers
        : Math.min(p.autoscaling.maxReplicas, Math.max(p.autoscaling.minReplicas, p.servers));
    for (let i = 0; i < initial; i++) this.startReplica(0, 0, true);
    // The extremes count from the initial pool, not from its creation one replica at a time.
    this.replicasMin = this.replicasMax = this.provisioned.value;
    if (p.autoscaling !== null) this.startAutoscaler(0, initial);
    if (p.rollout !== null) {
      this.rollout = this.createRollout();
      this.scheduleRollout(p.rollout);
    }
    const expectedMs =
      p.durationS !== null ? p.durationS * 1000 : (this.totalArrivals / meanRate(pattern)) * 1000;
    this.sampleMs = Math.max(1, expectedMs / 2048);
    this.liveSeries = options.liveSeries ?? false;
    this.series = options.series ? new SeriesRecorder(ONLINE_SERIES) : null;
    if (this.series) this.kernel.schedule(0, SAMPLE);
    if (this.totalArrivals > 0) this.scheduleNextArrival();
  }

  /** The parameters in force (the constructor's, with the changes `retune` applied). */
  get params(): OnlineParams {
    return this.current;
  }

  /** Requests waiting right now, over every version's queue (warm-up ones included). */
  get queued(): number {
    return this.totalQueued;
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
   * fields that cannot, in ONLINE_FIELDS order (the lab restarts the run for those): FIXED_FIELDS,
   * and the others in the circumstances `canRetune` names.
   *
   * Applied from now: the arrival rate (a constant-rate Poisson process is memoryless, so the
   * pending arrival is dropped and the next drawn at the new rate), a fixed pool's size (new
   * replicas cold start and load the model; surplus ones drain), the service time of version 0,
   * the waiting room (new arrivals), the queue timeout and batch delay (every waiting request),
   * the batch overhead, network round trip, start-up times and price, the autoscaler's settings
   * except its windows and tick, and a rollout that has not started (added, changed or removed)
   * or the promote/rollback time of one that has; and the end of a timed run not yet reached.
   */
  retune(next: OnlineParams): string[] {
    return retuneFields(
      this.current,
      next,
      ONLINE_FIELDS,
      (field) => this.canRetune(field, next),
      (params, field) => {
        const previous = this.current;
        this.current = params;
        this.applyRetune(field, previous);
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
      autoscalers: this.autoscalers.map((a) => (a ? String(a.getSnapshot().value) : null)),
      rollout: this.rollout ? String(this.rollout.getSnapshot().value) : null,
    };
  }

  report(): OnlineReport {
    const p = this.params;
    const now = this.kernel.now;
    const measuredMs = this.measuring ? now - this.measureFromMs : 0;
    const service = this.pools[0].service;
    const maxThroughputPerReplica = p.maxBatch / (p.batchOverheadMs + p.maxBatch * service.mean);
    const replicaCeiling = p.autoscaling?.maxReplicas ?? p.servers;
    const pattern = p.arrivalPattern ?? { kind: 'constant' as const, ratePerS: p.arrivalRatePerS };
    const offeredUtilization =
      meanRate(pattern) / 1000 / (maxThroughputPerReplica * replicaCeiling);
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
      measuredMs,
      engine: { events: this.kernel.events },
    };
    if (this.series) report.series = this.series.finish(now);
    return report;
  }

  private allRequestsDone(): boolean {
    return (
      this.arrivedTotal >= this.totalArrivals &&
      this.totalQueued === 0 &&
      this.busyServers.value === 0
    );
  }

  private handle(kind: number, payload: number, now: number): void {
    switch (kind) {
      case ARRIVAL:
        if (payload === this.arrivalEpoch) this.onArrival(now);
        break;
      case COMPLETION:
        this.onCompletion(payload, now);
        break;
      case BATCH_TIMER:
        if (payload >= this.batchTimerBase) {
          const pool = this.pools[payload - this.batchTimerBase];
          pool.batchTimerPending = false;
          this.dispatch(pool, now);
        }
        break;
      case QUEUE_TIMEOUT:
        if (payload >= this.timeoutBase)
          this.onQueueTimeout(this.pools[payload - this.timeoutBase], now);
        break;
      case PROVISIONED:
        this.replicas.lifecycle(payload, 'PROVISIONED', now);
        break;
      case MODEL_LOADED:
        this.replicas.lifecycle(payload, 'MODEL_LOADED', now);
        break;
      case AUTOSCALE_TICK:
        this.onAutoscaleTick(payload, now);
        break;
      case ROLLOUT:
        this.onRolloutEvent(payload, now);
        break;
      case SAMPLE:
        this.sample(now);
        break;
    }
  }

  private scheduleNextArrival(): void {
    const at = this.arrivals.next();
    if (at !== Number.POSITIVE_INFINITY) this.kernel.schedule(at, ARRIVAL, this.arrivalEpoch);
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
    if (id === this.params.warmup && !this.measuring) this.startMeasuring(now);
    const measured = id >= this.params.warmup;
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
    const autoscaler = this.autoscalers[pool.version];
    if (autoscaler) {
      pool.inSystem.add(now, 1);
      // Knative's activator: traffic for a service scaled to zero wakes it at once.
      if (pool.replicas === 0) autoscaler.send({ type: 'POKE', nowMs: now });
    }
    if (this.timeoutMs !== Number.POSITIVE_INFINITY && !pool.timeoutPending) this.armTimeout(pool);
    if (pool.freeCount > 0) this.dispatch(pool, now);
  }

  /**
   * Starts batches on the pool's idle ready replicas while requests wait. Like Triton's dynamic
   * batcher: a full batch goes at once; a partial one waits until its oldest request has waited
   * `batchDelayMs` (with 0, the default, it never waits), or until the waiting room is full.
   */
  private dispatch(pool: Pool, now: number): void {
    const p = this.params;
    const queue = pool.queue;
    while (pool.freeCount > 0 && queue.length > 0) {
      const size = queue.length < p.maxBatch ? queue.length : p.maxBatch;
      if (size < p.maxBatch && p.batchDelayMs > 0 && queue.length < this.capacity) {
        const deadline = queue.peekTime() + p.batchDelayMs;
        if (now < deadline) {
          if (!pool.batchTimerPending) {
            pool.batchTimerPending = true;
            this.kernel.schedule(deadline, BATCH_TIMER, this.batchTimerBase + pool.version);
          }
          return;
        }
      }
      this.startBatch(pool, now, size);
    }
  }

  private startBatch(pool: Pool, now: number, size: number): void {
    const slot = pool.popFree(this.replicas.freePosition);
    const queue = pool.queue;
    const warmup = this.params.warmup;
    const base = slot * this.maxBatch;
    let serviceMs = this.batching ? this.params.batchOverheadMs : 0;
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
    const warmup = this.params.warmup;
    const rtt = this.params.networkRttMs;
    const pool = this.pools[this.replicas.poolOfSlot[slot]];
    for (let i = 0; i < size; i++) {
      const id = this.batchIds[base + i];
      if (id >= warmup) {
        this.counts.completed++;
        pool.completed++;
        this.latency.record(now - this.batchArrivals[base + i] + rtt);
      } else {
        this.warmupInSystem--;
      }
      this.recent.push(now, OnlineEventKind.completed, id, slot);
    }
    this.batchSizes[slot] = 0;
    this.busyServers.add(now, -1);
    this.inSystem.add(now, -size);
    if (this.autoscalers[pool.version]) pool.inSystem.add(now, -size);
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
    pool.timeoutPending = false;
    const queue = pool.queue;
    const warmup = this.params.warmup;
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
      if (this.autoscalers[pool.version]) pool.inSystem.add(now, -dropped);
      this.checkDrained(pool, now);
    }
    if (queue.length > 0) this.armTimeout(pool);
  }

  /** Schedules the pool's next timeout check, when its oldest request's wait runs out. */
  private armTimeout(pool: Pool): void {
    pool.timeoutPending = true;
    const at = pool.queue.peekTime() + this.timeoutMs;
    this.kernel.schedule(at, QUEUE_TIMEOUT, this.timeoutBase + pool.version);
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
    // Only while the rollout waits for readiness: afterwards the new version just serves.
    if (pool.version === 1 && this.rollout?.getSnapshot().matches('startingNew')) {
      const ready = this.replicas.slotsIn(1, ['ready']).length;
      this.rollout.send({ type: 'NEW_READY', readyReplicas: ready, nowMs });
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

  private startReplica(pool: number, nowMs: number, warm: boolean): void {
    this.pools[pool].replicas++;
    this.setProvisioned(nowMs, 1);
    this.replicas.start(pool, nowMs, warm);
  }

  private setProvisioned(nowMs: number, delta: number): void {
    this.provisioned.add(nowMs, delta);
    const v = this.provisioned.value;
    if (v < this.replicasMin) this.replicasMin = v;
    if (v > this.replicasMax) this.replicasMax = v;
  }

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

  // ---- Autoscaling ----

  private startAutoscaler(pool: number, initialReplicas: number): void {
    const config = this.params.autoscaling;
    if (config === null) return;
    const actor = createActor(autoscalerMachine, { input: { config, initialReplicas } });
    actor.on('scale', (e) => this.scalePool(pool, e.replicas, e.nowMs));
    actor.start();
    this.autoscalers[pool] = actor;
    this.feeds[pool] = new AutoscalerFeed(config);
    this.kernel.schedule(this.kernel.now + config.tickMs, AUTOSCALE_TICK, pool);
  }

  private onAutoscaleTick(poolIndex: number, now: number): void {
    const actor = this.autoscalers[poolIndex];
    const feed = this.feeds[poolIndex];
    if (!actor || !feed) return;
    const pool = this.pools[poolIndex];
    feed.observe(pool.inSystem.integral(now), now);
    const ready = this.replicas.slotsIn(poolIndex, ['ready']).length;
    actor.send({
      type: 'TICK',
      nowMs: now,
      ...feed.averages(),
      readyReplicas: ready,
      currentReplicas: pool.replicas,
    });
    this.kernel.schedule(now + feed.config.tickMs, AUTOSCALE_TICK, poolIndex);
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

  // ---- Rollout ----

  private createRollout(): Actor<typeof rolloutMachine> {
    const rollout = createActor(rolloutMachine);
    rollout.on('startVersion', (e) => this.startVersion(e.replicas, e.nowMs));
    rollout.on('setWeights', (e) => this.setWeights(e.weights));
    rollout.on('retireVersion', (e) => this.retire(e.version, e.nowMs));
    return rollout.start();
  }

  /** Puts the rollout's events that have not happened yet on the calendar, in the current epoch. */
  private scheduleRollout(r: RolloutParams): void {
    const base = this.rolloutEpoch * ROLLOUT_EVENTS;
    const fired = this.rolloutFired;
    if (!fired[ROLLOUT_START]) this.kernel.schedule(r.atS * 1000, ROLLOUT, base + ROLLOUT_START);
    if (r.promoteAtS !== null && !fired[ROLLOUT_PROMOTE])
      this.kernel.schedule(r.promoteAtS * 1000, ROLLOUT, base + ROLLOUT_PROMOTE);
    if (r.rollbackAtS !== null && !fired[ROLLOUT_ROLLBACK])
      this.kernel.schedule(r.rollbackAtS * 1000, ROLLOUT, base + ROLLOUT_ROLLBACK);
  }

  private onRolloutEvent(payload: number, now: number): void {
    const rollout = this.rollout;
    const r = this.params.rollout;
    const which = payload % ROLLOUT_EVENTS;
    if (!rollout || !r || payload - which !== this.rolloutEpoch * ROLLOUT_EVENTS) return;
    this.rolloutFired[which] = true;
    if (which === ROLLOUT_START) {
      const replicas = Math.max(1, this.replicas.slotsIn(0, ['cold', 'loading', 'ready']).length);
      rollout.send({
        type: 'START',
        strategy: r.strategy,
        canaryPercent: r.canaryPercent,
        replicas,
        nowMs: now,
      });
    } else if (which === ROLLOUT_PROMOTE) {
      rollout.send({ type: 'PROMOTE', nowMs: now });
    } else {
      rollout.send({ type: 'ROLLBACK', nowMs: now });
    }
  }

  private startVersion(replicas: number, nowMs: number): void {
    const r = this.params.rollout;
    if (!r) return;
    this.pools.push(new Pool(1, createDistribution(r.service), 0, undefined, replicas, false));
    for (let i = 0; i < replicas; i++) this.startReplica(1, nowMs, false);
  }

  /**
   * Routes new requests by weight. The new version's autoscaler starts only once traffic reaches
   * it: until then it keeps the size it was started with (Knative's initial scale), or it would
   * scale an idle revision down before it could ever become ready.
   */
  private setWeights(weights: [number, number]): void {
    weights.forEach((w, v) => {
      const pool = this.pools[v];
      if (!pool) return;
      pool.weight = w;
      if (w > 0 && !pool.retiring && !this.autoscalers[v] && this.params.autoscaling !== null) {
        this.startAutoscaler(v, pool.replicas);
      }
    });
  }

  /** A retiring version takes no new requests, serves its queue, then its replicas stop. */
  private retire(version: number, nowMs: number): void {
    const pool = this.pools[version];
    pool.retiring = true;
    this.autoscalers[version]?.stop();
    this.autoscalers[version] = null;
    this.feeds[version] = null;
    for (const slot of this.replicas.slotsIn(version, ['cold', 'loading']))
      this.replicas.drain(slot, nowMs);
    if (pool.queue.length === 0) {
      for (const slot of this.replicas.slotsIn(version, ['ready'])) {
        if (this.replicas.freePosition[slot] >= 0) this.replicas.drain(slot, nowMs);
      }
    }
    this.checkDrained(pool, nowMs);
  }

  private checkDrained(pool: Pool, nowMs: number): void {
    if (!pool.retiring || pool.drainedAnnounced || pool.queue.length > 0) return;
    for (const slot of this.replicas.slotsIn(pool.version, ['ready'])) {
      if (this.replicas.freePosition[slot] >= 0) this.replicas.drain(slot, nowMs);
    }
    if (pool.replicas === 0) {
      pool.drainedAnnounced = true;
      this.rollout?.send({ type: 'DRAINED', version: pool.version, nowMs });
    }
  }

  // ---- Mid-run changes (retune) ----

  private canRetune(field: keyof OnlineParams, next: OnlineParams): boolean {
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
        // A timed run may be lengthened, or shortened to an end not yet reached. The series
        // keeps the sampling interval the first duration set: only its resolution differs.
        return (
          p.durationS !== null &&
          next.durationS !== null &&
          next.durationS * 1000 >= this.kernel.now
        );
      case 'servers':
        // With autoscaling `servers` is only the initial size.
        return p.autoscaling === null && this.fixedPool() >= 0;
      case 'autoscaling':
        return autoscalerRetunable(p.autoscaling, next.autoscaling);
      case 'rollout':
        return this.canRetuneRollout(next.rollout);
      default:
        return true;
    }
  }

  /** Carries a change out; `this.current` already holds the new value. */
  private applyRetune(field: keyof OnlineParams, previous: OnlineParams): void {
    const p = this.current;
    const now = this.kernel.now;
    switch (field) {
      case 'arrivalRatePerS':
        if (p.arrivalPattern === null) this.restartArrivals(p.arrivalRatePerS);
        break;
      case 'servers':
        this.scalePool(this.fixedPool(), p.servers, now);
        break;
      case 'service':
        this.pools[0].service = createDistribution(p.service);
        break;
      case 'queueCapacity':
        this.capacity = p.queueCapacity ?? Number.POSITIVE_INFINITY;
        break;
      case 'queueTimeoutMs':
        this.retuneTimeout();
        break;
      case 'batchDelayMs':
        this.retuneBatchDelay(now);
        break;
      case 'batchOverheadMs':
        this.batching = p.maxBatch > 1 || p.batchOverheadMs > 0;
        break;
      case 'coldStartMs':
      case 'modelLoadMs':
        this.replicas.setStartTimes(p.coldStartMs, p.modelLoadMs);
        break;
      case 'autoscaling':
        this.reconfigureAutoscalers(now);
        break;
      case 'rollout':
        this.retuneRollout(previous.rollout, p.rollout);
        break;
      default:
        break; // read from the params when used (network round trip, price, duration)
    }
  }

  /** Memorylessness: the next arrival of a Poisson process at the new rate, drawn from now. */
  private restartArrivals(ratePerS: number): void {
    this.arrivals = new PoissonArrivals(ratePerS, this.arrivalRng, this.kernel.now);
    this.arrivalEpoch++;
    if (this.arrivedTotal < this.totalArrivals) this.scheduleNextArrival();
  }

  /**
   * The pool a fixed replica count applies to: the version taking all the traffic, or -1 while a
   * rollout is starting or splitting it (the rollout machine sized the new version itself).
   */
  private fixedPool(): number {
    const state = this.rollout ? String(this.rollout.getSnapshot().value) : 'serving';
    if (state === 'serving' || state === 'rollingBack' || state === 'rolledBack') return 0;
    if (state === 'drainingOld' || state === 'promoted') return 1;
    return -1;
  }

  /**
   * A queue policy is the model's configuration (Triton's default_timeout_microseconds), not the
   * request's: a new timeout applies to every request still waiting, from now.
   */
  private retuneTimeout(): void {
    this.timeoutMs = this.current.queueTimeoutMs ?? Number.POSITIVE_INFINITY;
    this.timeoutBase += MAX_POOLS;
    for (const pool of this.pools) {
      pool.timeoutPending = false;
      if (this.timeoutMs !== Number.POSITIVE_INFINITY && pool.queue.length > 0)
        this.armTimeout(pool);
    }
  }

  /** A new batch delay re-times the partial batch each pool is holding: it may be due now. */
  private retuneBatchDelay(now: number): void {
    this.batchTimerBase += MAX_POOLS;
    for (const pool of this.pools) {
      pool.batchTimerPending = false;
      this.dispatch(pool, now);
    }
  }

  private reconfigureAutoscalers(now: number): void {
    const config = this.current.autoscaling;
    if (config === null) return;
    for (const actor of this.autoscalers) actor?.send({ type: 'RECONFIGURE', config, nowMs: now });
  }

  /**
   * Before the rollout starts, anything about it may change (it must then start from now on);
   * afterwards only when it is promoted or rolled back, and only while that has not happened.
   */
  private canRetuneRollout(next: RolloutParams | null): boolean {
    const now = this.kernel.now;
    const current = this.current.rollout;
    if (!this.rolloutFired[ROLLOUT_START]) {
      // A queue that regenerates its unstored tail cannot become a split one (see RequestQueue).
      if (this.pools[0].queue.unstoredCount > 0) return false;
      return next === null || next.atS * 1000 >= now;
    }
    if (current === null || next === null) return false;
    const movable = (which: number, from: number | null, to: number | null): boolean =>
      from === to || (!this.rolloutFired[which] && (to === null || to * 1000 >= now));
    return (
      current.strategy === next.strategy &&
      current.atS === next.atS &&
      current.canaryPercent === next.canaryPercent &&
      sameValue(current.service, next.service) &&
      movable(ROLLOUT_PROMOTE, current.promoteAtS, next.promoteAtS) &&
      movable(ROLLOUT_ROLLBACK, current.rollbackAtS, next.rollbackAtS)
    );
  }

  /** Supersedes the rollout events on the calendar and schedules those of `next`. */
  private retuneRollout(previous: RolloutParams | null, next: RolloutParams | null): void {
    this.rolloutEpoch++;
    if ((previous === null) !== (next === null)) {
      // With a rollout the router splits traffic, so version 0's queue must not regenerate.
      this.pools[0].rebuildQueue(next === null, this.maxStoredQueue, this.arrivals);
    }
    if (next === null) {
      this.rollout?.stop();
      this.rollout = null;
      return;
    }
    this.rollout ??= this.createRollout();
    this.scheduleRollout(next);
  }

  // ---- Series ----

  private sample(now: number): void {
    const series = this.series;
    if (!series) return;
    const pattern = this.params.arrivalPattern ?? {
      kind: 'constant' as const,
      ratePerS: this.params.arrivalRatePerS,
    };
    const replicas = this.provisioned.value;
    series.set(now, [
      this.totalQueued,
      replicas,
      this.busyServers.value,
      replicas > 0 ? this.busyServers.value / replicas : 0,
      rateAt(pattern, now),
    ]);
    // Live: four samples per chart bucket, never closer than LIVE_SAMPLE_MIN_MS.
    const step = this.liveSeries
      ? Math.max(LIVE_SAMPLE_MIN_MS, series.bucketWidthMs / 4)
      : this.sampleMs;
    this.kernel.schedule(now + step, SAMPLE);
  }
}

/** Finest live sampling: 100 samples a simulated second is more than a chart can draw. */
const LIVE_SAMPLE_MIN_MS = 10;

/**
 * The autoscaler's settings may change mid-run except its tick and averaging windows, which shape
 * the metric history already collected; switching autoscaling on or off needs a new run.
 */
function autoscalerRetunable(
  current: OnlineParams['autoscaling'],
  next: OnlineParams['autoscaling'],
): boolean {
  return (
    current !== null &&
    next !== null &&
    current.tickMs === next.tickMs &&
    current.stableWindowMs === next.stableWindowMs &&
    current.panicWindowMs === next.panicWindowMs
  );
}
