import { createActor, type Actor } from 'xstate';
import { Kernel } from '../../sim/kernel.ts';
import { Rng } from '../../sim/rng.ts';
import { createDistribution, type Distribution } from '../../sim/distributions.ts';
import { PoissonArrivals } from '../../sim/arrivals.ts';
import { RequestQueue } from '../../sim/request-queue.ts';
import { LogHistogram } from '../../sim/stats/histogram.ts';
import { TimeWeighted } from '../../sim/stats/time-weighted.ts';
import { RecentEvents } from '../../sim/stats/recent-events.ts';
import { SeriesRecorder } from '../../sim/stats/series.ts';
import {
  assignPartitions,
  consumerGroupMachine,
  idleConsumerCount,
  type Assignment,
} from '../../machines/consumer-group.ts';
import { groupSizes, STREAMING_DEFAULTS, type StreamingConfig } from './config.ts';
import {
  backpressureLevel,
  STREAMING_SERIES,
  StreamingEventKind,
  type StreamingMachineStates,
  type StreamingReport,
} from './report.ts';
import { takeOldest } from './take.ts';
import { boundaryAfter, boundaryFrom } from './trigger.ts';
import { retuneFields } from '../retune.ts';
import type { PartitionView } from './report.ts';

/** Event kinds on the calendar; the payload is named beside each. */
const PRODUCE = 0; // partition
const TRIGGER = 1; // consumer
const BATCH_END = 2; // consumer
const MEMBERS_CHANGE = 3; // index into params.consumersChanges
const REBALANCE_DONE = 4; // group generation

/** Every parameter, in the order `retune` reports the ones it could not apply. */
const STREAMING_FIELDS = Object.keys(STREAMING_DEFAULTS) as Array<keyof StreamingConfig>;
/**
 * Fields only a new run can change: the topic's layout and the assignor shape every assignment
 * (Kafka cannot shrink a topic either), the scripted membership changes are indexed by the
 * calendar, and the seed names every random stream.
 */
const FIXED_FIELDS: ReadonlyArray<keyof StreamingConfig> = [
  'partitions',
  'assignor',
  'consumersChanges',
  'seed',
];
/** Applied after the other fields: a membership change at once uses the new rebalance pause. */
const APPLY_LAST: ReadonlyArray<keyof StreamingConfig> = ['consumers'];

/** What each consumer's micro-batch loop is doing. */
const UNASSIGNED = 0; // owns no partition, or the group is rebalancing
const IDLE = 1; // found no data: wakes at the first trigger boundary after a record arrives
const WAITING = 2; // a trigger is scheduled at triggerAt[c]
const BUSY = 3; // running a micro-batch

export interface StreamingOptions {
  /** Recent events kept for animation (0 keeps none). */
  recentEvents?: number;
  /** Record down-sampled time series of STREAMING_SERIES. */
  series?: boolean;
}

/**
 * Streaming serving: Poisson producers write to a partitioned topic; a Kafka-style consumer group
 * reads it, each partition owned by exactly one consumer; each consumer runs a Spark Structured
 * Streaming micro-batch loop with a processing-time trigger and emits a prediction per record at
 * the end of each batch, when it also commits the batch's offsets.
 *
 * Records are plain numbers in per-partition logs (DESIGN.md: requests are never actors). The
 * consumer-group statechart owns the assignment: this class only reacts to its commands.
 */
export class StreamingSimulation {
  readonly kernel = new Kernel();
  /** The parameters in force: the constructor's, with every change `retune` applied. */
  private current: StreamingConfig;
  readonly recent: RecentEvents;
  readonly latency = new LogHistogram();
  /** Consumers running a batch; consumers owning a partition; consumers paid for. */
  readonly busy = new TimeWeighted();
  readonly active = new TimeWeighted();
  readonly provisioned = new TimeWeighted();

