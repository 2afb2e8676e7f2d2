/**
 * Geometry of PartitionLogs: each partition's log as a horizontal bar on one scale shared by all
 * partitions (offset 0 at the left, the longest log-end offset at the right), so that a partition
 * that receives more records, or lags further behind, is visibly longer. The committed part is
 * [0, committed); the lag is [committed, logEnd), Kafka's consumer lag.
 */
import type { PartitionView } from '../../modes/streaming/report.ts';

export interface PartitionRow {
  index: number;
  partition: PartitionView;
  lag: number;
  committedWidth: number;
  lagWidth: number;
}

export interface PartitionLayout {
  /** The largest log-end offset: the shared scale's end. */
  maxOffset: number;
  rows: PartitionRow[];
  totalLag: number;
}

/** Bars for `partitions` on a track `width` px long. */
export function partitionLayout(
  partitions: readonly PartitionView[],
  width: number,
): PartitionLayout {
  let maxOffset = 0;
  for (const p of partitions) if (p.logEnd > maxOffset) maxOffset = p.logEnd;
  const scale = maxOffset > 0 ? Math.max(0, width) / maxOffset : 0;
  let totalLag = 0;
  const rows = partitions.map((partition, index) => {
    const committed = Math.min(Math.max(0, partition.committed), partition.logEnd);
    const lag = Math.max(0, partition.logEnd - committed);
    totalLag += lag;
    return {
      index,
      partition,
      lag,
      committedWidth: committed * scale,
      lagWidth: lag * scale,
    };
  });
  return { maxOffset, rows, totalLag };
}
