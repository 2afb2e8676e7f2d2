import { parseDistribution } from '../sim/distribution-spec.ts';
import { parsePattern } from '../sim/arrival-patterns.ts';
import { KNATIVE_DEFAULTS, type AutoscalerConfig } from '../machines/autoscaler-policy.ts';
import type { RolloutStrategy } from '../machines/rollout.ts';
import {
  ONLINE_DEFAULTS,
  validateOnlineParams,
  type OnlineParams,
} from '../modes/online/config.ts';
import { OnlineSimulation, type OnlineReport } from '../modes/online/simulation.ts';
import { onlineTheory, type OnlineTheory } from '../modes/online/theory.ts';
import { flagNamer, UsageError, type FlagSpec, type FlagValues } from './flags.ts';
import type { ModeCommand } from './mode-command.ts';
import { formatOnlineReport } from '../modes/online/report-text.ts';
import { runMode } from './run-mode.ts';

export const ONLINE_FLAGS: readonly FlagSpec[] = [
  {
    name: 'arrival-rate',
    type: 'number',
    value: 'PER_S',
    help: 'client requests per second (Poisson arrivals)',
  },
  {
    name: 'servers',
    type: 'integer',
    value: 'N',
    help: 'model replicas behind one FCFS queue (Triton instances)',
  },
  {
    name: 'service',
    type: 'string',
    value: 'KIND:MEAN_MS',
    help: 'inference time per request: exponential:10, deterministic:10, uniform:10, lognormal:10:0.5',
  },
  {
    name: 'requests',
    type: 'integer',
    value: 'N',
    help: 'measured requests, after the warm-up (default 100000)',
  },
  {
    name: 'duration',
    type: 'number',
    value: 'S',
    help: 'simulated seconds to run instead of --requests',
  },
  {
    name: 'warmup',
    type: 'integer',
    value: 'N',
    help: 'requests simulated first and left out of the statistics (default 10% of --requests)',
  },
  {
    name: 'seed',
    type: 'integer',
    value: 'N',
    help: 'random seed (default 1): same seed, same report',
  },
  {
    name: 'queue-capacity',
    type: 'integer',
    value: 'N',
    help: 'waiting room; arrivals beyond it are rejected (Triton max_queue_size)',
  },
  {
    name: 'queue-timeout-ms',
    type: 'number',
    value: 'MS',
    help: 'drop a request that waited longer (Triton default_timeout_microseconds)',
  },
  {
    name: 'max-batch',
    type: 'integer',
    value: 'N',
    help: 'dynamic batching: largest batch (Triton max_batch_size; default 1, off)',
  },
  {
    name: 'batch-delay-ms',
    type: 'number',
    value: 'MS',
    help: 'longest wait for a fuller batch (Triton max_queue_delay_microseconds)',
  },
  {
    name: 'batch-overhead-ms',
    type: 'number',
    value: 'MS',
    help: 'fixed cost per execution; a batch of b costs overhead + b services',
  },
  {
    name: 'network-rtt-ms',
    type: 'number',
    value: 'MS',
    help: 'network round trip added to every response',
  },
  {
    name: 'arrival-pattern',
    type: 'string',
    value: 'PATTERN',
    help: 'daily:MEAN:AMPLITUDE[:PERIOD_S[:PEAK_S]], steps:0=RATE,60=RATE,... or trace:MS,MS,...',
  },
  {
    name: 'autoscale',
    type: 'boolean',
    help: 'Knative-style autoscaling (KPA) instead of a fixed --servers',
  },
  {
    name: 'min-replicas',
    type: 'integer',
    value: 'N',
    help: 'autoscaling floor; 0 allows scale to zero (Knative min-scale; default 1)',
  },
  {
    name: 'max-replicas',
    type: 'integer',
    value: 'N',
    help: 'autoscaling ceiling (Knative max-scale; default 20)',
  },
  {
    name: 'target-concurrency',
    type: 'number',
    value: 'N',
    help: 'concurrent requests per replica aimed at (Knative target; default 1)',
  },
  {
    name: 'target-utilization',
    type: 'number',
    value: 'SHARE',
    help: 'share of the target actually aimed at (default 0.7)',
  },
  {
    name: 'stable-window-s',
    type: 'number',
    value: 'S',
    help: 'averaging window of normal decisions (default 60)',
  },
  {
    name: 'panic-window-s',
    type: 'number',
    value: 'S',
    help: 'short window watched for bursts (default 10% of the stable window)',
  },
  {
    name: 'panic-threshold',
    type: 'number',
    value: 'X',
    help: 'panic when a burst needs X times the ready replicas (default 2)',
  },
  {
    name: 'max-scale-up-rate',
    type: 'number',
    value: 'X',
    help: 'at most X times the ready replicas per decision (default 1000)',
  },
  {
    name: 'max-scale-down-rate',
    type: 'number',
    value: 'X',
    help: 'at least ready / X replicas per decision (default 2)',
  },
  {
    name: 'scale-to-zero-grace-s',
    type: 'number',
    value: 'S',
    help: 'keep the last replica this long after traffic stops (default 30)',
  },
  {
    name: 'autoscale-tick-s',
    type: 'number',
    value: 'S',
    help: 'seconds between autoscaler decisions (default 2)',
  },
  {
    name: 'cold-start-ms',
    type: 'number',
    value: 'MS',
    help: 'pod start before a new replica loads its model (default 3000)',
  },
  {
    name: 'model-load-ms',
    type: 'number',
    value: 'MS',
    help: 'model load after the pod starts; ready only after both (default 2000)',
  },
  {
    name: 'rollout',
    type: 'string',
    choices: ['blue-green', 'canary'],
    value: 'STRATEGY',
    help: 'swap to a new model version during the run: blue-green or canary',
  },
  {
    name: 'rollout-at',
    type: 'number',
    value: 'S',
    help: 'when the new version starts (default 0)',
  },
  {
    name: 'new-service',
    type: 'string',
    value: 'KIND:MEAN_MS',
    help: "the new version's inference time (default: same as --service)",
  },
  {
    name: 'canary-percent',
    type: 'number',
    value: 'PCT',
    help: 'canary: share of traffic for the new version (default 10)',
  },
  {
    name: 'promote-at',
    type: 'number',
    value: 'S',
    help: 'canary: when all traffic moves to the new version',
  },
  {
    name: 'rollback-at',
    type: 'number',
    value: 'S',
    help: 'when traffic goes back to the old version',
  },
  {
    name: 'price-per-hour',
    type: 'number',
    value: 'PRICE',
    help: 'price of one replica for one hour, for the cost (default 1)',
  },
];

