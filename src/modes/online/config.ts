import { parseDistribution } from '../../sim/distribution-spec.ts';
import type { DistributionSpec } from '../../sim/distributions.ts';
import { meanRate, parsePattern, type ArrivalPattern } from '../../sim/arrival-patterns.ts';
import { eventBudgetRule } from '../common-params.ts';
import type { AutoscalerConfig } from '../../machines/autoscaler-policy.ts';
import type { RolloutStrategy } from '../../machines/rollout.ts';
import { defaultValues, type ParamRule, type ValuesOf } from '../params/table.ts';
import { ONLINE_PARAMS } from './params.ts';

export type OnlineValues = ValuesOf<typeof ONLINE_PARAMS>;

/**
 * What the online simulation runs with: the table's values (validated) in the engine's terms,
 * with nested settings for the autoscaler and the rollout and times in ms where the engine
 * counts in ms. Built only by `onlineConfig`, so the table stays the one list of parameters.
 */
export interface OnlineConfig {
  arrivalRatePerS: number;
  servers: number;
  service: DistributionSpec;
  /** Measured requests after the warm-up; null when the run is timed by `durationS`. */
  requests: number | null;
  durationS: number | null;
  warmup: number;
  seed: number;
  queueCapacity: number | null;
  queueTimeoutMs: number | null;
  maxBatch: number;
  batchDelayMs: number;
  batchOverheadMs: number;
  networkRttMs: number;
  arrivalPattern: ArrivalPattern | null;
  autoscaling: AutoscalerConfig | null;
  coldStartMs: number;
  modelLoadMs: number;
  /** Share of requests the version in service answers with an error. */
  errorRate: number;
  rollout: RolloutConfig | null;
  pricePerReplicaHour: number;
}

/** A canary's analysis, as Flagger runs it (see rollout-params.ts). */
export interface CanaryAnalysis {
  stepPercent: number;
  maxPercent: number;
  intervalMs: number;
  maxErrorRate: number;
  maxP99Ms: number;
  threshold: number;
}

export interface RolloutConfig {
  strategy: RolloutStrategy;
  /** When the new version starts, simulated seconds. */
  atS: number;
  /** The new version's inference time and error rate. */
  service: DistributionSpec;
  errorRate: number;
  canary: CanaryAnalysis;
  /** When an operator rolls back by hand; null: never. */
  rollbackAtS: number | null;
}

/** The engine's settings from validated table values. */
export function onlineConfig(v: OnlineValues): OnlineConfig {
  const service = parseDistribution('service', v.service as string);
  const requests = v.durationS === null ? v.requests : null;
  return {
    arrivalRatePerS: v.arrivalRatePerS as number,
    servers: v.servers as number,
    service,
    requests,
    durationS: v.durationS,
    warmup: v.warmup ?? (requests === null ? 0 : Math.round(requests / 10)),
    seed: v.seed as number,
    queueCapacity: v.queueCapacity,
    queueTimeoutMs: v.queueTimeoutMs,
    maxBatch: v.maxBatch as number,
    batchDelayMs: v.batchDelayMs as number,
    batchOverheadMs: v.batchOverheadMs as number,
    networkRttMs: v.networkRttMs as number,
    arrivalPattern:
      typeof v.arrivalPattern === 'string'
        ? parsePattern('arrivalPattern', v.arrivalPattern)
        : null,
    autoscaling: v.autoscale ? autoscalerConfig(v) : null,
    coldStartMs: v.coldStartMs as number,
    modelLoadMs: v.modelLoadMs as number,
    errorRate: v.errorRate as number,
    rollout: v.rollout === null ? null : rolloutConfig(v, service),
    pricePerReplicaHour: v.pricePerHour as number,
  };
}

function autoscalerConfig(v: OnlineValues): AutoscalerConfig {
  const stableWindowMs = (v.stableWindowS as number) * 1000;
  return {
    targetConcurrency: v.targetConcurrency as number,
    targetUtilization: v.targetUtilization as number,
    stableWindowMs,
    // Knative's panic window is 10% of the stable window unless set.
    panicWindowMs: v.panicWindowS === null ? stableWindowMs / 10 : v.panicWindowS * 1000,
    panicThreshold: v.panicThreshold as number,
    maxScaleUpRate: v.maxScaleUpRate as number,
    maxScaleDownRate: v.maxScaleDownRate as number,
    minReplicas: v.minReplicas as number,
    maxReplicas: v.maxReplicas as number,
    scaleToZeroGraceMs: (v.scaleToZeroGraceS as number) * 1000,
    tickMs: (v.autoscaleTickS as number) * 1000,
  };
}

