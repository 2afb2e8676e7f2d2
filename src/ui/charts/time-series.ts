/**
 * Geometry of TimeSeriesChart: scales, one SVG path per line, ticks, and the last value of each
 * line for the accessible name. Pure and O(points) per call, so it can run on every snapshot.
 *
 * Each point of a SeriesData is the time-weighted mean over a bucket that starts at tMs[i]
 * (src/sim/stats/series.ts), so it is drawn at the bucket's middle. Missing values (NaN, null)
 * break the line instead of being drawn as zero.
 */
import { line, scaleLinear } from 'd3';
import type { SeriesData } from '../../sim/stats/series.ts';
import type { TimeUnit } from '../../locale/time-units.ts';
import { tickCount, timeTicks } from './time-axis.ts';

export interface SeriesLine {
  /** Key into SeriesData.values. */
  key: string;
  label: string;
  /** A CSS custom property name for the line's colour, e.g. '--color-online'. */
  colorVar?: string;
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const SERIES_MARGINS: Margins = { top: 16, right: 16, bottom: 40, left: 48 };

export interface SeriesLayoutInput {
  data: SeriesData | null;
  lines: SeriesLine[];
  width: number;
  height: number;
  xStartMs?: number;
  xEndMs: number;
  yMax?: number;
  threshold?: { value: number };
  margins?: Margins;
}

export interface LineGeometry {
  key: string;
  /** SVG path data; empty when the line has no finite value. */
  d: string;
  /** The last finite value, or null. */
  last: number | null;
}

export interface SeriesLayout {
  plot: { x: number; y: number; width: number; height: number };
  xUnit: TimeUnit;
  xTicks: Array<{ ms: number; x: number }>;
  yTicks: Array<{ value: number; y: number }>;
  yDomain: [number, number];
  lines: LineGeometry[];
  /** y of the threshold line, null when none or outside the domain. */
  thresholdY: number | null;
}

export function isPresent(v: number | null | undefined): v is number {
  return v !== null && v !== undefined && Number.isFinite(v);
}

/** Width of the buckets: the spacing of the first two points (the recorder's buckets are equal). */
export function bucketWidthMs(tMs: readonly number[]): number {
  return tMs.length >= 2 ? tMs[1] - tMs[0] : 0;
}

/** Largest finite value over the given lines, or 0. */
export function maxValue(data: SeriesData | null, keys: readonly string[]): number {
  let max = 0;
  if (!data) return max;
  for (const key of keys) {
    const values = data.values[key];
    if (!values) continue;
    for (const v of values) if (isPresent(v) && v > max) max = v;
  }
  return max;
}

export function seriesLayout(input: SeriesLayoutInput): SeriesLayout {
  const m = input.margins ?? SERIES_MARGINS;
  const plotWidth = Math.max(1, input.width - m.left - m.right);
  const plotHeight = Math.max(1, input.height - m.top - m.bottom);
  const x0 = input.xStartMs ?? 0;
  const x1 = Math.max(input.xEndMs, x0 + 1);
  const x = scaleLinear()
    .domain([x0, x1])
    .range([m.left, m.left + plotWidth]);

  const keys = input.lines.map((l) => l.key);
  let top = input.yMax;
  if (top === undefined) {
    top = Math.max(maxValue(input.data, keys), input.threshold?.value ?? 0);
    if (!(top > 0)) top = 1;
  }
  const y = scaleLinear()
    .domain([0, top])
    .range([m.top + plotHeight, m.top]);
  if (input.yMax === undefined) y.nice(tickCount(plotHeight, 40));
  const yDomain = y.domain() as [number, number];

  const data = input.data;
  const half = data ? bucketWidthMs(data.tMs) / 2 : 0;
  const lines: LineGeometry[] = input.lines.map((l) => {
    const values = data?.values[l.key];
    if (!data || !values) return { key: l.key, d: '', last: null };
    const path = line<number>()
      .defined((i) => isPresent(values[i]))
      .x((i) => x(Math.min(data.tMs[i] + half, x1)))
      .y((i) => y(Math.min(values[i], yDomain[1])));
    const n = Math.min(values.length, data.tMs.length);
    const indices = Array.from({ length: n }, (_, i) => i);
    let last: number | null = null;
    for (let i = n - 1; i >= 0; i--) {
      if (isPresent(values[i])) {
        last = values[i];
        break;
      }
    }
    return { key: l.key, d: path(indices) ?? '', last };
  });

  const { unit, ticksMs } = timeTicks(x0, x1, tickCount(plotWidth, 80));
  const threshold = input.threshold?.value;
  return {
    plot: { x: m.left, y: m.top, width: plotWidth, height: plotHeight },
    xUnit: unit,
    xTicks: ticksMs.map((ms) => ({ ms, x: x(ms) })),
    yTicks: y.ticks(tickCount(plotHeight, 40)).map((value) => ({ value, y: y(value) })),
    yDomain,
    lines,
    thresholdY:
      threshold !== undefined && threshold >= yDomain[0] && threshold <= yDomain[1]
        ? y(threshold)
        : null,
  };
}