  private readonly group: Actor<typeof consumerGroupMachine>;
  private service: Distribution;
  private readonly serviceRng: Rng;
  private readonly partitionCount: number;
  // Per partition: the uncommitted, not yet taken records; offsets; the owning consumer.
  private readonly logs: RequestQueue[] = [];
  private readonly producers: PoissonArrivals[] = [];
  private readonly producerRngs: Rng[] = [];
  /**
   * A PRODUCE payload is produceBase + partition. The calendar cannot cancel, so when `retune`
   * redraws every producer it moves the base past the old payloads, which are then ignored.
   */
  private produceBase = 0;
  private readonly logEnd: Float64Array;
  private readonly committed: Float64Array;
  private readonly inBatch: Int32Array;
  private readonly owner: Int32Array;
  // Per consumer, sized for the largest group of the run (grown if a retune enlarges it).
  private partitionsOf: Assignment = [];
  private state: Uint8Array;
  private triggerAt: Float64Array;
  private nextTrigger: Float64Array;
  private batchSize: Int32Array;
  private batchRate: Float64Array;
  private readonly batchTimes: Float64Array[];
  private processing = false;
  private revokePending = false;
  private busyCount = 0;
  /** Records per ms being emitted by the running batches, spread over each batch's duration. */
  private outRate = 0;
  private produced = 0;
  private processed = 0;
  private lagPeak = 0;
  private rebalances = 0;
  private readonly seriesRecorder: SeriesRecorder | null;
  private readonly seriesValues = new Float64Array(STREAMING_SERIES.length);

  constructor(params: StreamingConfig, options: StreamingOptions = {}) {
    const p = params;
    this.current = params;
    const P = p.partitions;
    this.partitionCount = P;
    this.service = createDistribution(p.service);
    this.serviceRng = Rng.stream(p.seed, 'service');
    this.recent = new RecentEvents(options.recentEvents ?? 0);
    this.seriesRecorder = options.series ? new SeriesRecorder(STREAMING_SERIES) : null;
    // A Poisson stream split at random is a Poisson stream of rate / P per partition, so each
    // partition gets its own generator, and its log can regenerate what it does not store.
    // The stored records are shared out so that all logs together keep at most about 2^20.
    const storedPerLog = Math.max(1024, Math.floor((1 << 20) / P));
    for (let q = 0; q < P; q++) {
      this.logs.push(new RequestQueue(storedPerLog, 64));
      this.producerRngs.push(Rng.stream(p.seed, `partition-${q}`));
      this.producers.push(new PoissonArrivals(p.arrivalRatePerS / P, this.producerRngs[q]));
    }
    this.logEnd = new Float64Array(P);
    this.committed = new Float64Array(P);
    this.inBatch = new Int32Array(P);
    this.owner = new Int32Array(P).fill(-1);
    const maxConsumers = Math.max(...groupSizes(p));
    this.state = new Uint8Array(maxConsumers);
    this.triggerAt = new Float64Array(maxConsumers);
    this.nextTrigger = new Float64Array(maxConsumers);
    this.batchSize = new Int32Array(maxConsumers);
    this.batchRate = new Float64Array(maxConsumers);
    this.batchTimes = Array.from({ length: maxConsumers }, () => new Float64Array(0));
    this.provisioned.set(0, p.consumers);

    this.kernel.setHandler((kind, payload, now) => this.handle(kind, payload, now));
    this.group = createActor(consumerGroupMachine, {
      input: { partitions: P, consumers: p.consumers, assignor: p.assignor },
    });
    this.group.on('assignmentChanged', (e) =>
      this.onAssignment(e.assignment, e.generation, e.nowMs),
    );
    this.group.on('paused', (e) => this.onPaused(e.consumers, e.nowMs));
    this.group.on('revoked', (e) => this.onRevoked(e.consumers, e.generation, e.nowMs));
    this.group.start();
    for (let q = 0; q < P; q++) this.kernel.schedule(this.producers[q].next(), PRODUCE, q);
    p.consumersChanges.forEach((change, i) =>
      this.kernel.schedule(change.atS * 1000, MEMBERS_CHANGE, i),
    );
  }

  /** The parameters in force (the constructor's, with the changes `retune` applied). */
  get params(): StreamingConfig {
    return this.current;
  }

  /** Runs for the whole duration and reports. */
  run(): StreamingReport {
    this.kernel.runUntil(this.params.durationS * 1000);
    return this.report();
  }

  /** Advances simulated time to `untilMs` (for a paced UI). */
  advance(untilMs: number): void {
    this.kernel.runUntil(untilMs);
  }

