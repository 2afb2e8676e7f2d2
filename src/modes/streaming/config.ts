import { validateDistribution } from '../../sim/distribution-spec.ts';
import { createDistribution, type DistributionSpec } from '../../sim/distributions.ts';
import { ParamError, checkNumber } from '../../sim/param-error.ts';
import { ASSIGNORS, type AssignorName } from '../../machines/consumer-group.ts';

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
export interface StreamingParams {
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

export const STREAMING_DEFAULTS: StreamingParams = {
  arrivalRatePerS: 1000,
  partitions: 4,
  consumers: 4,
  consumersChanges: [],
  // Kafka's RangeAssignor is the first entry of the default `partition.assignment.strategy`.
  assignor: 'range',
  service: { kind: 'exponential', mean: 2 },
  triggerMs: 1000,
  // Kafka's default `max.poll.records` is 500.
  maxBatch: 500,
  batchOverheadMs: 0,
  // Kafka's `group.initial.rebalance.delay.ms` defaults to 3000 ms.
  rebalanceMs: 3000,
  durationS: 60,
  seed: 1,
  pricePerHour: 1,
};

/** The most consumers a group may have: far beyond any partition count a course run needs. */
export const MAX_CONSUMERS = 1000;
export const MAX_PARTITIONS = 1000;

/**
 * Checks every field against its accepted range and the combinations that contradict each other;
 * throws a ParamError naming the first bad field. Shared by the CLI, the URL parser and the lab.
 */
export function validateStreamingParams(p: StreamingParams): StreamingParams {
  checkNumber('arrivalRatePerS', p.arrivalRatePerS, {
    min: 0,
    max: 10_000_000,
    exclusiveMin: true,
  });
  checkNumber('partitions', p.partitions, { min: 1, max: MAX_PARTITIONS, integer: true });
  checkNumber('consumers', p.consumers, { min: 1, max: MAX_CONSUMERS, integer: true });
  if (!(ASSIGNORS as readonly string[]).includes(p.assignor))
    throw new ParamError('assignor', `one of ${ASSIGNORS.join(', ')}`, p.assignor);
  validateDistribution('service', p.service);
  checkNumber('triggerMs', p.triggerMs, { min: 0, max: 3_600_000 });
  checkNumber('maxBatch', p.maxBatch, { min: 1, max: 1_000_000, integer: true });
  checkNumber('batchOverheadMs', p.batchOverheadMs, { min: 0, max: 3_600_000 });
  checkNumber('rebalanceMs', p.rebalanceMs, { min: 0, max: 3_600_000 });
  checkNumber('durationS', p.durationS, { min: 0, max: 1e9, exclusiveMin: true });
  checkNumber('seed', p.seed, { min: 0, max: 4_294_967_295, integer: true });
  checkNumber('pricePerHour', p.pricePerHour, { min: 0, max: 1e6 });
  let previousS = 0;
  for (const change of p.consumersChanges) {
    // A change at 0 s or after the end would never be seen: the run starts with a formed group.
    checkNumber('consumersChanges AT_S', change.atS, {
      min: previousS,
      max: p.durationS,
      exclusiveMin: true,
    });
    checkNumber('consumersChanges N', change.consumers, {
      min: 0,
      max: MAX_CONSUMERS,
      integer: true,
    });
    previousS = change.atS;
  }
  return p;
}

/** Every group size the run goes through, in order: the initial one, then each change. */
export function groupSizes(p: StreamingParams): number[] {
  return [p.consumers, ...p.consumersChanges.map((c) => c.consumers)];
}

/** How fast a group of `consumers` can drain the topic, with full micro-batches. */
export interface StreamingCapacity {
  consumers: number;
  /** Consumers that own a partition: min(consumers, partitions). */
  activeConsumers: number;
  /** One consumer running full batches back to back: maxBatch / (overhead + maxBatch x service). */
  perConsumerPerS: number;
  /** activeConsumers x perConsumerPerS: lag stays bounded only while the arrival rate is below. */
  capacityPerS: number;
  /**
   * The same bound for the busiest consumer: with an uneven assignment it reads ceil(P / active)
   * of the P partitions, so it saturates first, at arrival rate perConsumerPerS x P / ceil(P / active).
   */
  busiestConsumerLimitPerS: number;
}

export function streamingCapacity(p: StreamingParams, consumers = p.consumers): StreamingCapacity {
  const serviceMs = createDistribution(p.service).mean;
  const perConsumerPerS = (1000 * p.maxBatch) / (p.batchOverheadMs + p.maxBatch * serviceMs);
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
