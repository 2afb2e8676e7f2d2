import type { RunState } from '../../modes/run-state.ts';
import type { LabSnapshot } from '../../worker/lab-protocol.ts';
import type { SeriesData } from '../../sim/stats/series.ts';
import { formatLabQuery } from '../../lab/url-state.ts';

/**
 * What a lab exports: the report as JSON (with the state that reproduces it, the address's query
 * included), and the time series as CSV. File names carry the mode, preset and seed, so several
 * downloads stay apart.
 */
export function reportDocument(state: RunState, snapshot: LabSnapshot): unknown {
  const reports =
    snapshot.mode === 'online'
      ? { online: snapshot.online.report, theory: snapshot.online.theory }
      : snapshot.mode === 'batch'
        ? { batch: snapshot.batch.report }
        : snapshot.mode === 'streaming'
          ? { streaming: snapshot.streaming.report }
          : {
              summary: snapshot.compare.summary,
              batch: snapshot.compare.batch.report,
              online: snapshot.compare.online.report,
              streaming: snapshot.compare.streaming.report,
            };
  return {
    mode: state.mode,
    preset: state.preset,
    values: state.values,
    query: formatLabQuery(state),
    simulatedMs: snapshot.nowMs,
    endMs: snapshot.endMs,
    session: snapshot.session,
    ...reports,
  };
}

/** The series of each engine in the snapshot, keyed by mode. */
export function seriesOf(snapshot: LabSnapshot): Array<{ mode: string; series: SeriesData }> {
  const out: Array<{ mode: string; series: SeriesData }> = [];
  const add = (mode: string, series: SeriesData | undefined) => {
    if (series) out.push({ mode, series });
  };
  if (snapshot.mode === 'online') add('online', snapshot.online.report.series);
  else if (snapshot.mode === 'batch') add('batch', snapshot.batch.report.series);
  else if (snapshot.mode === 'streaming') add('streaming', snapshot.streaming.report.series);
  else {
    add('batch', snapshot.compare.batch.report.series);
    add('online', snapshot.compare.online.report.series);
    add('streaming', snapshot.compare.streaming.report.series);
  }
  return out;
}

/**
 * Several series in one CSV: one row per (mode, bucket), a column per quantity (empty where a
 * mode does not have it). RFC 4180: comma separated, CRLF line ends, quotes doubled.
 */
export function seriesCsv(all: Array<{ mode: string; series: SeriesData }>): string {
  const names = [...new Set(all.flatMap(({ series }) => Object.keys(series.values)))];
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const cell = (v: number | null | undefined) =>
    v === null || v === undefined || !Number.isFinite(v) ? '' : String(v);
  const lines = [['mode', 'time_ms', ...names].map(quote).join(',')];
  for (const { mode, series } of all) {
    series.tMs.forEach((t, i) => {
      lines.push(
        [quote(mode), String(t), ...names.map((n) => cell(series.values[n]?.[i]))].join(','),
      );
    });
  }
  return lines.join('\r\n') + '\r\n';
}

export function exportFileName(state: RunState, extension: string): string {
  const seed = state.values.seed;
  return `lab-${state.mode}-${state.preset}${seed === undefined ? '' : `-seed${String(seed)}`}.${extension}`;
}
