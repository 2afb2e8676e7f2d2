import type { SeriesData } from '../../sim/stats/series.ts';

/**
 * Cost per hour over time: the replicas paid for in each bucket times the price of a replica-hour
 * (the report's cost is the same product over the whole run).
 */
export function costSeries(series: SeriesData, pricePerHour: number): SeriesData {
  return {
    tMs: series.tMs,
    values: { cost: (series.values.replicas ?? []).map((r) => r * pricePerHour) },
  };
}