  /**
   * Applies, from the current simulated time, every field of `next` (already validated) that
   * differs from the params in force and can change mid-run; returns the names of the differing
   * fields that cannot (FIXED_FIELDS, and a duration already over), in STREAMING_FIELDS order.
   * From now: the producers' rate (Poisson, so memoryless: each partition's pending record is
   * dropped and the next drawn at the new rate) and the group's size (a membership change now,
   * which rebalances like a scripted one); for micro-batches started from now: trigger interval,
   * batch size, overheads and record cost; for rebalances from now: their pause; and the price.
   */
  retune(next: StreamingConfig): string[] {
    return retuneFields(
      this.current,
      next,
      STREAMING_FIELDS,
      (field) => this.canRetune(field, next),
      (params, field) => {
        this.current = params;
        this.applyRetune(field);
      },
      APPLY_LAST,
    );
  }

  /** Each partition's offsets and owner, for the lab's partition view: O(partitions). */
  partitionViews(): PartitionView[] {
    const views: PartitionView[] = [];
    for (let q = 0; q < this.partitionCount; q++) {
      const owner = this.owner[q];
      views.push({
        logEnd: this.logEnd[q],
        committed: this.committed[q],
        consumer: owner >= 0 ? owner : null,
      });
    }
    return views;
  }

  /** The consumer group's statechart state and assignment, as plain JSON. */
  machineStates(): StreamingMachineStates {
    const snapshot = this.group.getSnapshot();
    const c = snapshot.context;
    return {
      consumerGroup: {
        state: JSON.parse(JSON.stringify(snapshot.value)) as string | Record<string, string>,
        generation: c.generation,
        consumers: c.consumers,
        partitions: c.partitions,
        assignment: c.assignment.map((parts) => [...parts]),
      },
    };
  }

  report(): StreamingReport {
    const p = this.params;
    const now = this.kernel.now;
    const seconds = now / 1000;
    const context = this.group.getSnapshot().context;
    const activeArea = this.active.average(now);
    const provisionedArea = this.provisioned.average(now);
    const busyArea = this.busy.average(now);
    const backpressure = activeArea > 0 ? busyArea / activeArea : 0;
    const lagByPartition = Array.from(this.logEnd, (end, q) => end - this.committed[q]);
    const pending = this.produced - this.processed;
    const throughputOutPerS = seconds > 0 ? this.processed / seconds : 0;
    const report: StreamingReport = {
      mode: 'streaming',
      seed: p.seed,
      streaming: {
        idleConsumers: idleConsumerCount(
          assignPartitions(p.partitions, context.consumers, p.assignor),
        ),
        lag: { final: pending, max: this.lagPeak },
        backpressure,
        backpressureLevel: backpressureLevel(backpressure),
        lagByPartition,
        throughputInPerS: seconds > 0 ? this.produced / seconds : 0,
        throughputOutPerS,
        rebalances: this.rebalances,
      },
      counts: { produced: this.produced, processed: this.processed, pending },
      latencyMs: this.latency.summary(),
      utilization: provisionedArea > 0 ? busyArea / provisionedArea : 0,
      throughputPerS: throughputOutPerS,
      costPerHour: provisionedArea * p.pricePerHour,
      consumerHours: (provisionedArea * now) / 3_600_000,
      activeConsumers: activeArea,
      engine: { events: this.kernel.events },
    };
    if (this.seriesRecorder !== null) report.series = this.seriesRecorder.finish(now);
    return report;
  }

  private handle(kind: number, payload: number, now: number): void {
    if (kind === PRODUCE) {
      // Below the base: a record of a producer that a retune has replaced.
      if (payload >= this.produceBase) this.onProduce(payload - this.produceBase, now);
    } else if (kind === TRIGGER) {
      if (this.state[payload] === WAITING && this.triggerAt[payload] === now) {
        this.startBatch(payload, now);
      }
    } else if (kind === BATCH_END) this.onBatchEnd(payload, now);
    else if (kind === MEMBERS_CHANGE) {
      this.changeMembers(this.params.consumersChanges[payload].consumers, now);
    } else this.group.send({ type: 'REBALANCE_DONE', generation: payload, nowMs: now });
  }