const flagNames = (from: string, to: string) =>
  ONLINE_FLAGS.slice(
    ONLINE_FLAGS.findIndex((f) => f.name === from),
    ONLINE_FLAGS.findIndex((f) => f.name === to) + 1,
  ).map((f) => f.name);
const AUTOSCALE_FLAGS = flagNames('min-replicas', 'autoscale-tick-s');
const ROLLOUT_FLAGS = flagNames('rollout-at', 'rollback-at');

/** Which flag sets each parameter, so that an error about a parameter names the user's flag. */
const FLAG_OF: Record<keyof OnlineParams, string> = {
  arrivalRatePerS: 'arrival-rate',
  servers: 'servers',
  service: 'service',
  requests: 'requests',
  durationS: 'duration',
  warmup: 'warmup',
  seed: 'seed',
  queueCapacity: 'queue-capacity',
  queueTimeoutMs: 'queue-timeout-ms',
  maxBatch: 'max-batch',
  batchDelayMs: 'batch-delay-ms',
  batchOverheadMs: 'batch-overhead-ms',
  networkRttMs: 'network-rtt-ms',
  arrivalPattern: 'arrival-pattern',
  autoscaling: 'autoscale',
  coldStartMs: 'cold-start-ms',
  modelLoadMs: 'model-load-ms',
  rollout: 'rollout',
  pricePerReplicaHour: 'price-per-hour',
};

/** Parameters nested in `autoscaling` and `rollout`, named by their own flags. */
const NESTED_FLAG_OF: Record<string, string> = {
  targetConcurrency: 'target-concurrency',
  targetUtilization: 'target-utilization',
  minReplicas: 'min-replicas',
  maxReplicas: 'max-replicas',
  tickMs: 'autoscale-tick-s',
  stableWindowMs: 'stable-window-s',
  panicWindowMs: 'panic-window-s',
  panicThreshold: 'panic-threshold',
  maxScaleUpRate: 'max-scale-up-rate',
  maxScaleDownRate: 'max-scale-down-rate',
  scaleToZeroGraceMs: 'scale-to-zero-grace-s',
  rolloutAtS: 'rollout-at',
  rolloutService: 'new-service',
  canaryPercent: 'canary-percent',
  promoteAtS: 'promote-at',
  rollbackAtS: 'rollback-at',
};

/** The flag behind a ParamError's field, nested autoscaling and rollout fields included. */
export const onlineFlagOf = flagNamer({ ...FLAG_OF, ...NESTED_FLAG_OF });

