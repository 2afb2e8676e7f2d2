import { Kernel } from '../sim/kernel.ts';
import { Rng } from '../sim/rng.ts';
import { createDistribution, type Distribution } from '../sim/distributions.ts';
import { PoissonArrivals } from '../sim/arrivals.ts';
import { RequestQueue } from '../sim/request-queue.ts';
import { LogHistogram, type QuantileSummary } from '../sim/stats/histogram.ts';
import { TimeWeighted } from '../sim/stats/time-weighted.ts';
import { RecentEvents } from '../sim/stats/recent-events.ts';
import { bestCaseServiceMsPerRequest, type OnlineParams } from './online-params.ts';

/** Event kinds on the calendar. */
const ARRIVAL = 0;
const COMPLETION = 1;
const BATCH_TIMER = 2;
const QUEUE_TIMEOUT = 3;

/** What the recent-events buffer records, for animation. */
export const OnlineEventKind = {
  arrived: 0,
  rejected: 1,
  started: 2,
  completed: 3,
  timedOut: 4,
} as const;

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
  /** Simulated time over which the time averages and throughput were measured. */
  measuredMs: number;
  engine: { events: number };
}

export interface OnlineOptions {
  /** Recent events kept for animation (0 keeps none). */
  recentEvents?: number;
  /** Waiting requests stored explicitly before the queue switches to regenerating them. */
  maxStoredQueue?: number;
}

/**
 * Online serving: Poisson arrivals, `servers` replicas behind one FCFS queue, with Triton-style
 * dynamic batching, a bounded waiting room, queue timeouts and a network round trip.
 *
 * Requests are plain numbers in typed arrays (DESIGN.md: requests are never actors); the event
 * handlers below are the whole data plane.
 */
export class OnlineSimulation {
  readonly kernel = new Kernel();
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

  private readonly service: Distribution;
  private readonly serviceRng: Rng;
  private readonly arrivals: PoissonArrivals;
  private readonly queue: RequestQueue;
  private readonly totalArrivals: number;
  private readonly capacity: number;
  private readonly timeoutMs: number;
  private readonly batching: boolean;
  /** Replicas not executing a batch, as a stack of indices. */
  private readonly freeServers: Int32Array;
  private freeCount: number;
  /** For each replica, the arrival times and ids of the batch it is executing. */
  private readonly batchArrivals: Float64Array;
  private readonly batchIds: Float64Array;
  private readonly batchSizes: Int32Array;
  private arrivedTotal = 0;
  private warmupInSystem = 0;
  private measureFromMs = 0;
  private measuring: boolean;
  private batchTimerPending = false;
  private timeoutPending = false;
  private batches = 0;
  private batchedRequests = 0;

  constructor(
    readonly params: OnlineParams,
    options: OnlineOptions = {},
  ) {
    const p = params;
    this.service = createDistribution(p.service);
    this.serviceRng = Rng.stream(p.seed, 'service');
    this.arrivals = new PoissonArrivals(p.arrivalRatePerS, Rng.stream(p.seed, 'arrivals'));
    this.queue = new RequestQueue(options.maxStoredQueue);
    this.recent = new RecentEvents(options.recentEvents ?? 0);
    this.totalArrivals = p.requests === null ? Number.POSITIVE_INFINITY : p.warmup + p.requests;
    this.capacity = p.queueCapacity ?? Number.POSITIVE_INFINITY;
    this.timeoutMs = p.queueTimeoutMs ?? Number.POSITIVE_INFINITY;
    this.batching = p.maxBatch > 1 || p.batchOverheadMs > 0;
    this.freeServers = new Int32Array(p.servers);
    for (let s = 0; s < p.servers; s++) this.freeServers[s] = p.servers - 1 - s;
    this.freeCount = p.servers;
    this.batchArrivals = new Float64Array(p.servers * p.maxBatch);
    this.batchIds = new Float64Array(p.servers * p.maxBatch);
    this.batchSizes = new Int32Array(p.servers);
    this.measuring = p.warmup === 0;
    this.kernel.setHandler((kind, payload, now) => this.handle(kind, payload, now));
    if (this.totalArrivals > 0) this.kernel.schedule(this.arrivals.next(), ARRIVAL);
  }

  /** Runs to the end: until every request is done, or until the duration has elapsed. */
  run(): OnlineReport {
    const p = this.params;
    this.kernel.runUntil(
      p.requests === null ? (p.durationS ?? 0) * 1000 : Number.POSITIVE_INFINITY,
    );
    return this.report();
  }

  /** Advances simulated time to `untilMs` (for a paced UI). */
  advance(untilMs: number): void {
    this.kernel.runUntil(untilMs);
  }

  report(): OnlineReport {
    const p = this.params;
    const now = this.kernel.now;
    const measuredMs = this.measuring ? now - this.measureFromMs : 0;
    const maxThroughputPerReplica =
      p.maxBatch / (p.batchOverheadMs + p.maxBatch * this.service.mean);
    const offeredUtilization = p.arrivalRatePerS / 1000 / (maxThroughputPerReplica * p.servers);
    const utilization = this.measuring ? this.busyServers.average(now) / p.servers : 0;
    return {
      mode: 'online',
      seed: p.seed,
      counts: {
        ...this.counts,
        inFlight: this.queue.length + this.inServiceCount() - this.warmupInSystem,
      },
      latencyMs: this.latency.summary(),
      waitMs: this.wait.summary(),
      utilization,
      throughputPerS: measuredMs > 0 ? (this.counts.completed / measuredMs) * 1000 : 0,
      meanBatchSize: this.batches > 0 ? this.batchedRequests / this.batches : 0,
      meanQueueLength: this.measuring ? this.queueLength.average(now) : 0,
      meanInSystem: this.measuring ? this.inSystem.average(now) : 0,
      offeredUtilization,
      unstable:
        offeredUtilization >= 1 &&
        this.capacity === Number.POSITIVE_INFINITY &&
        this.timeoutMs === Number.POSITIVE_INFINITY,
      measuredMs,
      engine: { events: this.kernel.events },
    };
  }

