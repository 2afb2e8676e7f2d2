import { Kernel } from '../../sim/kernel.ts';
import { Rng } from '../../sim/rng.ts';
import { createDistribution, type Distribution } from '../../sim/distributions.ts';
import { PoissonArrivals } from '../../sim/arrivals.ts';
import { RequestQueue } from '../../sim/request-queue.ts';
import { LogHistogram } from '../../sim/stats/histogram.ts';
import { TimeWeighted } from '../../sim/stats/time-weighted.ts';
import { RecentEvents } from '../../sim/stats/recent-events.ts';
import { SeriesRecorder } from '../../sim/stats/series.ts';
import type { Assignment } from '../../machines/consumer-group.ts';
import { groupSizes, type StreamingConfig } from './config.ts';
import { STREAMING_SERIES, StreamingEventKind, type PartitionView } from './report.ts';
import { PartitionedArrivals } from './partitioned-arrivals.ts';
import { takeOldest } from './take.ts';
import { boundaryAfter, boundaryFrom } from './trigger.ts';

/** Event kinds of the data plane on the calendar; the payload is named beside each. */
const PRODUCE = 0; // (none: the stream's next record)
const TRIGGER = 1; // consumer
const BATCH_END = 2; // consumer
/** The control plane numbers its events from here. */
export const CONTROL_EVENTS = 3;

// A consumer's state in its trigger loop.
export const UNASSIGNED = 0; // owns no partition, or the group is rebalancing
export const IDLE = 1; // found no data: wakes at the first trigger boundary after a record arrives
const WAITING = 2; // a trigger is scheduled at triggerAt[c]
export const BUSY = 3; // running a micro-batch

export interface StreamingOptions {
  /** Recent events kept for animation (0 keeps none). */
  recentEvents?: number;
  /** Record down-sampled time series of STREAMING_SERIES. */
  series?: boolean;
}

/**
 * The data plane of streaming serving (DESIGN.md, "two planes"): Poisson producers write records
 * to a topic's partitions; each consumer that owns partitions runs a Spark Structured Streaming
 * micro-batch loop with a processing-time trigger and emits a prediction per record at the end
 * of each batch, when it also commits the batch's offsets. Records are plain numbers in
 * per-partition logs, never actors. Who owns which partition is the consumer group's business
 * (the control plane, simulation.ts).
 */
export abstract class StreamingDataPlane {
  readonly kernel = new Kernel();
  /** The parameters in force: the constructor's, with every change `retune` applied. */
  protected current: StreamingConfig;
  readonly recent: RecentEvents;
  readonly latency = new LogHistogram();
  /** Consumers running a batch; consumers owning a partition; consumers paid for. */
  readonly busy = new TimeWeighted();
  readonly active = new TimeWeighted();
  readonly provisioned = new TimeWeighted();

  protected service: Distribution;
  private readonly serviceRng: Rng;
  protected readonly partitionCount: number;
  // Per partition: the uncommitted, not yet taken records; offsets; the owning consumer.
  protected readonly logs: RequestQueue[] = [];
  /** The producers' records, each with its partition (partitioned-arrivals.ts). */
  private readonly records: PartitionedArrivals;
  private readonly arrivalRng: Rng;
  /** The next record on the calendar (its handle) and its partition; cancelled when `retune` redraws. */
  private produceHandle = 0;
  private nextPartition = 0;
  /** Each consumer's pending trigger (its handle), cancelled when it waits for another. */
  private readonly triggerHandles: number[] = [];
  protected readonly logEnd: Float64Array;
  protected readonly committed: Float64Array;
  private readonly inBatch: Int32Array;
  protected readonly owner: Int32Array;
  // Per consumer, sized for the largest group of the run (grown if a retune enlarges it).
  protected partitionsOf: Assignment = [];
  protected state: Uint8Array;
  private triggerAt: Float64Array;
  private nextTrigger: Float64Array;
  private batchSize: Int32Array;
  private batchRate: Float64Array;
  private readonly batchTimes: Float64Array[];
  protected processing = false;
  protected busyCount = 0;
  /** Records per ms being emitted by the running batches, spread over each batch's duration. */
  private outRate = 0;
  protected produced = 0;
  protected processed = 0;
  protected lagPeak = 0;
  protected readonly seriesRecorder: SeriesRecorder | null;
  private readonly seriesValues = new Float64Array(STREAMING_SERIES.length);

