import type { OverAllEvents } from '../headline.ts';
import type { QuantileSummary } from '../../sim/stats/histogram.ts';
import type { SeriesData } from '../../sim/stats/series.ts';

export interface BatchCounts {
  /** Schedule ticks: every one is started, skipped or still queued at the end. */
  runsScheduled: number;
  runsStarted: number;
  /** Runs that published their predictions. */
  runsCompleted: number;
  /** Runs whose every attempt failed: they published nothing. */
  runsFailed: number;
  runsSkipped: number;
  /** Intervals still in the backlog when the schedule ended (queue policy). */
  runsQueuedAtEnd: number;
  /** Runs still going when the report was taken (0 after a whole run: they are let finish). */
  runsActiveAtEnd: number;
  /** Attempts after the first, over all runs. */
  retries: number;
  /** Most runs active at once (Airflow's max_active_runs counts the same runs). */
  maxConcurrentRuns: number;
  /** Mean time from a run's first attempt to its end, retries included, ms. */
  meanRunMs: number;
}

export interface BatchReport {
  mode: 'batch';
  seed: number;
  batch: BatchCounts;
  /** From each event to the publication that makes its prediction usable, ms (event-ages.ts). */
  eventToPredictionMs: QuantileSummary;
  /** Every event of the window (to the last tick): those no published run covered got none. */
  overAll: OverAllEvents;
  /** Rows whose predictions were published. */
  rowsPublished: number;
  /** Age of the data behind each served prediction: query time - start of the run, ms. */
  stalenessMs: { mean: number; max: number };
  /** Lookups answered, and lookups before the first publication (nothing to serve). */
  queries: { served: number; missed: number };
  /** Lookup latency of served queries, ms. */
  latencyMs: QuantileSummary;
  /** Busy worker time / (workers x simulated time). */
  utilization: number;
  /** Share of simulated time the ephemeral batch cluster is up (an attempt is executing). */
  clusterUpShare: number;
  /** Rows of published predictions per simulated second. */
  throughputPerS: number;
  /** Workers x clusterUpShare x price per worker-hour. */
  costPerHour: number;
  /** Worker-hours paid: each worker while the cluster is up. */
  workerHours: number;
  /** The schedule's duration, or longer when the last runs finish after it, ms. */
  simulatedMs: number;
  engine: { events: number };
  series?: SeriesData;
}

/** The statecharts' states for a UI snapshot: plain JSON. */
export interface BatchMachineStates {
  scheduler: string;
  backlog: number;
  runs: Array<{ runId: number; state: string; attempt: number }>;
}
