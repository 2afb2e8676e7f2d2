/**
 * Geometry of LatencyHistogram. The engine's log histogram has 128 buckets per power of two
 * (src/sim/stats/histogram.ts), hundreds of them non-empty after a long run: too thin to see.
 * `mergeBuckets` joins neighbouring buckets into at most `maxBins` display bins of about equal
 * width on the log axis. A display bin is always a union of whole buckets, so its bounds are
 * bucket bounds and no count is split or lost.
 */
import { scaleLinear, scaleLog } from 'd3';
import type { HistogramBucket } from '../../modes/live-view.ts';
import type { QuantileSummary } from '../../sim/stats/histogram.ts';
import type { Margins } from './time-series.ts';
import { tickCount } from './time-axis.ts';

export const MAX_DISPLAY_BINS = 40;

/** A display bin: bounds in ms (the lowest may be 0, the engine's "zero" bucket) and a count. */
export interface Bin {
  lo: number;
  hi: number;
  count: number;
}

/** The bucket's position on a log axis: its geometric middle, or its upper bound if it starts at 0. */
function logPosition(lo: number, hi: number): number {
  return lo > 0 ? Math.log(Math.sqrt(lo * hi)) : Math.log(hi);
}

export function mergeBuckets(
  buckets: readonly HistogramBucket[],
  maxBins = MAX_DISPLAY_BINS,
): Bin[] {
  const sorted = buckets
    .filter((b) => b[2] > 0 && b[1] > 0)
    .slice()
    .sort((a, b) => a[0] - b[0]);
  if (sorted.length === 0) return [];
  if (sorted.length <= maxBins) return sorted.map(([lo, hi, count]) => ({ lo, hi, count }));

  const first = logPosition(sorted[0][0], sorted[0][1]);
  const last = logPosition(sorted[sorted.length - 1][0], sorted[sorted.length - 1][1]);
  const step = (last - first) / maxBins || 1;
  const bins: Bin[] = [];
  let group = -1;
  for (const [lo, hi, count] of sorted) {
    const g = Math.min(maxBins - 1, Math.floor((logPosition(lo, hi) - first) / step));
    if (g === group) {
      const bin = bins[bins.length - 1];
      bin.hi = Math.max(bin.hi, hi);
      bin.count += count;
    } else {
      bins.push({ lo, hi, count });
      group = g;
    }
  }
  return bins;
}

export interface Marker {
  key: string;
  /** The text drawn next to the marker's line, value and unit included ("p95: 120 ms"). */
  label: string;
  valueMs: number;
  kind: 'quantile' | 'slo' | 'theory';
}

export interface HistogramLayoutInput {
  bins: readonly Bin[];
  markers: readonly Marker[];
  width: number;
  height: number;
  margins?: Margins;
}

export interface HistogramLayout {
  plot: { x: number; y: number; width: number; height: number };
  domainMs: [number, number];
  bars: Array<{ x: number; width: number; y: number; height: number; bin: Bin }>;
  xTicks: Array<{ ms: number; x: number }>;
  yTicks: Array<{ value: number; y: number }>;
  /** Markers inside the domain with their x and a label row, so neighbouring labels don't overlap. */
  markers: Array<Marker & { x: number; row: number; anchor: 'start' | 'end' }>;
}

/** The top margin grows by one MARKER_ROW_PX per row of marker labels. */
export const HISTOGRAM_MARGINS: Margins = { top: 24, right: 16, bottom: 40, left: 48 };

/** Ticks at 1, 2 and 5 times powers of ten, thinned to 1 and 3, then to 1, until `max` fit. */
export function logTicks(lo: number, hi: number, max: number): number[] {
  const ladders = [[1, 2, 5], [1, 3], [1]];
  let fallback: number[] = [];
  for (const ladder of ladders) {
    const ticks: number[] = [];
    for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
      for (const m of ladder) {
        const t = m * 10 ** e;
        // Round away floating-point noise (3 * 10 ** -1 is 0.30000000000000004).
        const v = Number(t.toPrecision(12));
        if (v >= lo && v <= hi) ticks.push(v);
      }
    }
    fallback = ticks;
    if (ticks.length <= max) return ticks;
  }
  // Many decades: keep every k-th power of ten.
  const k = Math.ceil(fallback.length / max);
  return fallback.filter((_, i) => i % k === 0);
}

