import { validateDistribution } from '../../sim/distribution-spec.ts';
import { ParamError, checkNumber } from '../../sim/param-error.ts';
import type { DistributionSpec } from '../../sim/distributions.ts';

/**
 * What happens when a schedule tick fires while an earlier run is still active, in Airflow's
 * terms (DAG parameters `max_active_runs` and `catchup`, Airflow docs "DAG Runs" and "Catchup"):
 * - skip: `max_active_runs=1`, catch-up off: the interval is not run at all;
 * - queue: `max_active_runs=1`, catch-up on: missed intervals run later, one after another;
 * - allow: no cap: the run starts on time and shares the workers with the runs still going.
 */
export const OVERLAP_POLICIES = ['skip', 'queue', 'allow'] as const;
export type OverlapPolicy = (typeof OVERLAP_POLICIES)[number];

/**
 * Parameters of batch deployment: a scheduled job scores `rows` rows on a cluster of `workers`,
 * publishes its predictions to a store, and clients look predictions up. The real-world setting
 * each one stands for is named beside it.
 */
export interface BatchParams {
  /** Seconds between schedule ticks (the Airflow DAG's `schedule`, e.g. 3600 for @hourly). */
  intervalS: number;
  /** Rows scored by one run. */
  rows: number;
  /** Worker time to score one row, ms. */
  service: DistributionSpec;
  /** Workers of the batch cluster; overlapping runs share them equally. */
  workers: number;
  /** Fixed time per attempt before scoring starts (start the job cluster, load the model), ms. */
  setupMs: number;
  overlapPolicy: OverlapPolicy;
  /** Simulated seconds of schedule; runs still going then are allowed to finish. */
  durationS: number;
  /** Client lookups per second (Poisson); 0 for none. */
  queryRatePerS: number;
  /** Latency of one lookup in the prediction store, ms. */
  lookup: DistributionSpec;
  /** Probability that an attempt fails (and publishes nothing). */
  failureProb: number;
  /** Attempts after the first that a failed run may make (Airflow `retries`, default 0). */
  retries: number;
  /** Seconds between a failure and the next attempt (Airflow `retry_delay`); null: the default. */
  retryDelayS: number | null;
  /** Price of one worker-hour of the batch cluster, in any currency. */
  pricePerHour: number;
  seed: number;
}

/** Airflow's default `retry_delay` is timedelta(seconds=300) (Airflow docs, BaseOperator). */
export const AIRFLOW_DEFAULT_RETRY_DELAY_S = 300;

export const BATCH_DEFAULTS: BatchParams = {
  intervalS: 60,
  rows: 20_000,
  service: { kind: 'exponential', mean: 1 },
  workers: 1,
  setupMs: 0,
  overlapPolicy: 'skip',
  durationS: 86_400,
  queryRatePerS: 2,
  // A lookup in a key-value table: "faster than waiting for a model" (the slide deck).
  lookup: { kind: 'deterministic', mean: 2 },
  failureProb: 0,
  retries: 0,
  retryDelayS: null,
  pricePerHour: 1,
  seed: 1,
};

/** The retry delay in force, ms. */
export function retryDelayMs(p: BatchParams): number {
  return (p.retryDelayS ?? AIRFLOW_DEFAULT_RETRY_DELAY_S) * 1000;
}

/**
 * Schedule ticks fall at 0, T, 2T, ... strictly before the end of the duration: the k with
 * k x T < duration, counted with the same products the simulation schedules ticks at.
 */
export function scheduledRunCount(p: BatchParams): number {
  const durationMs = p.durationS * 1000;
  const intervalMs = p.intervalS * 1000;
  let n = Math.ceil(durationMs / intervalMs);
  while (n > 1 && (n - 1) * intervalMs >= durationMs) n--;
  while (n * intervalMs < durationMs) n++;
  return n;
}

/**
 * Work budgets that keep one simulation to seconds of CPU and bounded memory. Every tick is a few
 * statechart steps and usually a run actor's whole life (about 0.1 ms of CPU in xstate 5), so
 * 100,000 ticks (a day at 1 s, ten weeks at 60 s) take about ten seconds. Under `allow` every
 * overlapping run is a live actor of about 5 KB, and an overloaded schedule keeps nearly all of
 * them alive, so it gets a fifth of the ticks (about 100 MB at worst).
 */
const MAX_TICKS = 100_000;
const MAX_TICKS_ALLOW = 20_000;
const MAX_SAMPLED_ROWS = 1_000_000_000;
const MAX_QUERIES = 1_000_000_000;
const DAY_MS = 86_400_000;

/**
 * Checks every field against its accepted range and the combinations that contradict each other;
 * throws a ParamError naming the first bad field. Shared by the CLI, the URL parser and the lab.
 */
export function validateBatchParams(p: BatchParams): BatchParams {
  checkNumber('intervalS', p.intervalS, { min: 0, max: 31_536_000, exclusiveMin: true });
  checkNumber('rows', p.rows, { min: 1, max: 1_000_000_000, integer: true });
  validateDistribution('service', p.service);
  checkNumber('workers', p.workers, { min: 1, max: 100_000, integer: true });
  checkNumber('setupMs', p.setupMs, { min: 0, max: DAY_MS });
  if (!OVERLAP_POLICIES.includes(p.overlapPolicy))
    throw new ParamError('overlapPolicy', OVERLAP_POLICIES.join(', '), p.overlapPolicy);
  checkNumber('durationS', p.durationS, { min: 0, max: 1e9, exclusiveMin: true });
  const ticks = scheduledRunCount(p);
  const maxTicks = p.overlapPolicy === 'allow' ? MAX_TICKS_ALLOW : MAX_TICKS;
  if (ticks > maxTicks) {
    throw new ParamError(
      'durationS',
      `at most ${maxTicks} intervals long (${maxTicks * p.intervalS} s at this interval` +
        `${p.overlapPolicy === 'allow' ? ' under the allow policy' : ''})`,
      p.durationS,
    );
  }
  // A deterministic cost is multiplied, not sampled, so only other distributions use the budget.
  if (p.service.kind !== 'deterministic' && p.rows * ticks > MAX_SAMPLED_ROWS) {
    throw new ParamError(
      'rows',
      `at most ${Math.floor(MAX_SAMPLED_ROWS / ticks)} with ${ticks} runs (a budget of ` +
        `${MAX_SAMPLED_ROWS} sampled rows; a deterministic service has no limit)`,
      p.rows,
    );
  }
  checkNumber('queryRatePerS', p.queryRatePerS, {
    min: 0,
    max: Math.min(1e7, MAX_QUERIES / p.durationS),
  });
  validateDistribution('lookup', p.lookup);
  checkNumber('failureProb', p.failureProb, { min: 0, max: 1 });
  checkNumber('retries', p.retries, { min: 0, max: 100, integer: true });
  if (p.retryDelayS !== null) {
    checkNumber('retryDelayS', p.retryDelayS, { min: 0, max: 1e7 });
    if (p.retries === 0) {
      throw new ParamError(
        'retryDelayS',
        'left unset while retries is 0 (there is no retry to delay)',
        p.retryDelayS,
      );
    }
  }
  checkNumber('pricePerHour', p.pricePerHour, { min: 0, max: 1e6 });
  checkNumber('seed', p.seed, { min: 0, max: 4_294_967_295, integer: true });
  return p;
}
