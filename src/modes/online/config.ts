import { validateDistribution } from '../../sim/distribution-spec.ts';
import { ParamError, checkNumber } from '../../sim/param-error.ts';
import type { DistributionSpec } from '../../sim/distributions.ts';
import { validatePattern, type ArrivalPattern } from '../../sim/arrival-patterns.ts';
import type { AutoscalerConfig } from '../../machines/autoscaler-policy.ts';
import type { RolloutStrategy } from '../../machines/rollout.ts';

/**
 * Parameters of online (real-time) serving: Poisson clients, `servers` identical model replicas
 * behind one FCFS queue. The real-world setting each one stands for is named beside it.
 */
export interface OnlineParams {
  /** Requests per second offered by the clients. */
  arrivalRatePerS: number;
  /** Model replicas (Triton model instances, KServe replicas). */
  servers: number;
  /** Inference time of one request on one replica (per item when batching). */
  service: DistributionSpec;
  /** Measured requests (after the warm-up); or null to run for `durationS` instead. */
  requests: number | null;
  /** Simulated seconds to run, when `requests` is null. */
  durationS: number | null;
  /** Requests simulated first and left out of every statistic, so the queue starts in steady state. */
  warmup: number;
  seed: number;
  /** Waiting room; arrivals beyond it are rejected at once (Triton `max_queue_size`). null: unbounded. */
  queueCapacity: number | null;
  /** A request that waited longer is dropped (Triton `default_timeout_microseconds`, REJECT). */
  queueTimeoutMs: number | null;
  /** Largest batch one execution may take (Triton `max_batch_size`); 1 disables batching. */
  maxBatch: number;
  /** How long a partial batch may wait for more (Triton `max_queue_delay_microseconds`). */
  batchDelayMs: number;
  /** Fixed cost of one execution, paid once per batch (the intercept of t(b) = a + b x). */
  batchOverheadMs: number;
  /** Network round trip added to every response (client to server and back). */
  networkRttMs: number;
  /** How the rate varies over time; null: constant at `arrivalRatePerS`. */
  arrivalPattern: ArrivalPattern | null;
  /** Knative-style autoscaling; null: a fixed `servers` replicas. */
  autoscaling: AutoscalerConfig | null;
  /** Pod scheduling and container start before a new replica can load its model (Knative: 2-4 s). */
  coldStartMs: number;
  /** Loading the model weights after the pod starts; the replica is ready only after both. */
  modelLoadMs: number;
  /** A model swap during the run; null: none. */
  rollout: RolloutParams | null;
  /** Price of one replica for one hour (any currency), for the cost figure. */
  pricePerReplicaHour: number;
}

export interface RolloutParams {
  strategy: RolloutStrategy;
  /** When the new version starts, simulated seconds. */
  atS: number;
  /** Canary only: share of traffic the new version takes once ready. */
  canaryPercent: number;
  /** Canary only: when to send all traffic to the new version; null: never. */
  promoteAtS: number | null;
  /** When to roll back to the old version; null: never. */
  rollbackAtS: number | null;
  /** The new version's inference time. */
  service: DistributionSpec;
}

export const ONLINE_DEFAULTS: OnlineParams = {
  arrivalRatePerS: 320,
  servers: 4,
  service: { kind: 'exponential', mean: 10 },
  requests: 100_000,
  durationS: null,
  warmup: 10_000,
  seed: 1,
  queueCapacity: null,
  queueTimeoutMs: null,
  maxBatch: 1,
  batchDelayMs: 0,
  batchOverheadMs: 0,
  networkRttMs: 0,
  arrivalPattern: null,
  autoscaling: null,
  coldStartMs: 3000,
  modelLoadMs: 2000,
  rollout: null,
  pricePerReplicaHour: 1,
};

/** Mean busy time a replica spends per request, with the batch overhead shared by a full batch. */
export function bestCaseServiceMsPerRequest(p: OnlineParams, serviceMean: number): number {
  return serviceMean + p.batchOverheadMs / p.maxBatch;
}

const MAX_COUNT = 1_000_000_000;

/**
 * Checks every field against its accepted range and the combinations that contradict each other;
 * throws a ParamError naming the first bad field. Shared by the CLI, the URL parser and the lab.
 */
