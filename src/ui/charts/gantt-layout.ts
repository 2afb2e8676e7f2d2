/**
 * Geometry of GanttChart. Overlapping batch runs are what the learner must see (a run that takes
 * longer than the schedule interval piles up behind the next), so each run gets a lane of its own
 * while it overlaps another: `assignLanes` is first-fit in order of start time, which for
 * intervals uses the fewest lanes possible (the largest number of runs alive at one instant;
 * interval graphs are perfect, Golumbic 1980, ch. 8). A run occupies its lane from its schedule
 * tick (the wait in the backlog is drawn as a thin whisker) to its end, or to now while it goes on.
 */
import { scaleLinear } from 'd3';
import type { BatchRunRecord } from '../../modes/batch/run-log.ts';
import type { TimeUnit } from '../../locale/time-units.ts';
import { tickCount, timeTicks } from './time-axis.ts';

export interface Interval {
  startMs: number;
  endMs: number;
}

/**
 * A lane index for each interval (same order as given). Intervals are half-open, [start, end):
 * one that ends exactly when another starts shares its lane.
 */
export function assignLanes(intervals: readonly Interval[]): number[] {
  const order = intervals.map((_, i) => i);
  order.sort((a, b) => intervals[a].startMs - intervals[b].startMs || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(intervals.length);
  for (const i of order) {
    const { startMs, endMs } = intervals[i];
    let lane = laneEnds.findIndex((end) => end <= startMs);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(endMs);
    } else laneEnds[lane] = endMs;
    lanes[i] = lane;
  }
  return lanes;
}

export const GANTT = {
  margins: { top: 8, right: 16, bottom: 40, left: 16 },
  /** Row of skipped-tick markers above the lanes. */
  skippedRow: 22,
  lane: 24,
  laneGap: 6,
};

export interface GanttBar {
  run: BatchRunRecord;
  lane: number;
  /** The wait from the schedule tick to the start (zero width when it started on time). */
  waitX: number;
  startX: number;
  endX: number;
  y: number;
  /** The run is still going or waiting: drawn up to now. */
  open: boolean;
}

export interface GanttLayout {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  xUnit: TimeUnit;
  xTicks: Array<{ ms: number; x: number }>;
  bars: GanttBar[];
  skipped: Array<{ run: BatchRunRecord; x: number }>;
  lanes: number;
  nowX: number | null;
  skippedY: number;
}

export interface GanttLayoutInput {
  runs: readonly BatchRunRecord[];
  nowMs: number;
  width: number;
  xStartMs?: number;
  xEndMs?: number;
}

/** The interval a run holds a lane for: from its tick to its end, or to now while it goes on. */
export function runInterval(run: BatchRunRecord, nowMs: number): Interval {
  return { startMs: run.scheduledMs, endMs: Math.max(run.scheduledMs, run.endMs ?? nowMs) };
}

export function ganttLayout(input: GanttLayoutInput): GanttLayout {
  const { runs, nowMs } = input;
  const m = GANTT.margins;
  const x0 = input.xStartMs ?? (runs.length > 0 ? Math.min(runs[0].scheduledMs, nowMs) : 0);
  const x1 = Math.max(input.xEndMs ?? nowMs, x0 + 1);
  const plotWidth = Math.max(1, input.width - m.left - m.right);
  const x = scaleLinear()
    .domain([x0, x1])
    .range([m.left, m.left + plotWidth])
    .clamp(true);

  const drawn = runs.filter((r) => r.outcome !== 'skipped');
  const lanesOf = assignLanes(drawn.map((r) => runInterval(r, nowMs)));
  const lanes = lanesOf.reduce((max, l) => Math.max(max, l + 1), 0);
  const lanesTop = m.top + GANTT.skippedRow;
  const bars: GanttBar[] = drawn.map((run, i) => {
    const { endMs } = runInterval(run, nowMs);
    const startMs = run.startMs ?? endMs;
    return {
      run,
      lane: lanesOf[i],
      waitX: x(run.scheduledMs),
      startX: x(run.outcome === 'queued' ? run.scheduledMs : startMs),
      endX: x(endMs),
      y: lanesTop + lanesOf[i] * (GANTT.lane + GANTT.laneGap),
      open: run.endMs === null,
    };
  });
  const plotHeight = GANTT.skippedRow + Math.max(1, lanes) * (GANTT.lane + GANTT.laneGap);
  const { unit, ticksMs } = timeTicks(x0, x1, tickCount(plotWidth, 80));
  return {
    width: input.width,
    height: m.top + plotHeight + m.bottom,
    plot: { x: m.left, y: m.top, width: plotWidth, height: plotHeight },
    xUnit: unit,
    xTicks: ticksMs.map((ms) => ({ ms, x: x(ms) })),
    bars,
    skipped: runs
      .filter((r) => r.outcome === 'skipped')
      .map((run) => ({ run, x: x(run.scheduledMs) })),
    lanes,
    nowX: nowMs >= x0 && nowMs <= x1 ? x(nowMs) : null,
    skippedY: m.top + GANTT.skippedRow / 2,
  };
}
