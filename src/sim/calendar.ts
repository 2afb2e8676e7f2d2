/**
 * The event calendar: a binary min-heap ordered by (time, insertion sequence), so events at the
 * same instant run in the order they were scheduled and every run is reproducible.
 *
 * Entries live in parallel typed arrays rather than objects: scheduling allocates nothing, and the
 * garbage collector never sees the millions of events of a long run. `pop()` returns the time and
 * leaves the kind and payload in `poppedKind` / `poppedData`, again to avoid allocating a tuple.
 */
export class EventCalendar {
  private times: Float64Array;
  private seqs: Float64Array;
  private kinds: Int32Array;
  private data: Float64Array;
  private count = 0;
  private nextSeq = 0;
  poppedKind = 0;
  poppedData = 0;

  constructor(initialCapacity = 64) {
    this.times = new Float64Array(initialCapacity);
    this.seqs = new Float64Array(initialCapacity);
    this.kinds = new Int32Array(initialCapacity);
    this.data = new Float64Array(initialCapacity);
  }

  get size(): number {
    return this.count;
  }

  /** Time of the next event, or +Infinity when there is none. */
  peekTime(): number {
    return this.count > 0 ? this.times[0] : Number.POSITIVE_INFINITY;
  }

  push(time: number, kind: number, payload: number): void {
    if (this.count === this.times.length) this.grow();
    const times = this.times;
    const seqs = this.seqs;
    const kinds = this.kinds;
    const data = this.data;
    const seq = this.nextSeq++;
    // Sift up: move parents down until the new entry's slot is found, then write it once.
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent];
      if (pt < time || (pt === time && seqs[parent] < seq)) break;
      times[i] = pt;
      seqs[i] = seqs[parent];
      kinds[i] = kinds[parent];
      data[i] = data[parent];
      i = parent;
    }
    times[i] = time;
    seqs[i] = seq;
    kinds[i] = kind;
    data[i] = payload;
  }

  /** Removes the earliest event and returns its time; its kind and payload are left in `popped*`. */
  pop(): number {
    const times = this.times;
    const seqs = this.seqs;
    const kinds = this.kinds;
    const data = this.data;
    const top = times[0];
    this.poppedKind = kinds[0];
    this.poppedData = data[0];
    const n = --this.count;
    if (n === 0) return top;
    // Sift the last entry down from the root.
    const lt = times[n];
    const ls = seqs[n];
    const lk = kinds[n];
    const ld = data[n];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (
        right < n &&
        (times[right] < times[child] ||
          (times[right] === times[child] && seqs[right] < seqs[child]))
      ) {
        child = right;
      }
      const ct = times[child];
      if (lt < ct || (lt === ct && ls < seqs[child])) break;
      times[i] = ct;
      seqs[i] = seqs[child];
      kinds[i] = kinds[child];
      data[i] = data[child];
      i = child;
    }
    times[i] = lt;
    seqs[i] = ls;
    kinds[i] = lk;
    data[i] = ld;
    return top;
  }

  clear(): void {
    this.count = 0;
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    const grown = <T extends Float64Array | Int32Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    this.times = grown(this.times, new Float64Array(capacity));
    this.seqs = grown(this.seqs, new Float64Array(capacity));
    this.kinds = grown(this.kinds, new Int32Array(capacity));
    this.data = grown(this.data, new Float64Array(capacity));
  }
}