export function validateOnlineParams(p: OnlineParams): OnlineParams {
  checkNumber('arrivalRatePerS', p.arrivalRatePerS, {
    min: 0,
    max: 10_000_000,
    exclusiveMin: true,
  });
  checkNumber('servers', p.servers, { min: 1, max: 10_000, integer: true });
  validateDistribution('service', p.service);
  if ((p.requests === null) === (p.durationS === null)) {
    throw new ParamError('requests', 'given, or else durationS, but not both', {
      requests: p.requests,
      durationS: p.durationS,
    });
  }
  if (p.requests !== null)
    checkNumber('requests', p.requests, { min: 1, max: MAX_COUNT, integer: true });
  if (p.durationS !== null)
    checkNumber('durationS', p.durationS, { min: 0, max: 1e9, exclusiveMin: true });
  checkNumber('warmup', p.warmup, { min: 0, max: MAX_COUNT, integer: true });
  checkNumber('seed', p.seed, { min: 0, max: 4_294_967_295, integer: true });
  if (p.queueCapacity !== null)
    checkNumber('queueCapacity', p.queueCapacity, { min: 0, max: MAX_COUNT, integer: true });
  if (p.queueTimeoutMs !== null)
    checkNumber('queueTimeoutMs', p.queueTimeoutMs, { min: 0, max: 1e9, exclusiveMin: true });
  checkNumber('maxBatch', p.maxBatch, { min: 1, max: 4096, integer: true });
  checkNumber('batchDelayMs', p.batchDelayMs, { min: 0, max: 1e6 });
  if (p.batchDelayMs > 0 && p.maxBatch === 1) {
    throw new ParamError(
      'batchDelayMs',
      '0 unless maxBatch is above 1 (there is no batch to wait for)',
      p.batchDelayMs,
    );
  }
  checkNumber('batchOverheadMs', p.batchOverheadMs, { min: 0, max: 1e6 });
  checkNumber('networkRttMs', p.networkRttMs, { min: 0, max: 1e6 });
  if (p.arrivalPattern !== null) validatePattern('arrivalPattern', p.arrivalPattern);
  checkNumber('coldStartMs', p.coldStartMs, { min: 0, max: 3_600_000 });
  checkNumber('modelLoadMs', p.modelLoadMs, { min: 0, max: 3_600_000 });
  checkNumber('pricePerReplicaHour', p.pricePerReplicaHour, { min: 0, max: 1e6 });
  if (p.autoscaling !== null) validateAutoscaling(p.autoscaling);
  if (p.rollout !== null) validateRollout(p.rollout, p.durationS);
  return p;
}

function validateAutoscaling(a: AutoscalerConfig): void {
  checkNumber('targetConcurrency', a.targetConcurrency, {
    min: 0,
    max: 10_000,
    exclusiveMin: true,
  });
  checkNumber('targetUtilization', a.targetUtilization, { min: 0, max: 1, exclusiveMin: true });
  checkNumber('minReplicas', a.minReplicas, { min: 0, max: 1000, integer: true });
  checkNumber('maxReplicas', a.maxReplicas, { min: 1, max: 1000, integer: true });
  if (a.maxReplicas < a.minReplicas)
    throw new ParamError('maxReplicas', `at least minReplicas (${a.minReplicas})`, a.maxReplicas);
  checkNumber('tickMs', a.tickMs, { min: 100, max: 600_000 });
  checkNumber('stableWindowMs', a.stableWindowMs, { min: a.tickMs, max: 3_600_000 });
  checkNumber('panicWindowMs', a.panicWindowMs, { min: a.tickMs, max: a.stableWindowMs });
  checkNumber('panicThreshold', a.panicThreshold, { min: 1, max: 100 });
  checkNumber('maxScaleUpRate', a.maxScaleUpRate, { min: 1, max: 10_000, exclusiveMin: true });
  checkNumber('maxScaleDownRate', a.maxScaleDownRate, { min: 1, max: 10_000, exclusiveMin: true });
  checkNumber('scaleToZeroGraceMs', a.scaleToZeroGraceMs, { min: 0, max: 3_600_000 });
}

function validateRollout(r: RolloutParams, durationS: number | null): void {
  checkNumber('rolloutAtS', r.atS, { min: 0, max: durationS ?? 1e9 });
  validateDistribution('rolloutService', r.service);
  if (r.strategy === 'canary')
    checkNumber('canaryPercent', r.canaryPercent, { min: 0, max: 100, exclusiveMin: true });
  if (r.promoteAtS !== null) {
    if (r.strategy !== 'canary')
      throw new ParamError('promoteAtS', 'given only with a canary rollout', r.promoteAtS);
    checkNumber('promoteAtS', r.promoteAtS, { min: r.atS, max: 1e9, exclusiveMin: true });
  }
  if (r.rollbackAtS !== null)
    checkNumber('rollbackAtS', r.rollbackAtS, { min: r.atS, max: 1e9, exclusiveMin: true });
}
