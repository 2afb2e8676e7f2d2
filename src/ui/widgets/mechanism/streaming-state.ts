/**
 * What the streaming strip reads from a snapshot: who reads which partition, who sits idle,
 * whether the group is in a rebalance (everyone paused), and whether the lag grows or drains.
 */
import type { StreamingView } from '../../../modes/streaming/live.ts';
import type { LagTrend, StreamingFacts } from '../../../i18n/mechanism-messages.ts';
import { partitionLayout } from '../../charts/partition-layout.ts';
import type { Marker } from './timeline.ts';

type Group = StreamingView['group'];

/** 'assigned', or { rebalancing: 'revoking' | 'syncing' } (consumer-group.ts). */
export function isRebalancing(group: Group): boolean {
  return group.state !== 'assigned';
}

/**
 * Growing or draining: a change smaller than 2% of the lag (or than one record) is steady, so the
 * word does not flicker with the noise of single arrivals.
 */
export function lagTrend(before: number | null, after: number): LagTrend {
  if (before === null) return 'steady';
  const delta = after - before;
  if (Math.abs(delta) <= Math.max(1, 0.02 * Math.max(before, after))) return 'steady';
  return delta > 0 ? 'growing' : 'draining';
}

/** Records written and not yet processed, over every partition (Kafka's consumer lag). */
export function totalLag(partitions: StreamingView['partitions']): number {
  return partitionLayout(partitions, 1).totalLag;
}

export function streamingFacts(
  view: Pick<StreamingView, 'group' | 'partitions'>,
  trend: LagTrend,
): StreamingFacts {
  const { group, partitions } = view;
  const rebalancing = isRebalancing(group);
  const reading = group.assignment.filter((parts) => parts.length > 0).length;
  return {
    partitions: partitions.length,
    consumers: group.consumers,
    reading: rebalancing ? 0 : reading,
    idle: rebalancing ? 0 : Math.max(0, group.consumers - reading),
    lag: totalLag(partitions),
    trend,
    rebalancing,
  };
}

export type StreamingMarkerKind = 'rebalance' | 'members';

/**
 * Marks between two snapshots: the group changed size, or a rebalance began. A rebalance shorter
 * than the time between two snapshots is never seen in progress; its new generation still shows it.
 */
export function streamingMarkers(
  before: Group | null,
  after: Group,
  nowMs: number,
): Marker<StreamingMarkerKind>[] {
  if (before === null) return [];
  const out: Marker<StreamingMarkerKind>[] = [];
  if (after.consumers !== before.consumers) out.push({ kind: 'members', atMs: nowMs });
  const began = isRebalancing(after) && !isRebalancing(before);
  const unseen = after.generation !== before.generation && !isRebalancing(before) && !began;
  if (began || unseen) out.push({ kind: 'rebalance', atMs: nowMs });
  return out;
}
