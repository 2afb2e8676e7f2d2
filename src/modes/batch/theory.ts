import { createDistribution } from '../../sim/distributions.ts';
import type { BatchParams } from './config.ts';

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
}

/**
 * The formula's conditions: no failures, and runs that end before the next tick even when slow
 * (the mean duration plus four standard deviations of its row-cost sum fits in the interval);
 * then every policy behaves alike, and null is returned otherwise.
 */
export function batchTheory(p: BatchParams): BatchTheory | null {
  if (p.failureProb > 0) return null;
  const row = createDistribution(p.service);
  const loneRunMs = p.setupMs + (p.rows * row.mean) / p.workers;
  const sdMs = (Math.sqrt(p.rows * row.cv2) * row.mean) / p.workers;
  const intervalMs = p.intervalS * 1000;
  if (loneRunMs + 4 * sdMs >= intervalMs) return null;
  return {
    loneRunMs,
    stalenessMs: { mean: loneRunMs + intervalMs / 2, max: loneRunMs + intervalMs },
  };
}
