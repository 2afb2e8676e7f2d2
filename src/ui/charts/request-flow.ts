/**
 * The model behind RequestFlow's animation, kept apart from the canvas so it can be tested without a
 * browser: which requests are drawn as dots, where each dot is going, and the running counts.
 *
 * The engine sends the events since the previous snapshot (src/lab/snapshot.ts, `recent`). A dot
 * follows one request through legs client -> queue -> replica -> back; events that arrive
 * together (a fast simulation sends arrival, start and completion in one snapshot) become
 * successive legs, so the path stays readable at any speed. Only a sample of the arrivals gets a
 * dot (at most MAX_NEW_PER_BATCH per snapshot, MAX_DOTS at once); the counts include every event.
 * Time is the wall clock in ms, passed in, so tests never sleep.
 */
import type { RecentEvent } from '../../sim/stats/recent-events.ts';
import type { OnlineEventKind } from '../../modes/online/simulation.ts';
import type { FlowCount } from '../../i18n/chart-text.ts';

/** The engine's event kinds, mirrored (the type check keeps them equal) to avoid bundling the engine. */
export const FLOW_KIND = {
  arrived: 0,
  rejected: 1,
  started: 2,
  completed: 3,
  timedOut: 4,
} as const satisfies typeof OnlineEventKind;

const KIND_NAMES: FlowCount[] = ['arrived', 'rejected', 'started', 'completed', 'timedOut'];

export const MAX_DOTS = 120;
export const MAX_NEW_PER_BATCH = 6;
/** Duration of one leg of a dot's path, wall ms. */
export const LEG_MS = 450;
/** Events of one snapshot are spread over about one display frame. */
const SPREAD_MS = 33;
/** A dot whose request's later events were missed (the event buffer is bounded) goes after this. */
export const MAX_AGE_MS = 20_000;

export type Place =
  | { kind: 'client' }
  | { kind: 'queue' }
  | { kind: 'replica'; slot: number }
  | { kind: 'exit' }
  | { kind: 'drop' };

export type Fate = 'pending' | 'ok' | 'rejected' | 'timedOut';

interface Leg {
  from: Place;
  to: Place;
  startMs: number;
}

interface Dot {
  id: number;
  legs: Leg[];
  fate: Fate;
  bornMs: number;
  /** Set once the request's last event is known: the end of its last leg. */
  removeAtMs: number | null;
}

export interface Point {
  x: number;
  y: number;
}

export interface DrawnDot extends Point {
  id: number;
  fate: Fate;
}

const CLIENT: Place = { kind: 'client' };
const QUEUE: Place = { kind: 'queue' };
const EXIT: Place = { kind: 'exit' };
const DROP: Place = { kind: 'drop' };

export function emptyCounts(): Record<FlowCount, number> {
  return { arrived: 0, rejected: 0, started: 0, completed: 0, timedOut: 0 };
}

export class FlowModel {
  readonly counts = emptyCounts();
  private readonly dots = new Map<number, Dot>();

  get size(): number {
    return this.dots.size;
  }

  /** Counts every event; with `animate`, also moves (and creates) dots. */
  ingest(events: readonly RecentEvent[], nowMs: number, animate = true): void {
    const arrivals = events.reduce((n, e) => n + (e.kind === FLOW_KIND.arrived ? 1 : 0), 0);
    const stride = Math.max(1, Math.ceil(arrivals / MAX_NEW_PER_BATCH));
    let arrivalIndex = 0;
    events.forEach((e, i) => {
      const name = KIND_NAMES[e.kind];
      if (name) this.counts[name]++;
      if (!animate) return;
      const at = nowMs + (events.length > 1 ? (i / events.length) * SPREAD_MS : 0);
      if (e.kind === FLOW_KIND.arrived) {
        if (arrivalIndex++ % stride === 0 && this.dots.size < MAX_DOTS) {
          this.dots.set(e.id, {
            id: e.id,
            legs: [{ from: CLIENT, to: QUEUE, startMs: at }],
            fate: 'pending',
            bornMs: at,
            removeAtMs: null,
          });
        }
        return;
      }
      const dot = this.dots.get(e.id);
      if (!dot) return;
      if (e.kind === FLOW_KIND.started) this.addLeg(dot, { kind: 'replica', slot: e.where }, at);
      else if (e.kind === FLOW_KIND.completed) this.finish(dot, EXIT, 'ok', at);
      else if (e.kind === FLOW_KIND.rejected) this.finish(dot, DROP, 'rejected', at);
      else if (e.kind === FLOW_KIND.timedOut) this.finish(dot, DROP, 'timedOut', at);
    });
  }

  /** Forgets finished and stale dots; true while any dot is left to draw. */
  prune(nowMs: number): boolean {
    for (const [id, dot] of this.dots) {
      const done = dot.removeAtMs !== null && nowMs >= dot.removeAtMs;
      if (done || nowMs - dot.bornMs > MAX_AGE_MS) this.dots.delete(id);
    }
    return this.dots.size > 0;
  }

  /** Every visible dot's position at `nowMs`, places resolved by `place`. */
  positions(nowMs: number, place: (p: Place, id: number) => Point): DrawnDot[] {
    const out: DrawnDot[] = [];
    for (const dot of this.dots.values()) {
      let leg: Leg | null = null;
      for (const l of dot.legs) if (l.startMs <= nowMs) leg = l;
      if (!leg) continue;
      const a = place(leg.from, dot.id);
      const b = place(leg.to, dot.id);
      const t = Math.min(1, Math.max(0, (nowMs - leg.startMs) / LEG_MS));
      // Ease in and out so a dot visibly leaves and arrives.
      const s = t * t * (3 - 2 * t);
      const fate = leg === dot.legs[dot.legs.length - 1] ? dot.fate : 'pending';
      out.push({ id: dot.id, x: a.x + (b.x - a.x) * s, y: a.y + (b.y - a.y) * s, fate });
    }
    return out;
  }

  clear(): void {
    this.dots.clear();
  }

  /** A new leg starts when the previous one has ended, or at `at` if later. */
  private addLeg(dot: Dot, to: Place, at: number): void {
    const last = dot.legs[dot.legs.length - 1];
    dot.legs.push({ from: last.to, to, startMs: Math.max(at, last.startMs + LEG_MS) });
  }

  private finish(dot: Dot, to: Place, fate: Fate, at: number): void {
    this.addLeg(dot, to, at);
    dot.fate = fate;
    dot.removeAtMs = dot.legs[dot.legs.length - 1].startMs + LEG_MS;
  }
}

/** Fixed positions of the stations in a unit square; replicas stacked in `rows` rows. */
export function stationPoint(
  p: Place,
  rowOfSlot: (slot: number) => number,
  rows: number,
  id: number,
): Point {
  // A small fixed offset per request spreads dots that share a station (Knuth's multiplicative hash).
  const h = (Math.imul(id | 0, 2654435761) >>> 0) / 2 ** 32;
  switch (p.kind) {
    case 'client':
      return { x: 0.1, y: 0.5 };
    case 'queue':
      return { x: 0.42 + (h - 0.5) * 0.12, y: 0.5 + (((h * 7) % 1) - 0.5) * 0.2 };
    case 'replica': {
      const n = Math.max(1, rows);
      const row = Math.max(0, rowOfSlot(p.slot));
      return { x: 0.78, y: (row + 0.5) / n };
    }
    case 'exit':
      return { x: 0.1, y: 0.8 };
    case 'drop':
      return { x: 0.3, y: 0.95 };
  }
}
