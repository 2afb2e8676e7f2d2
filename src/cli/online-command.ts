import { parseDistribution } from '../sim/distribution-spec.ts';
import {
  ONLINE_DEFAULTS,
  validateOnlineParams,
  type OnlineParams,
} from '../scenarios/online-params.ts';
import { OnlineSimulation, type OnlineReport } from '../scenarios/online.ts';
import { onlineTheory, type OnlineTheory } from '../scenarios/online-theory.ts';
import { UsageError, type FlagSpec, type FlagValues } from './flags.ts';

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
];

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
};

export function flagOfField(field: string): string {
  const [head, ...rest] = field.split(' ');
  const flag = (FLAG_OF as Record<string, string | undefined>)[head];
  return flag === undefined ? field : [`--${flag}`, ...rest].join(' ');
}

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
  });
}

export type OnlineCliReport = Omit<OnlineReport, 'engine'> & {
  params: OnlineParams;
  theory: OnlineTheory | null;
  engine: { events: number; wallMs: number };
};

/** Runs the simulation; `clock` is the wall clock, read only to report the engine's speed. */
export function runOnline(params: OnlineParams, clock: () => number): OnlineCliReport {
  const started = clock();
  const { engine, ...report } = new OnlineSimulation(params).run();
  const wallMs = clock() - started;
  return { ...report, params, theory: onlineTheory(params), engine: { ...engine, wallMs } };
}
