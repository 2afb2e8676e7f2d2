/**
 * Geometry and words of the online strip: requests enter at the left, wait in a line in front of
 * the replicas (first in line nearest them), are answered to the right or refused below the door.
 * Replicas are boxes in a small grid; a strip shows at most MAX_SHOWN_REPLICAS of them.
 */
import type { OnlineView } from '../../../modes/online/live.ts';
import type { RecentEvent } from '../../../sim/stats/recent-events.ts';
import type { OnlineFacts } from '../../../i18n/mechanism-messages.ts';
import { FLOW_KIND, type Place, type Point } from '../../charts/request-flow.ts';
import type { Marker } from './timeline.ts';

type Replica = OnlineView['replicas'][number];

export const MAX_SHOWN_REPLICAS = 16;
const BOX_MIN_H = 9;
const BOX_GAP = 3;
/** Distance between two waiting dots, px: they squeeze when the line is longer than its lane. */
const DOT_SPACING = 8;

export interface ReplicaBox {
  replica: Replica;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface OnlineStripLayout {
  width: number;
  height: number;
  midY: number;
  sourceX: number;
  lane: { x0: number; x1: number; y: number; h: number };
  boxes: ReplicaBox[];
  /** Replicas that did not fit. */
  hidden: number;
  exitX: number;
  drop: Point;
}

/** Replicas worth drawing: a stopped one is gone. Ordered by version, then slot, so boxes stay put. */
export function liveReplicas(replicas: readonly Replica[]): Replica[] {
  return replicas
    .filter((r) => r.state !== 'stopped')
    .sort((a, b) => a.version - b.version || a.slot - b.slot);
}

export function onlineStripLayout(
  width: number,
  height: number,
  replicas: readonly Replica[],
): OnlineStripLayout {
  const w = Math.max(120, width);
  const midY = height / 2;
  const shown = liveReplicas(replicas);
  const drawn = shown.slice(0, MAX_SHOWN_REPLICAS);
  const areaX0 = w * 0.64;
  const areaX1 = w * 0.86;
  const rows = Math.max(
    1,
    Math.min(drawn.length, Math.floor((height + BOX_GAP) / (BOX_MIN_H + BOX_GAP))),
  );
  const cols = Math.max(1, Math.ceil(drawn.length / rows));
  const boxW = Math.min(28, (areaX1 - areaX0 - (cols - 1) * BOX_GAP) / cols);
  const boxH = Math.min(16, (height - (rows - 1) * BOX_GAP) / rows);
  const gridH = rows * boxH + (rows - 1) * BOX_GAP;
  const gridW = cols * boxW + (cols - 1) * BOX_GAP;
  const left = (areaX0 + areaX1 - gridW) / 2;
  const top = midY - gridH / 2;
  const boxes = drawn.map((replica, i) => ({
    replica,
    x: left + Math.floor(i / rows) * (boxW + BOX_GAP),
    y: top + (i % rows) * (boxH + BOX_GAP),
    w: boxW,
    h: boxH,
  }));
  return {
    width: w,
    height,
    midY,
    sourceX: 8,
    lane: { x0: 24, x1: w * 0.58, y: midY - 7, h: 14 },
    boxes,
    hidden: shown.length - drawn.length,
    exitX: w - 8,
    drop: { x: 32, y: height - 3 },
  };
}

/** Where the waiting request of rank `rank` (0 first in line) stands. */
export function waitingSpot(layout: OnlineStripLayout, rank: number): Point {
  const { lane } = layout;
  const head = lane.x1 - 6;
  return { x: Math.max(lane.x0 + 4, head - Math.max(0, rank) * DOT_SPACING), y: layout.midY };
}

/** How many waiting dots the lane holds before they pile at its end. */
export function laneCapacity(layout: OnlineStripLayout): number {
  return Math.max(1, Math.floor((layout.lane.x1 - 6 - (layout.lane.x0 + 4)) / DOT_SPACING) + 1);
}

/** What placePoint needs to know of the line (WaitingLine). */
export interface LineOrder {
  /** Place in the line, 0 first, -1 when not waiting. */
  rank(id: number): number;
  isRefused(id: number): boolean;
}

/**
 * A FlowModel place in strip pixels. A refused request never joins the line: its "queue" is the
 * lane's entrance, where it falls out.
 */
export function placePoint(
  layout: OnlineStripLayout,
  place: Place,
  id: number,
  line: LineOrder,
): Point {
  switch (place.kind) {
    case 'client':
      return { x: layout.sourceX, y: layout.midY };
    case 'queue':
      if (line.isRefused(id)) return { x: layout.lane.x0 + 4, y: layout.midY };
      return waitingSpot(layout, line.rank(id));
    case 'replica': {
      const box = layout.boxes.find((b) => b.replica.slot === place.slot);
      if (!box) return { x: layout.width * 0.75, y: layout.midY };
      return { x: box.x + box.w / 2, y: box.y + box.h / 2 };
    }
    case 'exit':
      return { x: layout.exitX, y: layout.midY };
    case 'drop':
      return layout.drop;
  }
}

/** The strip's state in numbers, for the status line and the spoken summary. */
export function onlineFacts(
  view: Pick<OnlineView, 'replicas' | 'queued' | 'report'>,
  isBusy: (slot: number) => boolean,
): OnlineFacts {
  const live = liveReplicas(view.replicas);
  const count = (...states: Replica['state'][]) =>
    live.filter((r) => states.includes(r.state)).length;
  return {
    waiting: Math.max(0, view.queued),
    busy: live.filter((r) => (r.state === 'ready' || r.state === 'draining') && isBusy(r.slot))
      .length,
    replicas: live.length,
    warming: count('cold', 'loading'),
    draining: count('draining'),
    rejected: view.report.counts.rejected,
    timedOut: view.report.counts.timedOut,
  };
}

export type OnlineMarkerKind = 'up' | 'down' | 'rejected';

/**
 * The events worth a mark on the time axis between two snapshots: a replica added (scale up), a
 * replica leaving (scale down), requests refused. The first snapshot has no "before": its
 * replicas were there from the start.
 */
export function onlineMarkers(
  before: readonly Replica[] | null,
  after: readonly Replica[],
  events: readonly RecentEvent[],
  nowMs: number,
): Marker<OnlineMarkerKind>[] {
  const out: Marker<OnlineMarkerKind>[] = [];
  if (before !== null) {
    const previous = new Map(before.map((r) => [r.uid, r.state]));
    const current = new Map(after.map((r) => [r.uid, r.state]));
    if (after.some((r) => !previous.has(r.uid))) out.push({ kind: 'up', atMs: nowMs });
    const leaving = (s: Replica['state'] | undefined) =>
      s === undefined || s === 'draining' || s === 'stopped';
    const left = before.some(
      (r) => r.state !== 'draining' && r.state !== 'stopped' && leaving(current.get(r.uid)),
    );
    if (left) out.push({ kind: 'down', atMs: nowMs });
  }
  const refused = events.find((e) => e.kind === FLOW_KIND.rejected);
  if (refused) out.push({ kind: 'rejected', atMs: refused.timeMs });
  return out;
}
