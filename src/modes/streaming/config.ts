import { parseDistribution } from '../../sim/distribution-spec.ts';
import { createDistribution, type DistributionSpec } from '../../sim/distributions.ts';
import type { AssignorName } from '../../machines/consumer-group.ts';
import { defaultValues, type ParamRule, type ValuesOf } from '../params/table.ts';
import { parseConsumersChange, STREAMING_PARAMS } from './params.ts';
import { eventBudgetRule } from '../common-params.ts';

/** At `atS` seconds the consumer group becomes `consumers` members (0: everyone leaves). */
export interface ConsumersChange {
  atS: number;
  consumers: number;
}

/**
 * Parameters of streaming serving: producers write to a partitioned topic, a consumer group reads
 * it in micro-batches and emits predictions. The real-world setting each one stands for is named
 * beside it.
 */
export interface StreamingConfig {
  /** Records per second written by the producers, over all partitions. */
  arrivalRatePerS: number;
  /** Partitions of the topic (Kafka `num.partitions`): the unit of parallelism. */
  partitions: number;
  /** Members of the consumer group at the start. */
  consumers: number;
  /** Membership changes during the run, in increasing time; each one triggers a rebalance. */
  consumersChanges: ConsumersChange[];
  /** Kafka `partition.assignment.strategy`. */
  assignor: AssignorName;
  /** Model inference time per record. */
  service: DistributionSpec;
  /** Spark Structured Streaming `Trigger.ProcessingTime` interval; 0: as soon as possible. */
  triggerMs: number;
  /** Most records one micro-batch takes (Kafka `max.poll.records`, Spark `maxOffsetsPerTrigger`). */
  maxBatch: number;
  /** Fixed cost of one micro-batch (planning, fetch, commit), paid once per batch. */
  batchOverheadMs: number;
  /** How long the group pauses after its members have revoked their partitions. */
  rebalanceMs: number;
  /** Simulated seconds to run. */
  durationS: number;
  seed: number;
  /** Price of one consumer for one hour, in the user's currency. */
  pricePerHour: number;
}

export type StreamingValues = ValuesOf<typeof STREAMING_PARAMS>;

/** The engine's settings from validated table values. */
export function streamingConfig(v: StreamingValues): StreamingConfig {
  const changes = (v.consumersChanges ?? []) as readonly string[];
  return {
    arrivalRatePerS: v.arrivalRatePerS as number,
    partitions: v.partitions as number,
    consumers: v.consumers as number,
    consumersChanges: changes.map((text) => parseConsumersChange(text) as ConsumersChange),
    assignor: v.assignor as AssignorName,
    service: parseDistribution('service', v.service as string),
    triggerMs: v.triggerMs as number,
    maxBatch: v.maxBatch as number,
    batchOverheadMs: v.batchOverheadMs as number,
    rebalanceMs: v.rebalanceMs as number,
    durationS: v.durationS as number,
    seed: v.seed as number,
    pricePerHour: v.pricePerHour as number,
  };
}

export const STREAMING_DEFAULTS: StreamingConfig = streamingConfig(
  defaultValues(STREAMING_PARAMS) as StreamingValues,
);

/** Membership changes must come in increasing time, within the run. */
export const STREAMING_RULES: readonly ParamRule[] = [
  eventBudgetRule((v) => v.arrivalRatePerS as number),
  {
    keys: ['consumersChanges', 'durationS'],
    check: (v) => {
      let previousS = 0;
      for (const text of (v.consumersChanges ?? []) as readonly string[]) {
        const change = parseConsumersChange(text);
        if (change === null) continue;
        if (!(change.atS > previousS) || change.atS > (v.durationS as number))
          return {
            en: `changes in increasing time, each after 0 s and at most the duration (${v.durationS} s)`,
            es: `cambios en orden de tiempo creciente, cada uno después de 0 s y como mucho la duración (${v.durationS} s)`,
          };
        previousS = change.atS;
      }
      return null;
    },
  },
];

/** Every group size the run goes through, in order: the initial one, then each change. */
export function groupSizes(p: StreamingConfig): number[] {
  return [p.consumers, ...p.consumersChanges.map((c) => c.consumers)];
}

/** How fast a group of `consumers` can drain the topic, with full micro-batches. */
export interface StreamingCapacity {
  consumers: number;
  /** Consumers that own a partition: min(consumers, partitions). */
  activeConsumers: number;
  /**
   * One consumer running full batches: maxBatch per batch, and a batch starts no sooner than the
   * next trigger (data-plane.ts, Spark's ProcessingTimeExecutor), so
   * maxBatch / max(trigger, overhead + maxBatch x service).
   */
  perConsumerPerS: number;
  /** activeConsumers x perConsumerPerS: lag stays bounded only while the arrival rate is below. */
  capacityPerS: number;
  /**
   * The same bound for the busiest consumer: with an uneven assignment it reads ceil(P / active)
   * of the P partitions, so it saturates first, at arrival rate perConsumerPerS x P / ceil(P / active).
   */
  busiestConsumerLimitPerS: number;
}

export function streamingCapacity(p: StreamingConfig, consumers = p.consumers): StreamingCapacity {
  const serviceMs = createDistribution(p.service).mean;
  const fullBatchMs = Math.max(p.triggerMs, p.batchOverheadMs + p.maxBatch * serviceMs);
  const perConsumerPerS = (1000 * p.maxBatch) / fullBatchMs;
  const activeConsumers = Math.min(consumers, p.partitions);
  const busiestShare = activeConsumers > 0 ? Math.ceil(p.partitions / activeConsumers) : 0;
  return {
    consumers,
    activeConsumers,
    perConsumerPerS,
    capacityPerS: activeConsumers * perConsumerPerS,
    busiestConsumerLimitPerS:
      busiestShare > 0 ? (perConsumerPerS * p.partitions) / busiestShare : 0,
  };
}
