import { REGIONS } from '../data/content-views.ts';
import type { ContentWindow } from '../data/content-windows.ts';
import { decodeContentForecast, yesterdayForecast } from '../features/content-popularity.ts';
import { meanAbsoluteError, precisionAtK } from './metrics.ts';
import type { Score } from './score.ts';

/**
 * Tomorrow's views: mean absolute error of log(1 + views), about the typical relative error (0.1
 * is roughly 10%), so a large item and a small one count alike. Beside it, precision at 10: of
 * each region's real top 10 items tomorrow, how many the forecast's top 10 contains, which is what
 * the cached "most viewed" list needs. Baseline: the naive forecast, tomorrow as yesterday.
 */
export function scoreContent(outputs: Float32Array, rows: readonly ContentWindow[]): Score {
  const actual = rows.map((w) => Math.log1p(w.views));
  const forecast = rows.map((w, i) => Math.log1p(decodeContentForecast(w, outputs[i])));
  const naive = rows.map((w) => Math.log1p(yesterdayForecast(w)));
  const groups = rows.map((w) => w.day * REGIONS.length + REGIONS.indexOf(w.region));
  return {
    metric: 'MAE of log(1+views)',
    value: meanAbsoluteError(forecast, actual),
    baseline: meanAbsoluteError(naive, actual),
    baselineName: "yesterday's views",
    higherIsBetter: false,
    extras: {
      'precision@10 per region': precisionAtK(forecast, actual, groups, 10),
      "precision@10 per region (yesterday's views)": precisionAtK(naive, actual, groups, 10),
    },
    notes: [],
  };
}
