import { parseDistribution } from '../../sim/distribution-spec.ts';
import type { DistributionSpec } from '../../sim/distributions.ts';
import type { OverlapPolicy } from '../../machines/overlap-policy.ts';
import { defaultValues, type ParamRule, type ValuesOf } from '../params/table.ts';
import { BATCH_PARAMS } from './params.ts';

export type BatchValues = ValuesOf<typeof BATCH_PARAMS>;

/**
 * What the batch simulation runs with: the table's values (validated) in the engine's terms.
 * Built only by `batchConfig`, so the table stays the one list of parameters.
 */
export interface BatchConfig {
  /** Seconds between schedule ticks (the Airflow DAG's `schedule`, e.g. 3600 for @hourly). */
  intervalS: number;
  /** Rows scored by one run, when no arrival stream feeds the job. */
  rows: number;
  /**
   * Items arriving per second (Poisson): each run scores those that arrived since the previous
   * run's cut-off instead of a fixed `rows`; null: `rows` per run.
   */
  arrivalRatePerS: number | null;
  /** Worker time to score one row, ms: the c of t(b) = a + c b. */
  service: DistributionSpec;
  /** Rows per model call, each call paying `batchOverheadMs` (the a of t(b)). */
  batchSize: number;
  batchOverheadMs: number;
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
  /** Attempts after the first that a failed run may make (Airflow `retries`). */
  retries: number;
  /** Seconds between a failure and the next attempt (Airflow `retry_delay`); null: the default. */
  retryDelayS: number | null;
  /** Price of one worker-hour of the batch cluster, in any currency. */
  pricePerHour: number;
  seed: number;
}

/** Airflow's default `retry_delay` is timedelta(seconds=300) (Airflow docs, BaseOperator). */
export const AIRFLOW_DEFAULT_RETRY_DELAY_S = 300;

export function batchConfig(v: BatchValues): BatchConfig {
  return {
    intervalS: v.intervalS as number,
    rows: v.rows as number,
    arrivalRatePerS: v.arrivalRatePerS,
    service: parseDistribution('service', v.service as string),
    batchSize: v.batchSize as number,
    batchOverheadMs: v.batchOverheadMs as number,
    workers: v.workers as number,
    setupMs: v.setupMs as number,
    overlapPolicy: v.overlapPolicy as OverlapPolicy,
    durationS: v.durationS as number,
    queryRatePerS: v.queryRatePerS as number,
    lookup: parseDistribution('lookup', v.lookup as string),
    failureProb: v.failureProb as number,
    retries: v.retries as number,
    retryDelayS: v.retryDelayS,
    pricePerHour: v.pricePerHour as number,
    seed: v.seed as number,
  };
}

export const BATCH_DEFAULTS: BatchConfig = batchConfig(defaultValues(BATCH_PARAMS) as BatchValues);

/** The retry delay in force, ms. */
export function retryDelayMs(p: BatchConfig): number {
  return (p.retryDelayS ?? AIRFLOW_DEFAULT_RETRY_DELAY_S) * 1000;
}

/**
 * Schedule ticks fall at 0, T, 2T, ... strictly before the end of the duration: the k with
 * k x T < duration, counted with the same products the simulation schedules ticks at.
 */
export function scheduledRunCount(p: { durationS: number; intervalS: number }): number {
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

const en = (text: string, es: string) => ({ en: text, es });

function ticksOf(v: Readonly<Record<string, unknown>>): number {
  return scheduledRunCount({ durationS: v.durationS as number, intervalS: v.intervalS as number });
}

/** Combinations the table's ranges cannot express: budgets that keep a run to seconds. */
export const BATCH_RULES: readonly ParamRule[] = [
  {
    keys: ['durationS', 'intervalS'],
    check: (v) => {
      const maxTicks = v.overlapPolicy === 'allow' ? MAX_TICKS_ALLOW : MAX_TICKS;
      const longest = maxTicks * (v.intervalS as number);
      return ticksOf(v) > maxTicks
        ? en(
            `at most ${maxTicks} intervals long (${longest} s at this interval${v.overlapPolicy === 'allow' ? ' under the allow policy' : ''})`,
            `como mucho ${maxTicks} intervalos (${longest} s con este intervalo${v.overlapPolicy === 'allow' ? ' con la política allow' : ''})`,
          )
        : null;
    },
  },
  // A deterministic cost is multiplied, not sampled, so only other distributions use the budget:
  // rows per run without a stream, events per run (rate x interval) with one.
  {
    keys: ['rows', 'durationS'],
    check: (v) => {
      const sampled = !String(v.service).startsWith('deterministic:');
      const most = Math.floor(MAX_SAMPLED_ROWS / ticksOf(v));
      return v.arrivalRatePerS === null && sampled && (v.rows as number) > most
        ? en(
            `at most ${most} rows a run with ${ticksOf(v)} runs (a budget of ${MAX_SAMPLED_ROWS} sampled rows; a deterministic service has no limit)`,
            `como mucho ${most} filas por ejecución con ${ticksOf(v)} ejecuciones (un presupuesto de ${MAX_SAMPLED_ROWS} filas muestreadas; un servicio determinista no tiene límite)`,
          )
        : null;
    },
  },
  {
    keys: ['arrivalRatePerS', 'durationS', 'intervalS'],
    check: (v) => {
      const sampled = !String(v.service).startsWith('deterministic:');
      const events = ticksOf(v) * (v.intervalS as number);
      const most = Math.floor((MAX_SAMPLED_ROWS / events) * 1000) / 1000;
      return v.arrivalRatePerS !== null && sampled && (v.arrivalRatePerS as number) > most
        ? en(
            `at most ${most} events/s with ${ticksOf(v)} runs of ${v.intervalS} s (a budget of ${MAX_SAMPLED_ROWS} sampled rows; a deterministic service has no limit)`,
            `como mucho ${most} eventos/s con ${ticksOf(v)} ejecuciones de ${v.intervalS} s (un presupuesto de ${MAX_SAMPLED_ROWS} filas muestreadas; un servicio determinista no tiene límite)`,
          )
        : null;
    },
  },
  {
    keys: ['queryRatePerS', 'durationS'],
    check: (v) => {
      // Rounded down to 3 decimals so the bound printed is itself accepted.
      const most = Math.floor(Math.min(1e7, MAX_QUERIES / (v.durationS as number)) * 1000) / 1000;
      return (v.queryRatePerS as number) > most
        ? en(`at most ${most} over this duration`, `como mucho ${most} con esta duración`)
        : null;
    },
  },
  {
    keys: ['retryDelayS', 'retries'],
    check: (v) =>
      v.retryDelayS !== null && v.retries === 0
        ? en(
            'none while retries is 0 (there is no retry to delay)',
            'none mientras los reintentos sean 0 (no hay reintento que esperar)',
          )
        : null,
  },
];