/**
 * The x domain: every bin and marker, widened to at least one decade around its geometric middle
 * so that a narrow distribution (a fixed service time) is not stretched across the whole width.
 */
export function histogramDomain(
  bins: readonly Bin[],
  markers: readonly Marker[],
): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = 0;
  for (const b of bins) {
    lo = Math.min(lo, b.lo > 0 ? b.lo : b.hi / 2);
    hi = Math.max(hi, b.hi);
  }
  for (const m of markers) {
    if (m.valueMs > 0 && Number.isFinite(m.valueMs)) {
      lo = Math.min(lo, m.valueMs);
      hi = Math.max(hi, m.valueMs);
    }
  }
  if (!(hi > 0) || !Number.isFinite(lo)) return [1, 1000];
  lo /= 1.25;
  hi *= 1.25;
  if (hi / lo < 10) {
    const mid = Math.sqrt(lo * hi);
    lo = mid / Math.sqrt(10);
    hi = mid * Math.sqrt(10);
  }
  return [lo, hi];
}

/** Height of one row of marker labels above the plot, px, and the estimated width of a character. */
export const LABEL_CHAR_PX = 7;
export const MARKER_ROW_PX = 14;

export function histogramLayout(input: HistogramLayoutInput): HistogramLayout {
  const base = input.margins ?? HISTOGRAM_MARGINS;
  const plotWidth = Math.max(1, input.width - base.left - base.right);
  const domainMs = histogramDomain(input.bins, input.markers);
  const x = scaleLog()
    .domain(domainMs)
    .range([base.left, base.left + plotWidth])
    .clamp(true);

  // Marker labels sit in rows above the plot. A label starts just right of its line, or ends just
  // left of it when it would leave the plot; it goes to the first row where it overlaps no other
  // label, and the top margin grows with the rows. Widths are estimated (LABEL_CHAR_PX).
  const markers: HistogramLayout['markers'] = [];
  const sorted = input.markers
    .filter((mk) => Number.isFinite(mk.valueMs) && mk.valueMs > 0)
    .slice()
    .sort((a, b) => a.valueMs - b.valueMs);
  const right = base.left + plotWidth;
  const rowEnds: number[] = [];
  for (const mk of sorted) {
    const mx = x(mk.valueMs);
    const w = mk.label.length * LABEL_CHAR_PX;
    const anchor: 'start' | 'end' = mx + 3 + w <= right ? 'start' : 'end';
    const start = anchor === 'start' ? mx + 3 : mx - 3 - w;
    let row = rowEnds.findIndex((end) => end + 6 <= start);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(start + w);
    } else rowEnds[row] = start + w;
    markers.push({ ...mk, x: mx, row, anchor });
  }
  const m = { ...base, top: base.top + MARKER_ROW_PX * rowEnds.length };
  const plotHeight = Math.max(1, input.height - m.top - m.bottom);

  let maxCount = 0;
  for (const b of input.bins) if (b.count > maxCount) maxCount = b.count;
  const y = scaleLinear()
    .domain([0, maxCount > 0 ? maxCount : 1])
    .range([m.top + plotHeight, m.top])
    .nice(tickCount(plotHeight, 40));

  const bars = input.bins.map((bin) => {
    const left = x(bin.lo > 0 ? bin.lo : domainMs[0]);
    // At least one pixel wide, so a single bucket of a fixed service time stays visible.
    const width = Math.max(1, x(bin.hi) - left);
    const top = y(bin.count);
    return { x: left, width, y: top, height: m.top + plotHeight - top, bin };
  });

  return {
    plot: { x: m.left, y: m.top, width: plotWidth, height: plotHeight },
    domainMs,
    bars,
    xTicks: logTicks(domainMs[0], domainMs[1], tickCount(plotWidth, 70)).map((ms) => ({
      ms,
      x: x(ms),
    })),
    yTicks: y.ticks(tickCount(plotHeight, 40)).map((value) => ({ value, y: y(value) })),
    markers,
  };
}

/** The p50, p95 and p99 markers of a summary, labelled by `label`; none without a summary. */
export function quantileMarkers(
  summary: QuantileSummary | null,
  label: (key: 'p50' | 'p95' | 'p99', valueMs: number) => string,
): Marker[] {
  if (!summary) return [];
  return (['p50', 'p95', 'p99'] as const).map((key) => ({
    key,
    label: label(key, summary[key]),
    valueMs: summary[key],
    kind: 'quantile' as const,
  }));
}
