/**
 * The Knative Pod Autoscaler's decision rule (KPA), as plain functions the machine and the UI share.
 * Defaults and rules from the Knative serving autoscaling documentation, summarised in
 * REFERENCE.md "Online serving: autoscaling and cold starts".
 */
export interface AutoscalerConfig {
  /** Concurrent requests per replica the autoscaler aims for (containerConcurrency target). */
  targetConcurrency: number;
  /** Share of the target actually aimed at (Knative's target-utilization-percentage, 70%). */
  targetUtilization: number;
  /** Averaging window for normal decisions (60 s). */
  stableWindowMs: number;
  /** Shorter window watched for bursts (10% of the stable window: 6 s). */
  panicWindowMs: number;
  /** Panic when the panic-window load needs this multiple of the ready replicas (200%). */
  panicThreshold: number;
  /** At most this many times the ready replicas per decision (1000). */
  maxScaleUpRate: number;
  /** At least ready / this many replicas per decision (2). */
  maxScaleDownRate: number;
  minReplicas: number;
  maxReplicas: number;
  /** How long to keep the last replica after traffic stops, when minReplicas is 0 (30 s). */
  scaleToZeroGraceMs: number;
  /** Decision interval (2 s). */
  tickMs: number;
}

export const KNATIVE_DEFAULTS: AutoscalerConfig = {
  targetConcurrency: 1,
  targetUtilization: 0.7,
  stableWindowMs: 60_000,
  panicWindowMs: 6_000,
  panicThreshold: 2,
  maxScaleUpRate: 1000,
  maxScaleDownRate: 2,
  minReplicas: 1,
  maxReplicas: 20,
  scaleToZeroGraceMs: 30_000,
  tickMs: 2_000,
};

export interface AutoscalerObservation {
  nowMs: number;
  /** Mean concurrency (requests in the system) over the stable and panic windows. */
  stableConcurrency: number;
  panicConcurrency: number;
  readyReplicas: number;
  /** Replicas currently requested (ready or starting). */
  currentReplicas: number;
}

/** ceil(observed / (target x utilisation)): the replica count a load implies. */
export function replicasFor(config: AutoscalerConfig, concurrency: number): number {
  // The small epsilon keeps an exact multiple (140 / 70) from rounding up through float error.
  return Math.max(
    0,
    Math.ceil(concurrency / (config.targetConcurrency * config.targetUtilization) - 1e-9),
  );
}

/** Over the panic threshold: the burst would need at least panicThreshold x the ready replicas. */
export function isOverPanicThreshold(config: AutoscalerConfig, o: AutoscalerObservation): boolean {
  return (
    replicasFor(config, o.panicConcurrency) / Math.max(1, o.readyReplicas) >= config.panicThreshold
  );
}

/** Applies the rate limits and the min/max bounds to a wanted replica count. */
export function boundedReplicas(
  config: AutoscalerConfig,
  wanted: number,
  readyReplicas: number,
): number {
  // Knative measures the rates against at least one ready pod, so scale-from-zero is possible.
  const ready = Math.max(1, readyReplicas);
  const upper = Math.ceil(config.maxScaleUpRate * ready);
  const lower = Math.floor(ready / config.maxScaleDownRate);
  const limited = Math.min(upper, Math.max(lower, wanted));
  return Math.min(config.maxReplicas, Math.max(config.minReplicas, limited));
}
