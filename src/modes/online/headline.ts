import { caseFacts, headline, type Headline } from '../headline.ts';
import type { ParamValue } from '../params/table.ts';
import type { OnlineReport } from './report.ts';

/**
 * Online in the metrics contract: the event is the request, so the time to a usable prediction is
 * the request's latency (queue, model and network); nothing is stored to look up; every replica
 * that exists is paid, idle or not; an answer that is an error is no prediction.
 */
export function onlineHeadline(
  report: OnlineReport,
  values: Readonly<Record<string, ParamValue>>,
): Headline {
  const answered = report.counts.completed > 0;
  return headline('online', caseFacts(values), {
    eventToPredictionMs: answered ? { p50: report.latencyMs.p50, p99: report.latencyMs.p99 } : null,
    lookupMs: null,
    machineHours: (report.replicas.mean * report.measuredMs) / 3_600_000,
    pricePerHour: values.pricePerHour as number,
    predictions: report.counts.completed - report.counts.failed,
    overAll: report.overAll,
    sustainable: !report.unstable,
    utilization: report.utilization,
    workers: report.replicas.mean,
  });
}
