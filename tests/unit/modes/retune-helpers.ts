import type { SeriesData } from '../../../src/sim/stats/series.ts';

/**
 * The buckets of a series that end at or before `tMs`: what happened before a retune at `tMs`.
 * Two runs that agree up to `tMs` and sample at the same times agree on these bit for bit.
 */
export function seriesBefore(series: SeriesData, tMs: number): SeriesData {
  const width = series.tMs.length > 1 ? series.tMs[1] - series.tMs[0] : Number.POSITIVE_INFINITY;
  const kept = series.tMs.filter((start) => start + width <= tMs).length;
  const values: Record<string, number[]> = {};
  for (const [name, points] of Object.entries(series.values)) values[name] = points.slice(0, kept);
  return { tMs: series.tMs.slice(0, kept), values };
}

/** The values of one series in the buckets that start at or after `fromMs` and end by `toMs`. */
export function seriesBetween(
  series: SeriesData,
  name: string,
  fromMs: number,
  toMs: number,
): number[] {
  const width = series.tMs[1] - series.tMs[0];
  return series.values[name].filter(
    (_, i) => series.tMs[i] >= fromMs && series.tMs[i] + width <= toMs,
  );
}