  /** Mean service demand per request when batches are full (for theory and stability). */
  get serviceMsPerRequest(): number {
    return bestCaseServiceMsPerRequest(this.params, this.service.mean);
  }

  private inServiceCount(): number {
    let n = 0;
    for (let s = 0; s < this.params.servers; s++) n += this.batchSizes[s];
    return n;
  }

  private handle(kind: number, payload: number, now: number): void {
    if (kind === ARRIVAL) this.onArrival(now);
    else if (kind === COMPLETION) this.onCompletion(payload, now);
    else if (kind === BATCH_TIMER) {
      this.batchTimerPending = false;
      this.dispatch(now);
    } else this.onQueueTimeout(now);
  }

  private onArrival(now: number): void {
    const id = this.arrivedTotal++;
    this.admit(id, now);
    // Drawn after admission: the request queue may clone the arrival process, and the clone must
    // stand just after this request.
    if (this.arrivedTotal < this.totalArrivals) this.kernel.schedule(this.arrivals.next(), ARRIVAL);
  }

  private admit(id: number, now: number): void {
    if (id === this.params.warmup && !this.measuring) this.startMeasuring(now);
    const measured = id >= this.params.warmup;
    if (measured) this.counts.arrived++;
    this.recent.push(now, OnlineEventKind.arrived, id, -1);
    if (this.queue.length >= this.capacity && this.freeCount === 0) {
      if (measured) this.counts.rejected++;
      this.recent.push(now, OnlineEventKind.rejected, id, -1);
      return;
    }
    if (!measured) this.warmupInSystem++;
    this.queue.push(now, id, this.arrivals);
    this.queueLength.set(now, this.queue.length);
    this.inSystem.add(now, 1);
    if (this.timeoutMs !== Number.POSITIVE_INFINITY && !this.timeoutPending) {
      this.timeoutPending = true;
      this.kernel.schedule(this.queue.peekTime() + this.timeoutMs, QUEUE_TIMEOUT);
    }
    if (this.freeCount > 0) this.dispatch(now);
  }

  /**
   * Starts batches on free replicas while requests wait. Like Triton's dynamic batcher: a full
   * batch goes at once; a partial one waits until its oldest request has waited `batchDelayMs`
   * (with 0, the default, it never waits), or until the waiting room is full.
   */
  private dispatch(now: number): void {
    const p = this.params;
    const queue = this.queue;
    while (this.freeCount > 0 && queue.length > 0) {
      const size = queue.length < p.maxBatch ? queue.length : p.maxBatch;
      if (size < p.maxBatch && p.batchDelayMs > 0 && queue.length < this.capacity) {
        const deadline = queue.peekTime() + p.batchDelayMs;
        if (now < deadline) {
          if (!this.batchTimerPending) {
            this.batchTimerPending = true;
            this.kernel.schedule(deadline, BATCH_TIMER);
          }
          return;
        }
      }
      this.startBatch(now, size);
    }
  }

  private startBatch(now: number, size: number): void {
    const server = this.freeServers[--this.freeCount];
    const queue = this.queue;
    const warmup = this.params.warmup;
    const base = server * this.params.maxBatch;
    let serviceMs = this.batching ? this.params.batchOverheadMs : 0;
    for (let i = 0; i < size; i++) {
      const arrival = queue.peekTime();
      const id = queue.peekId();
      queue.shift();
      if (id >= warmup) this.wait.record(now - arrival);
      this.batchArrivals[base + i] = arrival;
      this.batchIds[base + i] = id;
      serviceMs += this.service.sample(this.serviceRng);
      this.recent.push(now, OnlineEventKind.started, id, server);
    }
    this.batchSizes[server] = size;
    if (this.measuring) {
      this.batches++;
      this.batchedRequests += size;
    }
    this.queueLength.set(now, queue.length);
    this.busyServers.add(now, 1);
    this.kernel.schedule(now + serviceMs, COMPLETION, server);
  }

  private onCompletion(server: number, now: number): void {
    const size = this.batchSizes[server];
    const base = server * this.params.maxBatch;
    const warmup = this.params.warmup;
    const rtt = this.params.networkRttMs;
    for (let i = 0; i < size; i++) {
      const id = this.batchIds[base + i];
      if (id >= warmup) {
        this.counts.completed++;
        this.latency.record(now - this.batchArrivals[base + i] + rtt);
      } else {
        this.warmupInSystem--;
      }
      this.recent.push(now, OnlineEventKind.completed, id, server);
    }
    this.batchSizes[server] = 0;
    this.freeServers[this.freeCount++] = server;
    this.busyServers.add(now, -1);
    this.inSystem.add(now, -size);
    this.dispatch(now);
  }

  /** Drops every waiting request whose wait has reached the timeout; re-arms for the next one. */
  private onQueueTimeout(now: number): void {
    this.timeoutPending = false;
    const queue = this.queue;
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
      this.queueLength.set(now, queue.length);
      this.inSystem.add(now, -dropped);
    }
    if (queue.length > 0) {
      this.timeoutPending = true;
      this.kernel.schedule(queue.peekTime() + this.timeoutMs, QUEUE_TIMEOUT);
    }
  }

  private startMeasuring(now: number): void {
    this.measuring = true;
    this.measureFromMs = now;
    this.queueLength.restart(now);
    this.busyServers.restart(now);
    this.inSystem.restart(now);
  }
}