export function onlineParamsFromFlags(flags: FlagValues): OnlineParams {
  const num = (name: string): number | undefined => flags.get(name) as number | undefined;
  if (flags.has('requests') && flags.has('duration')) {
    throw new UsageError('--requests and --duration contradict each other: give one of them');
  }
  const durationS = num('duration') ?? null;
  const requests = durationS === null ? (num('requests') ?? ONLINE_DEFAULTS.requests) : null;
  const service = flags.get('service') as string | undefined;
  return validateOnlineParams({
    arrivalRatePerS: num('arrival-rate') ?? ONLINE_DEFAULTS.arrivalRatePerS,
    servers: num('servers') ?? ONLINE_DEFAULTS.servers,
    service:
      service === undefined ? ONLINE_DEFAULTS.service : parseDistribution('service', service),
    requests,
    durationS,
    warmup: num('warmup') ?? (requests === null ? 0 : Math.round((requests ?? 0) / 10)),
    seed: num('seed') ?? ONLINE_DEFAULTS.seed,
    queueCapacity: num('queue-capacity') ?? null,
    queueTimeoutMs: num('queue-timeout-ms') ?? null,
    maxBatch: num('max-batch') ?? ONLINE_DEFAULTS.maxBatch,
    batchDelayMs: num('batch-delay-ms') ?? ONLINE_DEFAULTS.batchDelayMs,
    batchOverheadMs: num('batch-overhead-ms') ?? ONLINE_DEFAULTS.batchOverheadMs,
    networkRttMs: num('network-rtt-ms') ?? ONLINE_DEFAULTS.networkRttMs,
    arrivalPattern: flags.has('arrival-pattern')
      ? parsePattern('arrivalPattern', flags.get('arrival-pattern') as string)
      : null,
    autoscaling: autoscalingFromFlags(flags),
    coldStartMs: num('cold-start-ms') ?? ONLINE_DEFAULTS.coldStartMs,
    modelLoadMs: num('model-load-ms') ?? ONLINE_DEFAULTS.modelLoadMs,
    rollout: rolloutFromFlags(flags),
    pricePerReplicaHour: num('price-per-hour') ?? ONLINE_DEFAULTS.pricePerReplicaHour,
  });
}

function autoscalingFromFlags(flags: FlagValues): AutoscalerConfig | null {
  const given = AUTOSCALE_FLAGS.find((name) => flags.has(name));
  if (!flags.has('autoscale')) {
    if (given !== undefined) throw new UsageError(`--${given} needs --autoscale`);
    return null;
  }
  const num = (name: string): number | undefined => flags.get(name) as number | undefined;
  const seconds = (name: string, fallbackMs: number) =>
    num(name) === undefined ? fallbackMs : (num(name) as number) * 1000;
  const d = KNATIVE_DEFAULTS;
  const stableWindowMs = seconds('stable-window-s', d.stableWindowMs);
  return {
    targetConcurrency: num('target-concurrency') ?? d.targetConcurrency,
    targetUtilization: num('target-utilization') ?? d.targetUtilization,
    stableWindowMs,
    // Knative's panic window is 10% of the stable window unless set.
    panicWindowMs: seconds('panic-window-s', stableWindowMs / 10),
    panicThreshold: num('panic-threshold') ?? d.panicThreshold,
    maxScaleUpRate: num('max-scale-up-rate') ?? d.maxScaleUpRate,
    maxScaleDownRate: num('max-scale-down-rate') ?? d.maxScaleDownRate,
    minReplicas: num('min-replicas') ?? d.minReplicas,
    maxReplicas: num('max-replicas') ?? d.maxReplicas,
    scaleToZeroGraceMs: seconds('scale-to-zero-grace-s', d.scaleToZeroGraceMs),
    tickMs: seconds('autoscale-tick-s', d.tickMs),
  };
}

function rolloutFromFlags(flags: FlagValues): OnlineParams['rollout'] {
  const given = ROLLOUT_FLAGS.find((name) => flags.has(name));
  if (!flags.has('rollout')) {
    if (given !== undefined)
      throw new UsageError(`--${given} needs --rollout blue-green or --rollout canary`);
    return null;
  }
  const strategy = flags.get('rollout') as RolloutStrategy;
  if (strategy !== 'canary' && flags.has('canary-percent'))
    throw new UsageError('--canary-percent needs --rollout canary');
  const service = flags.get('new-service') as string | undefined;
  const num = (name: string): number | null => (flags.get(name) as number | undefined) ?? null;
  return {
    strategy,
    atS: num('rollout-at') ?? 0,
    canaryPercent: num('canary-percent') ?? 10,
    promoteAtS: num('promote-at'),
    rollbackAtS: num('rollback-at'),
    service:
      service === undefined
        ? flags.has('service')
          ? parseDistribution('service', flags.get('service') as string)
          : ONLINE_DEFAULTS.service
        : parseDistribution('rolloutService', service),
  };
}

export type OnlineCliReport = Omit<OnlineReport, 'engine'> & {
  params: OnlineParams;
  theory: OnlineTheory | null;
  engine: { events: number; wallMs: number };
};

/** Runs the simulation; `clock` is the wall clock, read only to report the engine's speed. */
export function runOnline(
  params: OnlineParams,
  clock: () => number,
  options: { series?: boolean } = {},
): OnlineCliReport {
  return runMode(ONLINE_COMMAND, params, clock, options.series ?? false);
}

export const ONLINE_COMMAND: ModeCommand<
  OnlineParams,
  Omit<OnlineCliReport, 'params' | 'engine'> & { engine: { events: number } }
> = {
  mode: 'online',
  flags: ONLINE_FLAGS,
  flagOf: onlineFlagOf,
  paramsFromFlags: onlineParamsFromFlags,
  run: (params, { series }) => ({
    ...new OnlineSimulation(params, { series }).run(),
    theory: onlineTheory(params),
  }),
  format: formatOnlineReport,
};
