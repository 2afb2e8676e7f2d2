import { formatDistribution } from '../../sim/distribution-spec.ts';
import { meanRate } from '../../sim/arrival-patterns.ts';
import { count, num, percent } from '../format-number.ts';
import { headlineLines } from '../headline-text.ts';
import { onlineConfig, type OnlineValues } from './config.ts';
import type { OnlineModeReport } from './mode.ts';

/** The short human-readable report: simulation beside theory wherever a formula applies. */
export function formatOnlineReport(
  r: OnlineModeReport & { engine: { events: number; wallMs: number } },
): string {
  const p = onlineConfig(r.params as OnlineValues);
  const t = r.theory;
  const lines: string[] = [];
  const batching =
    p.maxBatch > 1
      ? `, batches up to ${p.maxBatch} (wait ${p.batchDelayMs} ms, overhead ${p.batchOverheadMs} ms)`
      : '';
  // The pattern as the reader gave it, with its mean rate (it replaces the constant Poisson rate).
  const arrivals =
    p.arrivalPattern === null
      ? `Poisson arrivals at ${p.arrivalRatePerS}/s`
      : `arrivals ${String(r.params.arrivalPattern).slice(0, 60)} (long-run mean ${num(meanRate(p.arrivalPattern))}/s)`;
  lines.push(
    `Online serving: ${p.servers} replica${p.servers === 1 ? '' : 's'}, ${arrivals}, ` +
      `service ${formatDistribution(p.service)} ms${batching}, seed ${p.seed}`,
  );
  const c = r.counts;
  lines.push(
    `Requests: ${count(c.arrived)} arrived, ${count(c.completed)} completed (${count(c.failed)} with an error), ${count(c.rejected)} rejected, ` +
      `${count(c.timedOut)} timed out, ${count(c.inFlight)} in flight (after a warm-up of ${count(p.warmup)})`,
  );
  lines.push('');
  const header = t === null ? 'simulated' : `simulated   theory (${t.model})`;
  lines.push(`${''.padEnd(22)}${header}`);
  const row = (label: string, simulated: string, theory?: string) =>
    lines.push(
      `${label.padEnd(22)}${simulated.padStart(9)}${t === null ? '' : `   ${(theory ?? '-').padStart(9)}`}`,
    );
  row('Utilisation', percent(r.utilization), percent(t?.utilization));
  if (t?.blockingProbability !== null && t?.blockingProbability !== undefined) {
    row(
      'Rejected share',
      percent(c.arrived > 0 ? c.rejected / c.arrived : Number.NaN),
      percent(t.blockingProbability),
    );
  }
  row('Mean queue length', num(r.meanQueueLength), num(t?.meanQueueLength));
  row('Mean in system', num(r.meanInSystem), num(t?.meanInSystem));
  for (const key of ['mean', 'p50', 'p90', 'p95', 'p99'] as const) {
    row(`Wait ${key} (ms)`, num(r.waitMs[key]), num(t?.waitMs[key]));
  }
  for (const key of ['mean', 'p50', 'p90', 'p95', 'p99'] as const) {
    row(`Latency ${key} (ms)`, num(r.latencyMs[key]), num(t?.latencyMs[key]));
  }
  row('Latency max (ms)', num(r.latencyMs.max));
  lines.push('');
  lines.push(
    `Throughput ${num(r.throughputPerS, 4)} requests/s, mean batch size ${num(r.meanBatchSize)}, ` +
      `over ${num(r.measuredMs / 1000, 4)} simulated s` +
      (p.networkRttMs > 0 ? `; latency includes a ${p.networkRttMs} ms round trip` : ''),
  );
  lines.push(
    `Replicas: mean ${num(r.replicas.mean)} (min ${r.replicas.min}, max ${r.replicas.max}), ${count(r.coldStarts)} cold start${r.coldStarts === 1 ? '' : 's'}, ` +
      `cost ${num(r.costPerHour, 4)} per hour at ${p.pricePerReplicaHour} per replica-hour`,
  );
  if (r.rollout !== null) {
    const o = r.rollout;
    const outcome =
      o.promotedAtMs !== null
        ? `promoted at ${num(o.promotedAtMs / 1000, 4)} s`
        : o.rolledBackAtMs !== null
          ? `rolled back at ${num(o.rolledBackAtMs / 1000, 4)} s`
          : `${o.state}, ${o.percent}% of traffic`;
    lines.push(
      `Rollout (${o.strategy}): ${outcome}; answered by the old version ${count(r.completedByVersion[0])} ` +
        `(${count(r.failedByVersion[0])} errors), by the new ${count(r.completedByVersion[1] ?? 0)} (${count(r.failedByVersion[1] ?? 0)} errors)`,
    );
    for (const s of o.steps)
      lines.push(
        `  analysis at ${num(s.atMs / 1000, 4)} s, ${s.percent}% of traffic: ${count(s.requests)} requests, ` +
          `error rate ${percent(s.errorRate)}, p99 ${num(s.p99Ms)} ms: ${s.result}`,
      );
  }
  if (t === null)
    lines.push(
      'No exact formula applies to these settings (batching, timeouts, a varying load or replica count, or several replicas with non-exponential service).',
    );
  const speed =
    r.engine.wallMs > 0
      ? ` (${num((c.arrived + p.warmup) / r.engine.wallMs / 1000, 3)} M requests/s)`
      : '';
  lines.push(...headlineLines(r.headline));
  lines.push(
    `Engine: ${count(r.engine.events)} events in ${r.engine.wallMs.toFixed(0)} ms${speed}`,
  );
  return lines.join('\n') + '\n';
}
