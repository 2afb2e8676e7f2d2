import type { QuantileSummary } from '../../sim/stats/histogram.ts';
import type { SeriesData } from '../../sim/stats/series.ts';
import type { OverAllEvents } from '../headline.ts';
import type { RolloutReport } from './rollout-driver.ts';

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
  /** Answered, whether the answer was a prediction or an error. */
  completed: number;
  /** Answered with an error (a 5xx): no usable prediction. */
  failed: number;
  rejected: number;
  timedOut: number;
  inFlight: number;
}

export interface OnlineReport {
  mode: 'online';
  seed: number;
  counts: OnlineCounts;
  latencyMs: QuantileSummary;
  /** Every request of the window: refused, timed out, errors and those in flight got none. */
  overAll: OverAllEvents;
  waitMs: QuantileSummary;
  utilization: number;
  throughputPerS: number;
  meanBatchSize: number;
  meanQueueLength: number;
  meanInSystem: number;
  /**
   * Offered load per replica with full batches, for the version(s) serving at the end (by their
   * shares of the traffic): >= 1 means the queue grows without bound.
   */
  offeredUtilization: number;
  unstable: boolean;
  /** Replicas that existed (starting, ready or draining) over the measured time. */
  replicas: { min: number; max: number; mean: number };
  coldStarts: number;
  /** Mean replicas x price per replica-hour. */
  costPerHour: number;
  /** Requests completed, and failed, by each model version (a rollout has two). */
  completedByVersion: number[];
  failedByVersion: number[];
  /** The model swap: its steps, analyses and outcome; null without one. */
  rollout: RolloutReport | null;
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