  constructor(params: StreamingConfig, options: StreamingOptions) {
    const p = params;
    this.current = params;
    const P = p.partitions;
    this.partitionCount = P;
    this.service = createDistribution(p.service);
    this.serviceRng = Rng.stream(p.seed, 'service');
    this.recent = new RecentEvents(options.recentEvents ?? 0);
    this.seriesRecorder = options.series ? new SeriesRecorder(STREAMING_SERIES) : null;
    // One stream of events for every mode (the online requests' generator), each record sent to
    // a random partition; a log regenerates what it does not store from that stream filtered to
    // its partition. The stored records are shared out so all logs keep at most about 2^20.
    this.arrivalRng = Rng.stream(p.seed, 'arrivals');
    this.records = new PartitionedArrivals(
      new PoissonArrivals(p.arrivalRatePerS, this.arrivalRng),
      Rng.stream(p.seed, 'partitioner'),
      P,
    );
    const storedPerLog = Math.max(1024, Math.floor((1 << 20) / P));
    for (let q = 0; q < P; q++) this.logs.push(new RequestQueue(storedPerLog, 64));
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
    this.kernel.setHandler((kind, payload, now) => this.handle(kind, payload, now));
    this.scheduleRecord();
  }

  /** The parameters in force (the constructor's, with the changes `retune` applied). */
  get params(): StreamingConfig {
    return this.current;
  }

  /** The group's events (membership changes, the end of a rebalance pause). */
  protected abstract handleControl(kind: number, payload: number, now: number): void;
  /** No batch is running any more: a pending revocation may complete. */
  protected abstract batchesDrained(now: number): void;

  private handle(kind: number, payload: number, now: number): void {
    if (kind === PRODUCE) {
      this.onProduce(this.nextPartition, now);
    } else if (kind === TRIGGER) {
      if (this.state[payload] === WAITING && this.triggerAt[payload] === now) {
        this.startBatch(payload, now);
      }
    } else if (kind === BATCH_END) this.onBatchEnd(payload, now);
    else this.handleControl(kind, payload, now);
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

  private onProduce(partition: number, now: number): void {
    const offset = this.logEnd[partition]++;
    this.logs[partition].push(now, offset, this.records.source(partition));
    this.produced++;
    const lag = this.produced - this.processed;
    if (lag > this.lagPeak) this.lagPeak = lag;
    this.recent.push(now, StreamingEventKind.produced, offset, partition);
    // Drawn after the push: the log may clone the producer, and the clone must stand just after
    // this record.
    this.scheduleRecord();
    const c = this.owner[partition];
    if (this.processing && c >= 0 && this.state[c] === IDLE)
      this.wait(c, boundaryFrom(now, this.params.triggerMs));
    this.recordSeries(now);
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
      this.batchesDrained(now);
    } else if (now >= this.nextTrigger[c]) {
      this.startBatch(c, now);
    } else {
      this.wait(c, this.nextTrigger[c]);
    }
    this.recordSeries(now);
  }

  protected wait(c: number, at: number): void {
    this.state[c] = WAITING;
    this.triggerAt[c] = at;
    this.kernel.cancel(this.triggerHandles[c] ?? 0);
    this.triggerHandles[c] = this.kernel.schedule(at, TRIGGER, c);
  }

  /** The producers restart at the new rate, drawing from now (Poisson, so memoryless). */
  protected restartProducers(ratePerS: number, now: number): void {
    this.kernel.cancel(this.produceHandle);
    this.records.restart(ratePerS, this.arrivalRng, now);
    this.scheduleRecord();
  }

  private scheduleRecord(): void {
    const at = this.records.next();
    this.nextPartition = this.records.partition;
    this.produceHandle = this.kernel.schedule(at, PRODUCE);
  }

  /** Grows the per-consumer arrays for a group larger than any the run was sized for. */
  protected ensureConsumerSlots(consumers: number): void {
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

  protected recordSeries(now: number): void {
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
