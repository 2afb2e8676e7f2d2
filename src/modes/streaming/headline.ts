import { caseFacts, headline, type Headline } from '../headline.ts';
import type { ParamValue } from '../params/table.ts';
import { streamingCapacity, streamingConfig, type StreamingValues } from './config.ts';
import type { StreamingReport } from './report.ts';

/**
 * Streaming in the metrics contract: a record's prediction is usable once its micro-batch ends
 * and commits (produced to emitted); nothing is looked up; every consumer of the group is paid
 * and counted, but only those that own a partition do work (the others lower the utilisation).
 */
export function streamingHeadline(
  report: StreamingReport,
  values: Readonly<Record<string, ParamValue>>,
): Headline {
  const processed = report.counts.processed > 0;
  return headline('streaming', caseFacts(values), {
    eventToPredictionMs: processed
      ? { p50: report.latencyMs.p50, p99: report.latencyMs.p99 }
      : null,
    lookupMs: null,
    machineHours: report.consumerHours,
    pricePerHour: values.pricePerHour as number,
    predictions: report.counts.processed,
    overAll: report.overAll,
    sustainable: keepsUp(values),
    utilization: report.utilization,
    // Utilisation is over the paid consumers, so the machines named beside it are those too.
    workers: report.consumers,
  });
}

/**
 * The group keeps up while the arrival rate is below what its busiest consumer can take (lag
 * grows at arrival rate - consume rate: config.ts streamingCapacity), counted with the consumers
 * the run ends with (after any membership change).
 */
function keepsUp(values: Readonly<Record<string, ParamValue>>): boolean {
  const config = streamingConfig(values as StreamingValues);
  const last = config.consumersChanges.at(-1)?.consumers ?? config.consumers;
  return config.arrivalRatePerS < streamingCapacity(config, last).busiestConsumerLimitPerS;
}
