/**
 * The thin time axis under each strip (TEACHING.md: "time markers on the axis for the events that
 * matter"): the span shown, round ticks from time-axis.ts, the "now" cursor, and markers such as a
 * scale decision or a rebalance. Its margins are the Gantt chart's, so a batch strip can draw its
 * runs with ganttLayout on the very same scale.
 */
import { scaleLinear } from 'd3';
import { GANTT } from '../../charts/gantt-layout.ts';
import { tickCount, timeTicks } from '../../charts/time-axis.ts';

export interface Marker<K extends string> {
  kind: K;
  atMs: number;
}

export interface PlacedMarker<K extends string> {
  kind: K;
  x: number;
}

export interface TimelineLayout<K extends string> {
  /** Ends of the axis, px. */
  x0: number;
  x1: number;
  ticks: number[];
  /** The cursor, null when now is outside the span. */
  nowX: number | null;
  markers: PlacedMarker<K>[];
  /** Position of a time on this axis (clamped to it), px. */
  x: (ms: number) => number;
}

/** Markers of one kind closer than this are drawn once: a burst of rejections is one mark. */
export const MARKER_MERGE_PX = 4;

/** The axis for [startMs, endMs] across `width` px, with `markers` placed on it. */
export function timelineLayout<K extends string>(
  startMs: number,
  endMs: number,
  nowMs: number,
  width: number,
  markers: readonly Marker<K>[],
): TimelineLayout<K> {
  const x0 = GANTT.margins.left;
  const x1 = Math.max(x0 + 1, width - GANTT.margins.right);
  const end = Math.max(endMs, startMs + 1);
  const scale = scaleLinear().domain([startMs, end]).range([x0, x1]).clamp(true);
  const { ticksMs } = timeTicks(startMs, end, tickCount(x1 - x0, 60));
  const placed: PlacedMarker<K>[] = [];
  const lastX = new Map<K, number>();
  for (const m of [...markers].sort((a, b) => a.atMs - b.atMs)) {
    if (m.atMs < startMs || m.atMs > end) continue;
    const x = scale(m.atMs);
    const previous = lastX.get(m.kind);
    if (previous !== undefined && x - previous < MARKER_MERGE_PX) continue;
    lastX.set(m.kind, x);
    placed.push({ kind: m.kind, x });
  }
  return {
    x0,
    x1,
    ticks: ticksMs.filter((t) => t >= startMs && t <= end).map((t) => scale(t)),
    nowX: nowMs >= startMs && nowMs <= end ? scale(nowMs) : null,
    markers: placed,
    x: (ms) => scale(ms),
  };
}

/**
 * The markers a strip has seen, newest kept: a bounded list (a day-long run has thousands of
 * snapshots), forgotten when the simulated time goes back (a new run).
 */
export class MarkerLog<K extends string> {
  private list: Marker<K>[] = [];

  constructor(readonly capacity = 64) {}

  get items(): readonly Marker<K>[] {
    return this.list;
  }

  add(markers: readonly Marker<K>[]): void {
    if (markers.length === 0) return;
    this.list = [...this.list, ...markers].slice(-this.capacity);
  }

  /** Forgets the markers after `nowMs`: they belong to a run that was replaced. */
  rewind(nowMs: number): void {
    if (this.list.some((m) => m.atMs > nowMs)) this.list = this.list.filter((m) => m.atMs <= nowMs);
  }
}
