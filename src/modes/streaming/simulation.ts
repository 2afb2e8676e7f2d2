import { quantileOverAll } from '../../sim/stats/histogram.ts';
import { createActor, type Actor } from 'xstate';
import {
  assignPartitions,
  consumerGroupMachine,
  idleConsumerCount,
  type Assignment,
} from '../../machines/consumer-group.ts';
import { createDistribution } from '../../sim/distributions.ts';
import { STREAMING_DEFAULTS, type StreamingConfig } from './config.ts';
import {
  BUSY,
  CONTROL_EVENTS,
  IDLE,
  StreamingDataPlane,
  UNASSIGNED,
  type StreamingOptions,
} from './data-plane.ts';
import {
  backpressureLevel,
  StreamingEventKind,
  type StreamingMachineStates,
  type StreamingReport,
} from './report.ts';
import { boundaryFrom } from './trigger.ts';
import { retuneFields } from '../retune.ts';

export type { StreamingOptions } from './data-plane.ts';

/** The control plane's event kinds on the calendar; the payload is named beside each. */
const MEMBERS_CHANGE = CONTROL_EVENTS; // index into params.consumersChanges
const REBALANCE_DONE = CONTROL_EVENTS + 1; // group generation

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

/**
 * Streaming serving: the data plane (data-plane.ts) with its control plane, a Kafka-style
 * consumer group whose statechart owns the assignment of partitions to consumers and pauses the
 * group for a rebalance when its membership changes. This class reacts to its commands, and
 * applies changes mid-run.
 */
export class StreamingSimulation extends StreamingDataPlane {
  private readonly group: Actor<typeof consumerGroupMachine>;
  private revokePending = false;
  private rebalances = 0;

  constructor(params: StreamingConfig, options: StreamingOptions = {}) {
    super(params, options);
    const p = params;
    this.provisioned.set(0, p.consumers);
    this.group = createActor(consumerGroupMachine, {
      input: { partitions: p.partitions, consumers: p.consumers, assignor: p.assignor },
    });
    this.group.on('assignmentChanged', (e) =>
      this.onAssignment(e.assignment, e.generation, e.nowMs),
    );
    this.group.on('paused', (e) => this.onPaused(e.consumers, e.nowMs));
    this.group.on('revoked', (e) => this.onRevoked(e.consumers, e.generation, e.nowMs));
    this.group.start();
    p.consumersChanges.forEach((change, i) =>
      this.kernel.schedule(change.atS * 1000, MEMBERS_CHANGE, i),
    );
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
      // A stream drops nothing: records still pending at the end are undecided (headline.ts).
      overAll: { unserved: 0, p99Ms: quantileOverAll(this.latency, 0.99, 0) },
      utilization: provisionedArea > 0 ? busyArea / provisionedArea : 0,
      throughputPerS: throughputOutPerS,
      costPerHour: provisionedArea * p.pricePerHour,
      consumerHours: (provisionedArea * now) / 3_600_000,
      activeConsumers: activeArea,
      consumers: provisionedArea,
      engine: { events: this.kernel.events },
    };
    if (this.seriesRecorder !== null) report.series = this.seriesRecorder.finish(now);
    return report;
  }

  protected handleControl(kind: number, payload: number, now: number): void {
    if (kind === MEMBERS_CHANGE) {
      this.changeMembers(this.params.consumersChanges[payload].consumers, now);
    } else if (kind === REBALANCE_DONE) {
      this.group.send({ type: 'REBALANCE_DONE', generation: payload, nowMs: now });
    }
  }

  protected batchesDrained(now: number): void {
    this.revokeIfDrained(now);
  }

  /** The group becomes `consumers` members: the coordinator starts a rebalance if that is a change. */
  private changeMembers(consumers: number, now: number): void {
    this.recent.push(now, StreamingEventKind.membersChanged, consumers, -1);
    this.group.send({ type: 'MEMBERS_CHANGED', consumers, nowMs: now });
    this.revokeIfDrained(now);
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
}
