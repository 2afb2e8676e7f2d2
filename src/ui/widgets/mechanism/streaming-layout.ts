/**
 * Geometry of the streaming strip. Each partition is a row showing the newest stretch of its log,
 * the log end at the right edge: records enter from the right, the consumer's read position (its
 * committed offset) follows them, and the lag is the stretch between the two. All rows share one
 * scale in records, so a partition that lags further is visibly longer.
 *
 * Beside each row stands its reader: a box per consumer and run of consecutive partitions it owns
 * (the range assignor hands out neighbours, so one consumer with two partitions is one tall box),
 * which makes "each partition has exactly one reader" a matter of adjacency, with no lines to
 * cross. Consumers that own nothing wait, dashed, in a pool at the far left. During a rebalance no
 * partition has an owner: the reader boxes are empty.
 */
import { tickStep } from 'd3';
import type { StreamingView } from '../../../modes/streaming/live.ts';
import type { PartitionView } from '../../../modes/streaming/report.ts';
import { queueScale } from '../../charts/replica-groups.ts';
import { isRebalancing } from './streaming-state.ts';

export const MAX_SHOWN_PARTITIONS = 16;
const CHIP_W = 20;
const CHIP_H = 10;
const CHIP_GAP = 2;
const MAX_POOL_COLUMNS = 3;
/** Record marks at least this far apart, px: denser would read as a grey smear. */
const TICK_SPACING_PX = 8;

export interface ConsumerChip {
  /** The consumer's index; null for an empty reader box (no owner: a rebalance, no consumers). */
  consumer: number | null;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Reading the rows beside it, idle in the pool, or an empty reader box. */
  role: 'reader' | 'idle' | 'empty';
}

export interface PartitionRow {
  index: number;
  y: number;
  h: number;
  lag: number;
  /** Where the log begins (offset 0), px: the left edge once the log is longer than the window. */
  startX: number;
  /** The read position (committed offset), px. */
  headX: number;
  consumer: number | null;
  /** The mark of every `step`-th record in the window, as one path. */
  ticks: string;
}

export interface StreamingStripLayout {
  /** Reader boxes beside the rows, then the idle pool. */
  chips: ConsumerChip[];
  /** Idle consumers that did not fit the pool. */
  hiddenConsumers: number;
  rows: PartitionRow[];
  hiddenPartitions: number;
  /** The column of reader boxes. */
  readers: { x0: number; x1: number };
  track: { x0: number; x1: number };
}

/**
 * Records the rows span: enough for the largest lag seen, and for about 1.5 s of the flow at the
 * current pace (so the records' marks move at most two thirds of a row a second), rounded up to
 * 10, 20, 50... (queueScale) so the scale changes seldom.
 */
export function windowRecords(peakLag: number, recordsPerWallS: number): number {
  const need = Math.max(10, peakLag * 1.25, recordsPerWallS * 1.5);
  return queueScale(need, null);
}

export function streamingStripLayout(
  width: number,
  height: number,
  view: Pick<StreamingView, 'group' | 'partitions'>,
  windowSize: number,
  /** Offsets to draw (glided between snapshots); the view's own by default. */
  offsets: readonly PartitionView[] = view.partitions,
): StreamingStripLayout {
  const { group } = view;
  const paused = isRebalancing(group);
  // The pool holds the consumers without a partition; during a rebalance, those there will be
  // once it ends (members beyond the partition count), so the pool does not jump meanwhile.
  const idle = paused
    ? Math.max(0, group.consumers - view.partitions.length)
    : group.assignment.filter((parts) => parts.length === 0).length;
  const perColumn = Math.max(1, Math.floor((height + CHIP_GAP) / (CHIP_H + CHIP_GAP)));
  const pooled = Math.min(idle, perColumn * MAX_POOL_COLUMNS);
  const poolColumns = Math.ceil(pooled / perColumn);
  const poolRows = Math.max(1, Math.ceil(pooled / Math.max(1, poolColumns)));
  const poolTop = (height - (poolRows * (CHIP_H + CHIP_GAP) - CHIP_GAP)) / 2;
  const idleIds = paused
    ? Array.from({ length: idle }, (_, i) => group.consumers - idle + i)
    : group.assignment.flatMap((parts, c) => (parts.length === 0 ? [c] : []));
  const pool: ConsumerChip[] = idleIds.slice(0, pooled).map((consumer, i) => ({
    consumer: paused ? null : consumer,
    x: 4 + (i % poolColumns) * (CHIP_W + CHIP_GAP),
    y: poolTop + Math.floor(i / poolColumns) * (CHIP_H + CHIP_GAP),
    w: CHIP_W,
    h: CHIP_H,
    role: 'idle',
  }));
  const readersX0 = 4 + poolColumns * (CHIP_W + CHIP_GAP) + (poolColumns > 0 ? 8 : 0);
  const x0 = readersX0 + CHIP_W + 3;
  const x1 = Math.max(x0 + 20, width - 6);

  const shown = offsets.slice(0, MAX_SHOWN_PARTITIONS);
  const rowGap = shown.length > 8 ? 1 : 2;
  const rowH = Math.min(12, (height - (shown.length - 1) * rowGap) / Math.max(1, shown.length));
  const rowsTop = (height - (shown.length * (rowH + rowGap) - rowGap)) / 2;
  const size = Math.max(1, windowSize);
  const px = (x1 - x0) / size;
  const step = Math.max(1, tickStep(0, size, Math.max(1, (x1 - x0) / TICK_SPACING_PX)));
  const rows = shown.map((p, index) => {
    const committed = Math.min(Math.max(0, p.committed), p.logEnd);
    const lag = Math.max(0, p.logEnd - committed);
    const y = rowsTop + index * (rowH + rowGap);
    return {
      index,
      y,
      h: rowH,
      lag,
      startX: Math.max(x0, x1 - p.logEnd * px),
      headX: Math.max(x0, x1 - lag * px),
      consumer: view.partitions[index]?.consumer ?? null,
      ticks: recordTicks(p.logEnd, size, step, x0, x1, y, rowH),
    };
  });
  return {
    chips: [...readerBoxes(rows, readersX0), ...pool],
    hiddenConsumers: idle - pooled,
    rows,
    hiddenPartitions: offsets.length - shown.length,
    readers: { x0: readersX0, x1: readersX0 + CHIP_W },
    track: { x0, x1 },
  };
}

/** One box per run of consecutive rows with the same owner; an empty box per row without one. */
function readerBoxes(rows: readonly PartitionRow[], x: number): ConsumerChip[] {
  const boxes: ConsumerChip[] = [];
  for (const row of rows) {
    const last = boxes.at(-1);
    if (last && row.consumer !== null && last.consumer === row.consumer) {
      last.h = row.y + row.h - last.y;
      continue;
    }
    boxes.push({
      consumer: row.consumer,
      x,
      y: row.y,
      w: CHIP_W,
      h: row.h,
      role: row.consumer === null ? 'empty' : 'reader',
    });
  }
  return boxes;
}

/** Marks at the offsets that are multiples of `step` within the newest `size` records. */
function recordTicks(
  logEnd: number,
  size: number,
  step: number,
  x0: number,
  x1: number,
  y: number,
  h: number,
): string {
  const px = (x1 - x0) / size;
  const first = Math.ceil(Math.max(0, logEnd - size) / step) * step;
  let d = '';
  for (let o = first; o <= logEnd; o += step) {
    const x = x1 - (logEnd - o) * px;
    d += `M${x.toFixed(1)},${y.toFixed(1)}v${h.toFixed(1)}`;
  }
  return d;
}
