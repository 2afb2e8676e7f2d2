import { numberFormat } from '../../locale/number-format.ts';
import type { LabText } from '../../i18n/lab-text.ts';
import type { Locale } from '../../locale/locales.ts';
import type { BatchView } from '../../modes/batch/live.ts';
import type { OnlineView } from '../../modes/online/live.ts';
import type { StreamingView } from '../../modes/streaming/live.ts';
import { formatNumber, formatPercent } from '../models/format.ts';
import { formatDuration } from './format-time.ts';

/** One labelled number of a lab's key figures. */
export interface Figure {
  label: string;
  value: string;
}

const count = (locale: Locale, n: number) => numberFormat(locale).format(Math.round(n));
const ms = (locale: Locale, value: number) =>
  Number.isFinite(value) ? formatDuration(locale, value) : '—';

export function onlineFigures(text: LabText, locale: Locale, view: OnlineView): Figure[] {
  const f = text.figures;
  const r = view.report;
  const none = r.counts.completed === 0;
  const latency = (q: 'p50' | 'p95' | 'p99') => ({
    label: f.latency(q),
    value: none ? f.notYet : ms(locale, r.latencyMs[q]),
  });
  const figures: Figure[] = [
    { label: f.arrived, value: count(locale, r.counts.arrived) },
    { label: f.completed, value: count(locale, r.counts.completed) },
    latency('p50'),
    latency('p95'),
    latency('p99'),
    { label: f.utilization, value: formatPercent(locale, r.utilization) },
    {
      label: f.replicas,
      value: f.replicasNow(
        count(locale, view.replicas.filter((x) => x.state !== 'stopped').length),
        formatNumber(locale, r.replicas.mean),
      ),
    },
    { label: f.throughput, value: text.units.perS(formatNumber(locale, r.throughputPerS)) },
    { label: f.cost, value: formatNumber(locale, r.costPerHour) },
  ];
  if (r.counts.rejected > 0)
    figures.push({ label: f.rejected, value: count(locale, r.counts.rejected) });
  if (r.counts.timedOut > 0)
    figures.push({ label: f.timedOut, value: count(locale, r.counts.timedOut) });
  if (r.coldStarts > 0) figures.push({ label: f.coldStarts, value: count(locale, r.coldStarts) });
  const theory = view.theory;
  if (theory) {
    figures.push({
      label: f.theory(theory.model),
      value: f.theoryLatency(
        ms(locale, theory.latencyMs.mean),
        none ? f.notYet : ms(locale, r.latencyMs.mean),
      ),
    });
    if (theory.waitProbability !== null)
      figures.push({
        label: f.waitProbability,
        value: formatPercent(locale, theory.waitProbability),
      });
  }
  return figures;
}

export function batchFigures(text: LabText, locale: Locale, view: BatchView): Figure[] {
  const f = text.figures;
  const r = view.report;
  const b = r.batch;
  return [
    {
      label: f.runs,
      value: f.runsValue(
        count(locale, b.runsCompleted),
        count(locale, b.runsSkipped),
        count(locale, b.runsFailed),
      ),
    },
    { label: f.maxConcurrent, value: count(locale, b.maxConcurrentRuns) },
    {
      label: f.meanRun,
      value: b.runsCompleted + b.runsFailed > 0 ? ms(locale, b.meanRunMs) : f.notYet,
    },
    {
      label: f.staleness,
      value: Number.isFinite(r.stalenessMs.mean)
        ? f.stalenessValue(ms(locale, r.stalenessMs.mean), ms(locale, r.stalenessMs.max))
        : f.notYet,
    },
    {
      label: f.lookups,
      value: f.lookupsValue(count(locale, r.queries.served), count(locale, r.queries.missed)),
    },
    // The cluster is paid only while it is up: its utilisation is over that time (the headline's),
    // not over the whole run, where an idle night would make any job look unused.
    {
      label: f.utilizationWhileUp,
      value: formatPercent(locale, r.clusterUpShare > 0 ? r.utilization / r.clusterUpShare : 0),
    },
    { label: f.clusterUp, value: formatPercent(locale, r.clusterUpShare) },
    { label: f.cost, value: formatNumber(locale, r.costPerHour) },
  ];
}

export function streamingFigures(text: LabText, locale: Locale, view: StreamingView): Figure[] {
  const f = text.figures;
  const r = view.report;
  const s = r.streaming;
  const none = r.counts.processed === 0;
  return [
    { label: f.produced, value: count(locale, r.counts.produced) },
    { label: f.processed, value: count(locale, r.counts.processed) },
    { label: f.lag, value: count(locale, s.lag.final) },
    { label: f.endToEnd('p50'), value: none ? f.notYet : ms(locale, r.latencyMs.p50) },
    { label: f.endToEnd('p99'), value: none ? f.notYet : ms(locale, r.latencyMs.p99) },
    { label: f.backpressure, value: f.backpressureLevels[s.backpressureLevel] },
    { label: f.rebalances, value: count(locale, s.rebalances) },
    { label: f.idleConsumers, value: count(locale, s.idleConsumers) },
    { label: f.throughput, value: text.units.perS(formatNumber(locale, r.throughputPerS)) },
    { label: f.cost, value: formatNumber(locale, r.costPerHour) },
  ];
}
