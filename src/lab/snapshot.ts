import type { RecentEvent } from '../sim/stats/recent-events.ts';
import type { OnlineReport } from '../modes/online/simulation.ts';
import type { OnlineTheory } from '../modes/online/theory.ts';
import type { BatchReport } from '../modes/batch/report.ts';
import type { StreamingReport, StreamingMachineStates } from '../modes/streaming/report.ts';
import type { ReplicaState } from '../machines/replica.ts';
import type { CompareSummary } from '../cli/compare-command.ts';

/**
 * What the lab worker sends the page at display rate: plain JSON (structured-clone friendly), a
 * function of the engine's facts only (DESIGN.md: charts never read engine internals).
 */
export type SessionState = 'idle' | 'running' | 'paused' | 'finished';

/** A latency histogram bucket: [lower bound ms, upper bound ms, count]. */
export type HistogramBucket = [number, number, number];

export interface OnlineView {
  report: OnlineReport;
  /** The formula's prediction for these parameters, where one applies (Erlang C, P-K...). */
  theory: OnlineTheory | null;
  /** Every replica that exists, with its statechart's state. */
  replicas: Array<{ slot: number; uid: number; version: number; state: ReplicaState }>;
  /** Each autoscaler's state ('stable' | 'panic'), null for a version without one. */
  autoscalers: Array<string | null>;
  rollout: string | null;
  latencyBuckets: HistogramBucket[];
  /** Requests waiting at the snapshot's moment (the series only has bucket averages). */
  queued: number;
  /** Events since the previous snapshot (bounded), for the request-flow animation. */
  recent: RecentEvent[];
}

/** One batch run as the Gantt chart draws it. */
export interface BatchRunRecord {
  runId: number;
  /** The schedule tick it belongs to, ms. */
  scheduledMs: number;
  /** First attempt's start; null while it waits in the backlog or when skipped. */
  startMs: number | null;
  /** When it published, failed for good, or was skipped; null while it goes on. */
  endMs: number | null;
  outcome: 'queued' | 'running' | 'succeeded' | 'failed' | 'skipped';
  attempts: number;
}

export interface BatchView {
  report: BatchReport;
  scheduler: string;
  /** The most recent runs (bounded), oldest first. */
  runs: BatchRunRecord[];
  stalenessBuckets: HistogramBucket[];
}

export interface PartitionView {
  /** Offset the next record will get (Kafka's log-end offset). */
  logEnd: number;
  /** Offset the group has committed: everything before it has its prediction. */
  committed: number;
  /** Consumer that owns the partition, null while unassigned (rebalancing, or no consumer). */
  consumer: number | null;
}

export interface StreamingView {
  report: StreamingReport;
  group: StreamingMachineStates['consumerGroup'];
  partitions: PartitionView[];
  latencyBuckets: HistogramBucket[];
}

export interface CompareView {
  batch: BatchView;
  online: OnlineView;
  streaming: StreamingView;
  summary: Record<'batch' | 'online' | 'streaming', CompareSummary>;
}

interface SnapshotBase {
  session: SessionState;
  /** Simulated time now and at the end of the run, ms. */
  nowMs: number;
  endMs: number;
  /** Simulated ms per wall-clock ms. */
  speed: number;
  /** Monotonic counter, so the page can tell a fresh snapshot from a repeated one. */
  sequence: number;
}

export type LabSnapshot =
  | (SnapshotBase & { mode: 'online'; online: OnlineView })
  | (SnapshotBase & { mode: 'batch'; batch: BatchView })
  | (SnapshotBase & { mode: 'streaming'; streaming: StreamingView })
  | (SnapshotBase & { mode: 'compare'; compare: CompareView });
