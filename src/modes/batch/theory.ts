import { createDistribution } from '../../sim/distributions.ts';
import type { BatchConfig } from './config.ts';

/** What theory says about a batch schedule whose runs never overlap and never fail. */
export interface BatchTheory {
  /** Mean duration D of a run alone on the cluster: set-up + rows x mean row cost / workers. */
  loneRunMs: number;
  /**
   * Staleness of served predictions: a run starts at t and publishes at t + D, so a query at a
   * random time reads data D to D + T old: mean D + T/2, maximum D + T (REFERENCE.md, "Batch").
   * With a random D the mean is still E[D] + T/2: over one cycle the area under the staleness
   * sawtooth is ((T + D')^2 - D^2) / 2 with D, D' independent and alike.
   */
  stalenessMs: { mean: number; max: number };
  /**
   * Event to usable prediction: an event waits for the next cut-off, uniform over the interval,
   * then for its run, D: mean T/2 + D, 99th percentile 0.99 T + D (D taken as constant).
   */
  eventToPredictionMs: { mean: number; p99: number };
}

/**
 * The formula's conditions: no failures, and runs that end before the next tick even when slow
 * (the mean duration plus four standard deviations of its row-cost sum fits in the interval);
 * then every policy behaves alike, and null is returned otherwise.
 */
export function batchTheory(p: BatchConfig): BatchTheory | null {
  if (p.failureProb > 0) return null;
  const row = createDistribution(p.service);
  const intervalMs = p.intervalS * 1000;
  // A stream of events gives Poisson(rate x T) rows a run; its variance adds to the rows' own.
  const rows = p.arrivalRatePerS === null ? p.rows : p.arrivalRatePerS * p.intervalS;
  const rowsVariance = p.arrivalRatePerS === null ? 0 : rows;
  // t(b) = a + c b per model call of `batchSize` rows (REFERENCE.md, dynamic batching).
  const callsMs = Math.ceil(rows / p.batchSize) * p.batchOverheadMs;
  const loneRunMs = p.setupMs + (rows * row.mean + callsMs) / p.workers;
  const sdMs = (Math.sqrt(rows * row.cv2 + rowsVariance) * row.mean) / p.workers;
  if (loneRunMs + 4 * sdMs >= intervalMs) return null;
  return {
    loneRunMs,
    stalenessMs: { mean: loneRunMs + intervalMs / 2, max: loneRunMs + intervalMs },
    eventToPredictionMs: { mean: loneRunMs + intervalMs / 2, p99: loneRunMs + 0.99 * intervalMs },
  };
}
