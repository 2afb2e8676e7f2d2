import type { RequestQueue } from '../../sim/request-queue.ts';

/**
 * Takes the `count` oldest records across the given partitions (a k-way merge on the head of each
 * partition's log), removing them from their logs. Writes their production times to `times` and
 * adds the number taken from each partition to `taken[partition]`. The caller guarantees that the
 * partitions hold at least `count` records.
 *
 * A binary heap of partitions keyed by the production time of their oldest record (ties broken by
 * partition index, so runs are reproducible) costs O(log k) per record, so one consumer reading
 * hundreds of partitions stays fast.
 */
export function takeOldest(
  queues: readonly RequestQueue[],
  partitions: readonly number[],
  count: number,
  times: Float64Array,
  taken: Int32Array,
): void {
  const heap: number[] = [];
  for (const p of partitions) if (queues[p].length > 0) heap.push(p);
  const before = (a: number, b: number): boolean => {
    const ta = queues[a].peekTime();
    const tb = queues[b].peekTime();
    return ta < tb || (ta === tb && a < b);
  };
  const siftDown = (start: number): void => {
    let i = start;
    const n = heap.length;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) return;
      const right = left + 1;
      const child = right < n && before(heap[right], heap[left]) ? right : left;
      if (!before(heap[child], heap[i])) return;
      const swap = heap[i];
      heap[i] = heap[child];
      heap[child] = swap;
      i = child;
    }
  };
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(i);
  for (let k = 0; k < count; k++) {
    const p = heap[0];
    const queue = queues[p];
    times[k] = queue.peekTime();
    queue.shift();
    taken[p]++;
    if (queue.length === 0) {
      const last = heap.pop() as number;
      if (heap.length === 0) return;
      heap[0] = last;
    }
    siftDown(0);
  }
}