  private onProduce(partition: number, now: number): void {
    const offset = this.logEnd[partition]++;
    this.logs[partition].push(now, offset, this.producers[partition]);
    this.produced++;
    const lag = this.produced - this.processed;
    if (lag > this.lagPeak) this.lagPeak = lag;
    this.recent.push(now, StreamingEventKind.produced, offset, partition);
    // Drawn after the push: the log may clone the producer, and the clone must stand just after
    // this record.
    this.kernel.schedule(this.producers[partition].next(), PRODUCE, this.produceBase + partition);
    const c = this.owner[partition];
    if (this.processing && c >= 0 && this.state[c] === IDLE)
      this.wait(c, boundaryFrom(now, this.params.triggerMs));
    this.recordSeries(now);
  }

  /** The group becomes `consumers` members: the coordinator starts a rebalance if that is a change. */
  private changeMembers(consumers: number, now: number): void {
    this.recent.push(now, StreamingEventKind.membersChanged, consumers, -1);
    this.group.send({ type: 'MEMBERS_CHANGED', consumers, nowMs: now });
    this.revokeIfDrained(now);
  }

  /**
   * Spark's ProcessingTimeExecutor: at a trigger it notes the next boundary (the first multiple
   * of the interval after now), runs the batch if there is new data, then waits until that
   * boundary; if the batch overran it, the next starts at once. Batches never overlap.
   */
  private startBatch(c: number, now: number): void {
    const parts = this.partitionsOf[c];
    let available = 0;
    for (const q of parts) available += this.logs[q].length;
    if (available === 0) {
      this.state[c] = IDLE;
      return;
    }
    const size = Math.min(available, this.params.maxBatch);
    if (this.batchTimes[c].length < size) {
      const grown = Math.min(this.params.maxBatch, Math.max(size, 2 * this.batchTimes[c].length));
      this.batchTimes[c] = new Float64Array(grown);
    }
    takeOldest(this.logs, parts, size, this.batchTimes[c], this.inBatch);
    let costMs = this.params.batchOverheadMs;
    for (let i = 0; i < size; i++) costMs += this.service.sample(this.serviceRng);
    this.state[c] = BUSY;
    this.batchSize[c] = size;
    this.nextTrigger[c] = boundaryAfter(now, this.params.triggerMs);
    this.busy.set(now, ++this.busyCount);
    // Spread the batch's output over its duration, so that the series' throughput integrates to
    // the records emitted. A zero-cost batch cannot happen: service means are positive.
    this.batchRate[c] = costMs > 0 ? size / costMs : 0;
    this.outRate += this.batchRate[c];
    this.recent.push(now, StreamingEventKind.batchStarted, size, c);
    this.kernel.schedule(now + costMs, BATCH_END, c);
    this.recordSeries(now);
  }

  /** Emits the batch's predictions and commits its offsets, then runs the trigger loop on. */
  private onBatchEnd(c: number, now: number): void {
    const size = this.batchSize[c];
    const times = this.batchTimes[c];
    for (let i = 0; i < size; i++) this.latency.record(now - times[i]);
    this.processed += size;
    for (const q of this.partitionsOf[c]) {
      this.committed[q] += this.inBatch[q];
      this.inBatch[q] = 0;
    }
    this.batchSize[c] = 0;
    this.busy.set(now, --this.busyCount);
    this.outRate = this.busyCount === 0 ? 0 : this.outRate - this.batchRate[c];
    this.recent.push(now, StreamingEventKind.batchEnded, size, c);
    if (!this.processing) {
      this.state[c] = UNASSIGNED;
      this.revokeIfDrained(now);
    } else if (now >= this.nextTrigger[c]) {
      this.startBatch(c, now);
    } else {
      this.wait(c, this.nextTrigger[c]);
    }
    this.recordSeries(now);
  }

  private wait(c: number, at: number): void {
    this.state[c] = WAITING;
    this.triggerAt[c] = at;
    this.kernel.schedule(at, TRIGGER, c);
  }

  /** The group stops processing: running batches finish and commit, nothing new starts. */
  private onPaused(consumers: number, now: number): void {
    this.processing = false;
    this.revokePending = true;
    for (let c = 0; c < this.state.length; c++)
      if (this.state[c] !== BUSY) this.state[c] = UNASSIGNED;
    // A joining consumer is paid for from the moment it joins; a leaving one until it has revoked.
    this.provisioned.set(now, Math.max(this.provisioned.value, consumers));
    this.recordSeries(now);
  }

