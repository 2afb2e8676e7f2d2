import { formatDistribution } from '../../sim/distribution-spec.ts';
import { batchConfig, type BatchValues } from './config.ts';
import type { BatchModeReport } from './mode.ts';
import { count, num, percent } from '../format-number.ts';
import { headlineLines } from '../headline-text.ts';

const seconds = (ms: number | null | undefined): string =>
  num(ms === null || ms === undefined ? ms : ms / 1000);
const plural = (n: number, word: string): string => `${count(n)} ${word}${n === 1 ? '' : 's'}`;

type Report = BatchModeReport & { engine: { events: number; wallMs: number } };

/** The short human-readable report: staleness beside D + T/2 when runs do not overlap. */
export function formatBatchReport(r: Report): string {
  const p = batchConfig(r.params as BatchValues);
  const t = r.theory;
  const b = r.batch;
  const lines: string[] = [];
  const setup = p.setupMs > 0 ? ` after a ${p.setupMs} ms set-up` : '';
  const rows =
    p.arrivalRatePerS === null
      ? `${count(p.rows)} rows`
      : `the events that arrived since the last run (${num(p.arrivalRatePerS, 4)}/s)`;
  const calls =
    p.batchOverheadMs > 0 ? `, ${p.batchOverheadMs} ms per call of ${count(p.batchSize)} rows` : '';
  lines.push(
    `Batch serving: every ${p.intervalS} s a run scores ${rows} ` +
      `(${formatDistribution(p.service)} ms each${calls}) on ${plural(p.workers, 'worker')}${setup}, ` +
      `overlap policy ${p.overlapPolicy}, seed ${p.seed}`,
  );
  const failures =
    p.failureProb > 0 ? `, failure probability ${p.failureProb} with ${p.retries} retries` : '';
  lines.push(
    `Runs: ${count(b.runsScheduled)} scheduled, ${count(b.runsStarted)} started, ` +
      `${count(b.runsCompleted)} completed, ${count(b.runsFailed)} failed, ` +
      `${count(b.runsSkipped)} skipped, ${count(b.runsQueuedAtEnd)} queued at the end; ` +
      `at most ${count(b.maxConcurrentRuns)} at once${failures}`,
  );
  lines.push('');
  lines.push(`${''.padEnd(24)}simulated${t === null ? '' : '   theory (D + T/2)'}`);
  const row = (label: string, simulated: string, theory?: string) =>
    lines.push(
      `${label.padEnd(24)}${simulated.padStart(9)}${t === null || theory === undefined ? '' : `   ${theory.padStart(9)}`}`,
    );
  row('Mean run (s)', seconds(b.meanRunMs), seconds(t?.loneRunMs));
  row('Staleness mean (s)', seconds(r.stalenessMs.mean), seconds(t?.stalenessMs.mean));
  row('Staleness max (s)', seconds(r.stalenessMs.max), seconds(t?.stalenessMs.max));
  row(
    'Event to prediction, mean (s)',
    seconds(r.eventToPredictionMs.mean),
    seconds(t?.eventToPredictionMs.mean),
  );
  row(
    'Event to prediction, p99 (s)',
    seconds(r.eventToPredictionMs.p99),
    seconds(t?.eventToPredictionMs.p99),
  );
  for (const key of ['mean', 'p50', 'p99', 'max'] as const) {
    row(`Lookup ${key} (ms)`, num(r.latencyMs[key]));
  }
  // Over the whole run; the headline's utilisation is over the time the cluster is up (paid).
  row('Workers busy, share of the whole run', percent(r.utilization));
  lines.push('');
  lines.push(
    `Queries: ${count(r.queries.served)} served, ${count(r.queries.missed)} missed ` +
      `(before the first publication); throughput ${num(r.throughputPerS, 4)} rows/s ` +
      `over ${(r.simulatedMs / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} simulated s`,
  );
  lines.push(
    `Cost: ${num(r.costPerHour)} per hour = ${plural(p.workers, 'worker')} x ` +
      `${percent(r.clusterUpShare)} of the time the cluster is up x ${p.pricePerHour} per ` +
      'worker-hour (an ephemeral job cluster, up while an attempt runs)',
  );
  if (t !== null && b.runsScheduled < 10)
    lines.push(
      `D + T/2 is a long-run mean; ${plural(b.runsScheduled, 'interval')} cover too few cycles ` +
        'to match it closely (a longer --duration will).',
    );
  if (t === null)
    lines.push(
      'No formula applies: D + T/2 needs runs that never fail and end before the next tick.',
    );
  lines.push(...headlineLines(r.headline));
  lines.push(
    `Engine: ${count(r.engine.events)} events in ${r.engine.wallMs.toFixed(0)} ms of wall time`,
  );
  return lines.join('\n') + '\n';
}
