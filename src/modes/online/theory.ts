import { createDistribution } from '../../sim/distributions.ts';
import { mg1, mmc, mmck, type TimeSummaryMs } from '../../sim/theory.ts';
import type { OnlineConfig } from './config.ts';

/** Steady-state theory for an online run, in the report's own terms (latency includes the RTT). */
export interface OnlineTheory {
  model: 'M/M/c' | 'M/G/1' | 'M/D/1' | 'M/M/c/K';
  utilization: number;
  /** Erlang C: the share of requests that wait at all (M/M/c only). */
  waitProbability: number | null;
  /** The share of arrivals turned away (M/M/c/K only). */
  blockingProbability: number | null;
  meanQueueLength: number;
  meanInSystem: number;
  waitMs: Partial<TimeSummaryMs> & { mean: number };
  latencyMs: Partial<TimeSummaryMs> & { mean: number };
}

/**
 * The exact formula that applies to these parameters, or null where none does (batching, queue
 * timeouts, several replicas with non-exponential service, or an unstable queue).
 */
export function onlineTheory(p: OnlineConfig): OnlineTheory | null {
  if (p.maxBatch > 1 || p.batchOverheadMs > 0 || p.queueTimeoutMs !== null) return null;
  // Steady-state formulas need a constant Poisson rate and a fixed number of replicas.
  if (p.arrivalPattern !== null || p.autoscaling !== null || p.rollout !== null) return null;
  const service = createDistribution(p.service);
  const base = {
    arrivalRatePerS: p.arrivalRatePerS,
    meanServiceMs: service.mean,
    servers: p.servers,
  };
  const rtt = p.networkRttMs;
  const exponential = p.service.kind === 'exponential';
  if (p.queueCapacity !== null) {
    if (!exponential) return null;
    const r = mmck({ ...base, capacity: p.servers + p.queueCapacity });
    return {
      model: r.model,
      utilization: r.utilization,
      waitProbability: null,
      blockingProbability: r.blockingProbability,
      meanQueueLength: r.meanQueueLength,
      meanInSystem: r.meanInSystem,
      waitMs: { mean: r.meanWaitMs },
      latencyMs: { mean: r.meanResponseMs + rtt },
    };
  }
  if (exponential) {
    const r = mmc(base);
    if (r === null) return null;
    const shift = (t: TimeSummaryMs): TimeSummaryMs => ({
      mean: t.mean + rtt,
      p50: t.p50 + rtt,
      p90: t.p90 + rtt,
      p95: t.p95 + rtt,
      p99: t.p99 + rtt,
    });
    return {
      model: r.model,
      utilization: r.utilization,
      waitProbability: r.waitProbability,
      blockingProbability: null,
      meanQueueLength: r.meanQueueLength,
      meanInSystem: r.meanInSystem,
      waitMs: r.waitMs,
      latencyMs: shift(r.responseMs),
    };
  }
  if (p.servers !== 1) return null;
  const r = mg1({ ...base, serviceCv2: service.cv2 });
  if (r === null) return null;
  return {
    model: p.service.kind === 'deterministic' ? 'M/D/1' : 'M/G/1',
    utilization: r.utilization,
    waitProbability: null,
    blockingProbability: null,
    meanQueueLength: r.meanQueueLength,
    meanInSystem: r.meanInSystem,
    waitMs: { mean: r.meanWaitMs },
    latencyMs: { mean: r.meanResponseMs + rtt },
  };
}
