import type { SeriesData } from '../../sim/stats/series.ts';

export type DurationUnit = 's' | 'min' | 'h' | 'd';

const MS: Record<DurationUnit, number> = { s: 1000, min: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * A series of durations in ms, rescaled to the unit its largest value reads best in (a staleness
 * of 5,000,000 ms is "1.4 h"), so the axis shows readable numbers with their unit.
 */
export function durationSeries(
  series: SeriesData,
  key: string,
): { data: SeriesData; unit: DurationUnit } {
  const values = series.values[key] ?? [];
  const max = values.reduce((m, v) => (Number.isFinite(v) && v > m ? v : m), 0);
  const unit: DurationUnit =
    max >= 2 * MS.d ? 'd' : max >= 2 * MS.h ? 'h' : max >= 2 * MS.min ? 'min' : 's';
  return {
    data: { tMs: series.tMs, values: { [key]: values.map((v) => v / MS[unit]) } },
    unit,
  };
}
