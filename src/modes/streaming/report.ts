import type { OverAllEvents } from '../headline.ts';
import type { QuantileSummary } from '../../sim/stats/histogram.ts';
import type { SeriesData } from '../../sim/stats/series.ts';

/**
 * Flink's back-pressure labels (Flink docs, "Monitoring Back Pressure"): OK for a ratio up to
 * 10%, LOW up to 50%, HIGH above.
 */
export type BackpressureLevel = 'OK' | 'LOW' | 'HIGH';

export function backpressureLevel(ratio: number): BackpressureLevel {
  if (ratio <= 0.1) return 'OK';
  return ratio <= 0.5 ? 'LOW' : 'HIGH';
}

/** What the recent-events buffer records, for animation. */
export const StreamingEventKind = {
  /** id: offset in the partition, where: partition. */
  produced: 0,
  /** id: records in the batch, where: consumer. */
  batchStarted: 1,
  batchEnded: 2,
  /** id: new group size. */
  membersChanged: 3,
  /** id: generation of the rebalance. */
  revoked: 4,
  assigned: 5,
} as const;

/** Names of the down-sampled series (`--series`). */
export const STREAMING_SERIES = [
  'lag',
  'busyConsumers',
  'activeConsumers',
  'utilization',
  'throughputOut',
] as const;

export interface StreamingStats {
  /** Members without a partition at the end (consumers beyond the partition count). */
  idleConsumers: number;
  /** Records written but not yet committed, over all partitions: at the end, and the peak. */
  lag: { final: number; max: number };
  /**
   * Share of time the partition-owning consumers spend running micro-batches. Flink measures
   * back-pressure on the upstream task; a consumer busy this share of the time is what makes its
   * producers wait, so the same labels apply.
   */
  backpressure: number;
  backpressureLevel: BackpressureLevel;
  /** Final lag of each partition (log-end offset - committed offset), records. */
  lagByPartition: number[];
  throughputInPerS: number;
  throughputOutPerS: number;
  /** Completed rebalances (new assignments handed out after a membership change). */
  rebalances: number;
}

export interface StreamingCounts {
  produced: number;
  /** Records whose prediction has been emitted (their micro-batch ended and committed). */
  processed: number;
  /** Records written but not yet committed: waiting in a partition or in a running batch. */
  pending: number;
}

export interface StreamingReport {
  mode: 'streaming';
  seed: number;
  streaming: StreamingStats;
  counts: StreamingCounts;
  /** End to end: prediction emitted - record produced. */
  latencyMs: QuantileSummary;
  /** Every record of the window: those still pending at the end got no prediction in it. */
  overAll: OverAllEvents;
  /** Busy consumer time / provisioned consumer time. */
  utilization: number;
  /** Records processed per second (the same as streaming.throughputOutPerS). */
  throughputPerS: number;
  /** Provisioned consumers (time-weighted mean) x price per consumer-hour. */
  costPerHour: number;
  /** Consumer-hours paid: every member of the group, idle or not. */
  consumerHours: number;
  /** Consumers that own a partition, time-weighted mean: the ones doing work. */
  activeConsumers: number;
  /** Every member of the group, time-weighted mean: the ones paid. */
  consumers: number;
  engine: { events: number };
  series?: SeriesData;
}

/** JSON-ready state of the control plane, for a UI snapshot. */
export interface StreamingMachineStates {
  consumerGroup: {
    /** The statechart's state value: 'assigned', or { rebalancing: 'revoking' | 'syncing' }. */
    state: string | Record<string, string>;
    generation: number;
    consumers: number;
    partitions: number;
    /** Partitions of each consumer; all empty while the group is between assignments. */
    assignment: number[][];
  };
}

/** One partition as the lab's partition view draws it. */
export interface PartitionView {
  /** Offset the next record will get (Kafka's log-end offset). */
  logEnd: number;
  /** Offset the group has committed: everything before it has its prediction. */
  committed: number;
  /** Consumer that owns the partition, null while unassigned (rebalancing, or no consumer). */
  consumer: number | null;
}
