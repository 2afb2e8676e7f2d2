/**
 * What the online strip keeps between snapshots, on top of RequestFlow's FlowModel (which moves the
 * dots): which sampled requests are still waiting and in which order, and which replicas are busy.
 * Both are read from the snapshots' `recent` events; neither touches the DOM.
 */
import type { OnlineView } from '../../../modes/online/live.ts';
import type { RecentEvent } from '../../../sim/stats/recent-events.ts';
import { FLOW_KIND, MAX_AGE_MS } from '../../charts/request-flow.ts';

/** Dots on a strip at once: a few dozen SVG circles stay cheap to move at display rate. */
export const MAX_STRIP_DOTS = 36;
/** New dots per snapshot: at ten snapshots a second, enough to see the flow without a swarm. */
export const MAX_NEW_DOTS = 3;

/**
 * The events to animate: every event but the arrivals, and of the arrivals an evenly spaced sample
 * of at most `room` (and MAX_NEW_DOTS). A request not sampled gets no dot, so its later events
 * are ignored by FlowModel; the numbers drawn come from the engine, not from the dots.
 */
export function sampleFlowEvents(events: readonly RecentEvent[], room: number): RecentEvent[] {
  const keep = Math.max(0, Math.min(MAX_NEW_DOTS, Math.floor(room)));
  const arrivals = events.reduce((n, e) => n + (e.kind === FLOW_KIND.arrived ? 1 : 0), 0);
  if (arrivals <= keep) return [...events];
  // Spread the sample over the snapshot, last arrivals first: their later events are the most
  // likely to reach the page (the event buffer keeps the newest).
  const stride = keep > 0 ? arrivals / keep : Number.POSITIVE_INFINITY;
  let index = 0;
  const out: RecentEvent[] = [];
  for (const e of events) {
    if (e.kind !== FLOW_KIND.arrived) out.push(e);
    else {
      const fromEnd = arrivals - 1 - index++;
      if (keep > 0 && fromEnd % stride < 1) out.push(e);
    }
  }
  return out;
}

/**
 * The sampled requests waiting, in arrival order (request ids count arrivals), so each dot gets
 * its place in the line: first in line nearest the replicas.
 */
export class WaitingLine {
  private readonly waiting = new Map<number, number>();
  /** Dots whose start the page never saw (the event buffer is bounded): not drawn. */
  private readonly lost = new Map<number, number>();
  /** Refused at the door (a full waiting room): their dot falls out at the lane's entrance. */
  private readonly refused = new Map<number, number>();

  get size(): number {
    return this.waiting.size;
  }

  ingest(events: readonly RecentEvent[], wallMs: number): void {
    for (const e of events) {
      if (e.kind === FLOW_KIND.arrived) this.waiting.set(e.id, wallMs);
      else if (e.kind !== FLOW_KIND.completed) {
        this.waiting.delete(e.id);
        this.lost.delete(e.id);
        if (e.kind === FLOW_KIND.rejected) this.refused.set(e.id, wallMs);
      }
    }
  }

  /**
   * The line can never hold more sampled requests than the queue holds requests: the oldest extra
   * ones have been served without the page seeing it, and stop being drawn as waiting.
   */
  trim(queued: number, wallMs: number): void {
    const extra = this.waiting.size - Math.max(0, Math.floor(queued));
    if (extra > 0) {
      const oldest = [...this.waiting.keys()].sort((a, b) => a - b).slice(0, extra);
      for (const id of oldest) {
        this.waiting.delete(id);
        this.lost.set(id, wallMs);
      }
    }
    for (const [id, since] of this.lost) if (wallMs - since > MAX_AGE_MS) this.lost.delete(id);
    for (const [id, since] of this.refused)
      if (wallMs - since > MAX_AGE_MS) this.refused.delete(id);
  }

  /** Place in the line (0 first), or -1 for a request not waiting. */
  rank(id: number): number {
    if (!this.waiting.has(id)) return -1;
    let ahead = 0;
    for (const other of this.waiting.keys()) if (other < id) ahead++;
    return ahead;
  }

  isLost(id: number): boolean {
    return this.lost.has(id);
  }

  isRefused(id: number): boolean {
    return this.refused.has(id);
  }

  clear(): void {
    this.waiting.clear();
    this.lost.clear();
    this.refused.clear();
  }
}

type Replica = OnlineView['replicas'][number];

/**
 * Which replicas are running a batch: a replica is busy from a request's start on it until a
 * completion on it. The snapshot says each replica's lifecycle state but not whether it works, so
 * this is read from the events; a slot taken over by a new replica starts idle.
 */
export class BusyReplicas {
  private readonly bySlot = new Map<number, { uid: number; busy: boolean }>();

  update(replicas: readonly Replica[], events: readonly RecentEvent[]): void {
    const present = new Set<number>();
    for (const r of replicas) {
      present.add(r.slot);
      const known = this.bySlot.get(r.slot);
      if (known === undefined || known.uid !== r.uid)
        this.bySlot.set(r.slot, { uid: r.uid, busy: false });
    }
    for (const slot of this.bySlot.keys()) if (!present.has(slot)) this.bySlot.delete(slot);
    for (const e of events) {
      const entry = this.bySlot.get(e.where);
      if (entry === undefined) continue;
      if (e.kind === FLOW_KIND.started) entry.busy = true;
      else if (e.kind === FLOW_KIND.completed) entry.busy = false;
    }
  }

  isBusy(slot: number): boolean {
    return this.bySlot.get(slot)?.busy ?? false;
  }

  clear(): void {
    this.bySlot.clear();
  }
}
