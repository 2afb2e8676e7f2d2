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
    sustainable: keepsUp(report, values),
    utilization: report.clusterUpShare > 0 ? report.utilization / report.clusterUpShare : 0,
    workers: values.workers as number,
  });
}

/**
 * Whether the schedule keeps up with its data, by overlap policy:
 * - skip: always; an overlapping tick is dropped, which only makes predictions older (the
 *   measured times show it);
 * - queue: runs go one after another, so a run (set-up included) must take at most an interval,
 *   or the queued intervals grow without bound;
 * - allow: runs overlap and share the workers (set-up does not use them), so the scoring must
 *   leave the workers some idle time: scoring all the time means each run's work outlasts the
 *   interval and the overlapping runs pile up. 0.999 leaves room for float rounding only.
 * No run finished: nothing shows a pile-up.
 */
function keepsUp(report: BatchReport, values: Readonly<Record<string, ParamValue>>): boolean {
  if (values.overlapPolicy === 'skip') return true;
  if (values.overlapPolicy === 'allow') return report.utilization < 0.999;
  return !(report.batch.meanRunMs > (values.intervalS as number) * 1000);
}
