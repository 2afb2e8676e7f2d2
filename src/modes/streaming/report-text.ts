import { formatDistribution } from '../../sim/distribution-spec.ts';
import { createDistribution } from '../../sim/distributions.ts';
import { streamingCapacity, streamingConfig, type StreamingValues } from './config.ts';
import type { StreamingModeReport } from './mode.ts';
import { count, num, percent as percentWith } from '../format-number.ts';
import { headlineLines } from '../headline-text.ts';

type StreamingCliReport = StreamingModeReport & { engine: { events: number; wallMs: number } };

const percent = (x: number): string => percentWith(x, 1);

/** Partitions listed in the report before the rest are summarised. */
const SHOWN_PARTITIONS = 16;

/**
 * The capacity of a group of `consumers` beside the arrival rate (REFERENCE.md, Streaming: lag
 * grows at arrival rate - consume rate, so the group keeps up only while capacity exceeds it).
 */
function stabilityLine(r: StreamingCliReport, consumers: number): string {
  const p = streamingConfig(r.params as StreamingValues);
  const c = streamingCapacity(p, consumers);
  const serviceMs = createDistribution(p.service).mean;
  const verdict =
    p.arrivalRatePerS >= c.capacityPerS
      ? p.arrivalRatePerS === c.capacityPerS
        ? 'at capacity with no margin: lag wanders without bound'
        : `overloaded: lag grows by about ${num(p.arrivalRatePerS - c.capacityPerS)} records/s`
      : p.arrivalRatePerS >= c.busiestConsumerLimitPerS
        ? 'enough in total, but see the busiest consumer'
        : 'stable: lag stays bounded';
  let line =
    `  ${consumers} consumer${consumers === 1 ? '' : 's'}: capacity = ${c.activeConsumers} active x ` +
    `${p.maxBatch} / max(trigger ${p.triggerMs}, ${p.batchOverheadMs} + ${p.maxBatch} x ${num(serviceMs)} ms) = ` +
    `${num(c.capacityPerS, 4)} records/s vs arrivals ${num(p.arrivalRatePerS, 4)}/s: ${verdict}`;
  if (c.busiestConsumerLimitPerS < c.capacityPerS) {
    line +=
      `\n    (uneven assignment: the busiest consumer reads ${Math.ceil(p.partitions / c.activeConsumers)} ` +
      `of ${p.partitions} partitions, so it keeps up only while arrivals stay below ` +
      `${num(c.busiestConsumerLimitPerS, 4)}/s)`;
  }
  return line;
}

/** The short human-readable report: a table of results, the stability condition beside it. */
export function formatStreamingReport(r: StreamingCliReport): string {
  const p = streamingConfig(r.params as StreamingValues);
  const s = r.streaming;
  const lines: string[] = [];
  lines.push(
    `Streaming: ${p.partitions} partitions read by ${p.consumers} consumers (${p.assignor} assignor), ` +
      `Poisson producers at ${p.arrivalRatePerS} records/s, micro-batches every ${p.triggerMs} ms ` +
      `of up to ${p.maxBatch} records (overhead ${p.batchOverheadMs} ms, service ` +
      `${formatDistribution(p.service)} ms per record), ${p.durationS} s, seed ${p.seed}`,
  );
  if (p.consumersChanges.length > 0) {
    const changes = p.consumersChanges.map((c) => `${c.consumers} at ${c.atS} s`).join(', ');
    lines.push(`Group changes: ${changes}; each pauses the group for ${p.rebalanceMs} ms`);
  }
  const c = r.counts;
  lines.push(
    `Records: ${count(c.produced)} produced, ${count(c.processed)} processed, ${count(c.pending)} pending`,
  );
  lines.push('');
  const row = (label: string, value: string) => lines.push(`${label.padEnd(28)}${value}`);
  row('Idle consumers', count(s.idleConsumers));
  row('Lag final / max (records)', `${count(s.lag.final)} / ${count(s.lag.max)}`);
  row(
    'Back-pressure',
    `${percent(s.backpressure)} ${s.backpressureLevel} (Flink: OK <= 10 %, LOW <= 50 %, HIGH above)`,
  );
  row('Throughput in (records/s)', num(s.throughputInPerS, 5));
  row('Throughput out (records/s)', num(s.throughputOutPerS, 5));
  for (const key of ['mean', 'p50', 'p90', 'p95', 'p99', 'max'] as const) {
    row(`Latency ${key} (ms)`, num(r.latencyMs[key]));
  }
  row('Utilisation', percent(r.utilization));
  row(
    'Cost per hour',
    `${num(r.costPerHour, 4)} (provisioned consumers x ${p.pricePerHour} per consumer-hour)`,
  );
  row('Rebalances', count(s.rebalances));
  const shown = s.lagByPartition.slice(0, SHOWN_PARTITIONS).map(count).join(', ');
  const more = s.lagByPartition.length - SHOWN_PARTITIONS;
  row('Lag by partition', more > 0 ? `${shown}, ... (${more} more)` : shown);
  lines.push('');
  lines.push(
    'Stability (capacity = active consumers x max-batch / (overhead + max-batch x service)):',
  );
  const sizes = [p.consumers, ...p.consumersChanges.map((change) => change.consumers)];
  for (const size of new Set(sizes)) lines.push(stabilityLine(r, size));
  lines.push(...headlineLines(r.headline));
  lines.push(`Engine: ${count(r.engine.events)} events in ${r.engine.wallMs.toFixed(0)} ms`);
  return lines.join('\n') + '\n';
}