  /** Once no batch is running every member has committed: the revocation is complete. */
  private revokeIfDrained(now: number): void {
    if (this.revokePending && this.busyCount === 0) {
      this.revokePending = false;
      this.group.send({ type: 'PARTITIONS_REVOKED', nowMs: now });
    }
  }

  private onRevoked(consumers: number, generation: number, now: number): void {
    this.owner.fill(-1);
    this.partitionsOf = [];
    this.active.set(now, 0);
    this.provisioned.set(now, consumers);
    this.recent.push(now, StreamingEventKind.revoked, generation, -1);
    this.kernel.schedule(now + this.params.rebalanceMs, REBALANCE_DONE, generation);
    this.recordSeries(now);
  }

  /** The group's command: consumers take their new partitions and resume their trigger loops. */
  private onAssignment(assignment: Assignment, generation: number, now: number): void {
    this.partitionsOf = assignment;
    let active = 0;
    assignment.forEach((parts, c) => {
      for (const q of parts) this.owner[q] = c;
      if (parts.length === 0) return;
      active++;
      this.state[c] = IDLE;
      let available = 0;
      for (const q of parts) available += this.logs[q].length;
      if (available > 0) this.wait(c, boundaryFrom(now, this.params.triggerMs));
    });
    this.active.set(now, active);
    this.processing = true;
    if (generation > 0) this.rebalances++;
    this.recent.push(now, StreamingEventKind.assigned, generation, -1);
    this.recordSeries(now);
  }

  // ---- Mid-run changes (retune) ----

  private canRetune(field: keyof StreamingConfig, next: StreamingConfig): boolean {
    if (FIXED_FIELDS.includes(field)) return false;
    switch (field) {
      // A log regenerating its unstored tail replays the old producer, no longer the real one.
      case 'arrivalRatePerS':
        return this.logs.every((log) => log.unstoredCount === 0);
      case 'durationS':
        return next.durationS * 1000 >= this.kernel.now;
      default:
        return true;
    }
  }

  /** Carries a change out; `this.current` already holds the new value. */
  private applyRetune(field: keyof StreamingConfig): void {
    const p = this.current;
    const now = this.kernel.now;
    switch (field) {
      case 'arrivalRatePerS':
        return this.restartProducers(p.arrivalRatePerS, now);
      case 'consumers':
        this.ensureConsumerSlots(p.consumers);
        return this.changeMembers(p.consumers, now);
      case 'service':
        this.service = createDistribution(p.service);
        return;
      default:
        // Read from the params when used: trigger, batch size and overhead by each micro-batch,
        // the pause by each rebalance, the duration by run(), the price by the report.
        return;
    }
  }

  /** Each partition's producer restarts at its share of the new rate, drawing from now. */
  private restartProducers(ratePerS: number, now: number): void {
    const P = this.partitionCount;
    this.produceBase += P;
    for (let q = 0; q < P; q++) {
      this.producers[q] = new PoissonArrivals(ratePerS / P, this.producerRngs[q], now);
      this.kernel.schedule(this.producers[q].next(), PRODUCE, this.produceBase + q);
    }
  }

  /** Grows the per-consumer arrays for a group larger than any the run was sized for. */
  private ensureConsumerSlots(consumers: number): void {
    const old = this.state.length;
    if (consumers <= old) return;
    const widen = <T extends Uint8Array | Float64Array | Int32Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.state = widen(this.state, new Uint8Array(consumers));
    this.triggerAt = widen(this.triggerAt, new Float64Array(consumers));
    this.nextTrigger = widen(this.nextTrigger, new Float64Array(consumers));
    this.batchSize = widen(this.batchSize, new Int32Array(consumers));
    this.batchRate = widen(this.batchRate, new Float64Array(consumers));
    for (let c = old; c < consumers; c++) this.batchTimes.push(new Float64Array(0));
  }

  private recordSeries(now: number): void {
    const recorder = this.seriesRecorder;
    if (recorder === null) return;
    const v = this.seriesValues;
    const provisioned = this.provisioned.value;
    v[0] = this.produced - this.processed;
    v[1] = this.busyCount;
    v[2] = this.active.value;
    v[3] = provisioned > 0 ? this.busyCount / provisioned : 0;
    v[4] = this.outRate * 1000;
    recorder.set(now, v);
  }
}
