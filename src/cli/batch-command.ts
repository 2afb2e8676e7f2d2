import { parseDistribution } from '../sim/distribution-spec.ts';
import {
  BATCH_DEFAULTS,
  OVERLAP_POLICIES,
  validateBatchParams,
  type BatchParams,
  type OverlapPolicy,
} from '../modes/batch/config.ts';
import { BatchSimulation, type BatchReport } from '../modes/batch/simulation.ts';
import { batchTheory, type BatchTheory } from '../modes/batch/theory.ts';
import { flagNamer, type FlagSpec, type FlagValues } from './flags.ts';
import type { ModeCommand } from './mode-command.ts';
import { formatBatchReport } from '../modes/batch/report-text.ts';

export const BATCH_FLAGS: readonly FlagSpec[] = [
  {
    name: 'interval',
    type: 'number',
    value: 'S',
    help: 'seconds between scheduled runs (Airflow schedule; default 60)',
  },
  { name: 'rows', type: 'integer', value: 'N', help: 'rows scored per run (default 20000)' },
  {
    name: 'service',
    type: 'string',
    value: 'KIND:MEAN_MS',
    help: 'worker time per row: exponential:1, deterministic:1, uniform:1, lognormal:1:0.5',
  },
  {
    name: 'workers',
    type: 'integer',
    value: 'N',
    help: 'workers of the batch cluster, shared equally by overlapping runs (default 1)',
  },
  {
    name: 'setup-ms',
    type: 'number',
    value: 'MS',
    help: 'set-up per attempt before scoring: start the job cluster, load the model (default 0)',
  },
  {
    name: 'overlap-policy',
    type: 'string',
    choices: OVERLAP_POLICIES,
    value: 'POLICY',
    help: 'a tick while a run is active: skip, queue (catch-up) or allow (Airflow max_active_runs)',
  },
  {
    name: 'duration',
    type: 'number',
    value: 'S',
    help: 'simulated seconds of schedule; later runs are let finish (default 86400, a day)',
  },
  {
    name: 'query-rate',
    type: 'number',
    value: 'PER_S',
    help: 'client lookups of stored predictions per second, Poisson (default 2)',
  },
  {
    name: 'lookup-ms',
    type: 'string',
    value: 'KIND:MEAN_MS',
    help: 'latency of one lookup in the prediction store (default deterministic:2)',
  },
  {
    name: 'failure-prob',
    type: 'number',
    value: 'P',
    help: 'probability that an attempt fails and publishes nothing (default 0)',
  },
  {
    name: 'retries',
    type: 'integer',
    value: 'N',
    help: 'attempts after a failed one (Airflow retries; default 0)',
  },
  {
    name: 'retry-delay',
    type: 'number',
    value: 'S',
    help: 'seconds before a retry (Airflow retry_delay; default 300); needs --retries',
  },
  {
    name: 'price-per-hour',
    type: 'number',
    value: 'PRICE',
    help: 'price of one worker-hour while the cluster is up (default 1)',
  },
  {
    name: 'seed',
    type: 'integer',
    value: 'N',
    help: 'random seed (default 1): same seed, same report',
  },
];

/** Which flag sets each parameter, so that an error about a parameter names the user's flag. */
const FLAG_OF: Record<keyof BatchParams, string> = {
  intervalS: 'interval',
  rows: 'rows',
  service: 'service',
  workers: 'workers',
  setupMs: 'setup-ms',
  overlapPolicy: 'overlap-policy',
  durationS: 'duration',
  queryRatePerS: 'query-rate',
  lookup: 'lookup-ms',
  failureProb: 'failure-prob',
  retries: 'retries',
  retryDelayS: 'retry-delay',
  pricePerHour: 'price-per-hour',
  seed: 'seed',
};

/** The flag behind a ParamError's field (see flagNamer). */
export const batchFlagOf = flagNamer(FLAG_OF);

/** Validated parameters from the flags; throws ParamError naming a parameter. */
export function batchParamsFromFlags(flags: FlagValues): BatchParams {
  const num = (name: string): number | undefined => flags.get(name) as number | undefined;
  const text = (name: string): string | undefined => flags.get(name) as string | undefined;
  const service = text('service');
  const lookup = text('lookup-ms');
  const d = BATCH_DEFAULTS;
  return validateBatchParams({
    intervalS: num('interval') ?? d.intervalS,
    rows: num('rows') ?? d.rows,
    service: service === undefined ? d.service : parseDistribution('service', service),
    workers: num('workers') ?? d.workers,
    setupMs: num('setup-ms') ?? d.setupMs,
    overlapPolicy: (text('overlap-policy') as OverlapPolicy | undefined) ?? d.overlapPolicy,
    durationS: num('duration') ?? d.durationS,
    queryRatePerS: num('query-rate') ?? d.queryRatePerS,
    lookup: lookup === undefined ? d.lookup : parseDistribution('lookup', lookup),
    failureProb: num('failure-prob') ?? d.failureProb,
    retries: num('retries') ?? d.retries,
    retryDelayS: num('retry-delay') ?? d.retryDelayS,
    pricePerHour: num('price-per-hour') ?? d.pricePerHour,
    seed: num('seed') ?? d.seed,
  });
}

/** The CLI's report: the simulation's, with D + T/2 theory where it applies. */
export type BatchCliReport = BatchReport & { theory: BatchTheory | null };

export function runBatch(params: BatchParams, options: { series: boolean }): BatchCliReport {
  const { engine, series, ...rest } = new BatchSimulation(params, options).run();
  // Theory goes before the engine and the series, so the JSON reads simulation, theory, engine.
  return {
    ...rest,
    theory: batchTheory(params),
    engine,
    ...(series === undefined ? {} : { series }),
  };
}

/** `npm run simulate -- --mode batch ...` */
export const BATCH_COMMAND: ModeCommand<BatchParams, BatchCliReport> = {
  mode: 'batch',
  flags: BATCH_FLAGS,
  flagOf: batchFlagOf,
  paramsFromFlags: batchParamsFromFlags,
  run: runBatch,
  format: formatBatchReport,
};
