import { caseFacts, headline, type Headline } from '../headline.ts';
import type { ParamValue } from '../params/table.ts';
import type { BatchReport } from './report.ts';

/**
 * Batch in the metrics contract: an event's prediction is usable once a run that read it has
 * published (waiting for the next run, the run, and publishing: event-ages.ts); reading it then
 * is a lookup, reported apart; the job cluster is paid only while it is up, and busy scoring for
 * part of that (the rest is set-up).
 */
export function batchHeadline(
  report: BatchReport,
  values: Readonly<Record<string, ParamValue>>,
): Headline {
  const e2p = report.eventToPredictionMs;
  const looked = report.queries.served > 0;
  return headline('batch', caseFacts(values), {
    eventToPredictionMs: Number.isFinite(e2p.p50) ? { p50: e2p.p50, p99: e2p.p99 } : null,
    lookupMs: looked ? { p50: report.latencyMs.p50, p99: report.latencyMs.p99 } : null,
    machineHours: report.workerHours,
    pricePerHour: values.pricePerHour as number,
    predictions: report.rowsPublished,
    overAll: report.overAll,
    // Runs that take longer than the interval pile up unless the overlapping ticks are skipped
    // (queued intervals, or runs sharing the workers, grow without bound); skipping only makes
    // predictions older, which the measured times show.
    sustainable:
      values.overlapPolicy === 'skip' ||
      !(report.batch.meanRunMs > (values.intervalS as number) * 1000),
    utilization: report.clusterUpShare > 0 ? report.utilization / report.clusterUpShare : 0,
    workers: values.workers as number,
  });
}