function rolloutConfig(v: OnlineValues, service: DistributionSpec): RolloutConfig {
  return {
    strategy: v.rollout as RolloutStrategy,
    atS: v.rolloutAtS as number,
    service:
      v.newService === null ? service : parseDistribution('newService', v.newService as string),
    errorRate: v.newErrorRate ?? (v.errorRate as number),
    canary: {
      stepPercent: v.canaryStepPercent as number,
      maxPercent: v.canaryMaxPercent as number,
      intervalMs: (v.analysisIntervalS as number) * 1000,
      maxErrorRate: v.maxErrorRate as number,
      maxP99Ms: v.maxP99Ms as number,
      threshold: v.analysisThreshold as number,
    },
    rollbackAtS: v.rollbackAtS,
  };
}

const en = (text: string, es: string) => ({ en: text, es });

/** Combinations the table's ranges cannot express. */
export const ONLINE_RULES: readonly ParamRule[] = [
  eventBudgetRule((v) =>
    typeof v.arrivalPattern === 'string'
      ? meanRate(parsePattern('arrivalPattern', v.arrivalPattern))
      : (v.arrivalRatePerS as number),
  ),
  {
    keys: ['requests', 'durationS'],
    check: (v) =>
      v.requests === null && v.durationS === null
        ? en(
            'a number of requests, or else a duration',
            'un número de peticiones, o bien una duración',
          )
        : null,
  },
  {
    keys: ['batchDelayMs', 'maxBatch'],
    check: (v) =>
      (v.batchDelayMs as number) > 0 && v.maxBatch === 1
        ? en(
            '0 unless the largest batch is above 1 (there is no batch to wait for)',
            '0 salvo que el lote máximo sea mayor que 1 (no hay lote que esperar)',
          )
        : null,
  },
  {
    keys: ['maxReplicas', 'minReplicas'],
    check: (v) =>
      v.autoscale === true && (v.maxReplicas as number) < (v.minReplicas as number)
        ? en(
            `at least the minimum replicas (${v.minReplicas})`,
            `al menos las réplicas mínimas (${v.minReplicas})`,
          )
        : null,
  },
  {
    keys: ['panicWindowS', 'stableWindowS'],
    check: (v) =>
      v.autoscale === true &&
      v.panicWindowS !== null &&
      (v.panicWindowS as number) > (v.stableWindowS as number)
        ? en(
            `at most the stable window (${v.stableWindowS} s)`,
            `como mucho la ventana estable (${v.stableWindowS} s)`,
          )
        : null,
  },
  {
    keys: ['autoscaleTickS', 'stableWindowS'],
    check: (v) => {
      const windowS = (v.panicWindowS ?? (v.stableWindowS as number) / 10) as number;
      return v.autoscale === true && (v.autoscaleTickS as number) > windowS
        ? en(
            `at most the panic window (${windowS} s)`,
            `como mucho la ventana de pánico (${windowS} s)`,
          )
        : null;
    },
  },
  {
    keys: ['rolloutAtS', 'durationS'],
    check: (v) =>
      v.rollout !== null &&
      v.durationS !== null &&
      (v.rolloutAtS as number) > (v.durationS as number)
        ? en(`at most the duration (${v.durationS} s)`, `como mucho la duración (${v.durationS} s)`)
        : null,
  },
  {
    keys: ['rollbackAtS', 'rolloutAtS'],
    check: (v) =>
      v.rollout !== null &&
      v.rollbackAtS !== null &&
      (v.rollbackAtS as number) <= (v.rolloutAtS as number)
        ? en(
            `after the version change starts (${v.rolloutAtS} s)`,
            `después del inicio del cambio de versión (${v.rolloutAtS} s)`,
          )
        : null,
  },
  {
    keys: ['canaryStepPercent', 'canaryMaxPercent'],
    check: (v) =>
      v.rollout === 'canary' && (v.canaryStepPercent as number) > (v.canaryMaxPercent as number)
        ? en(
            `at most the share before promotion (${v.canaryMaxPercent}%)`,
            `como mucho el tráfico antes de promover (${v.canaryMaxPercent} %)`,
          )
        : null,
  },
];

/** The engine's settings with every table default: the base tests and benchmarks start from. */
export const ONLINE_DEFAULTS: OnlineConfig = onlineConfig(
  defaultValues(ONLINE_PARAMS) as OnlineValues,
);

/** Mean busy time a replica spends per request, with the batch overhead shared by a full batch. */
export function bestCaseServiceMsPerRequest(p: OnlineConfig, serviceMean: number): number {
  return serviceMean + p.batchOverheadMs / p.maxBatch;
}
