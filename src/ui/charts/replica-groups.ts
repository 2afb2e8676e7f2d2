/**
 * ReplicaStrip's grouping: replicas by model version (a rollout runs v1 and v2 side by side), each
 * group ordered by slot so a box stays in place while the others change state.
 */
import type { OnlineView } from '../../modes/online/live.ts';
import type { ReplicaState } from '../../machines/replica.ts';

export type ReplicaInfo = OnlineView['replicas'][number];

export interface VersionGroup {
  /** The pool index the engine uses (0 for the first version). */
  version: number;
  replicas: ReplicaInfo[];
  counts: Record<ReplicaState, number>;
}

export const REPLICA_STATES: readonly ReplicaState[] = [
  'cold',
  'loading',
  'ready',
  'draining',
  'stopped',
];

function emptyCounts(): Record<ReplicaState, number> {
  return { cold: 0, loading: 0, ready: 0, draining: 0, stopped: 0 };
}

export function groupByVersion(replicas: readonly ReplicaInfo[]): VersionGroup[] {
  const groups = new Map<number, VersionGroup>();
  for (const r of replicas) {
    let g = groups.get(r.version);
    if (!g) {
      g = { version: r.version, replicas: [], counts: emptyCounts() };
      groups.set(r.version, g);
    }
    g.replicas.push(r);
    g.counts[r.state]++;
  }
  const out = [...groups.values()].sort((a, b) => a.version - b.version);
  for (const g of out) g.replicas.sort((a, b) => a.slot - b.slot);
  return out;
}

/**
 * The end of the queue bar's scale: the waiting room's capacity when it has one, else the
 * smallest of 10, 20, 50, 100, 200... holding the largest queue seen, so the bar does not rescale
 * at every snapshot.
 */
export function queueScale(peak: number, capacity: number | null | undefined): number {
  if (capacity !== null && capacity !== undefined && Number.isFinite(capacity) && capacity > 0)
    return capacity;
  if (!(peak > 10)) return 10;
  if (!Number.isFinite(peak)) return Number.MAX_VALUE;
  let step = 10;
  for (;;) {
    for (const m of [1, 2, 5]) if (peak <= step * m) return step * m;
    step *= 10;
  }
}
