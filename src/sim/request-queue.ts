import type { ArrivalProcess } from './arrivals.ts';

/**
 * A first-come-first-served queue of waiting requests (arrival time and id) whose memory stays
 * bounded however long it grows, as an unstable system's queue does.
 *
 * Up to `maxStored` requests are kept in a growable ring buffer. Beyond that, requests are not
 * stored at all: because the queue is FIFO and every arrival comes from one deterministic
 * `ArrivalProcess`, the requests past the ring are a contiguous run of that process's output, so
 * the queue keeps only how many there are, the first one, and a clone of the arrival process
 * positioned just after it, and regenerates them one by one as room frees up in the ring. The
 * requests and their order are exactly those a fully stored queue would hold.
 */
export class RequestQueue {
  private times: Float64Array;
  private ids: Float64Array;
  private head = 0;
  private stored = 0;
  private overflowCount = 0;
  private overflowTime = 0;
  private overflowId = 0;
  private overflowCursor: ArrivalProcess | null = null;

  /**
   * `regenerate` false: this queue receives only some of the arrival process's requests (a router
   * splits them), so the unstored tail could not be regenerated; past `maxStored` it throws.
   */
  constructor(
    private readonly maxStored = 1 << 20,
    initialCapacity = 1024,
    private readonly regenerate = true,
  ) {
    const capacity = Math.min(initialCapacity, maxStored);
    this.times = new Float64Array(capacity);
    this.ids = new Float64Array(capacity);
  }

  get length(): number {
    return this.stored + this.overflowCount;
  }

  /** Requests held only as a count, to be regenerated: nonzero only for very long queues. */
  get unstoredCount(): number {
    return this.overflowCount;
  }

  /**
   * Appends the request that `source` has just produced (its latest `next()` was `timeMs`).
   * Requests must be appended in arrival order with consecutive ids once the ring is full.
   */
  push(timeMs: number, id: number, source: ArrivalProcess): void {
    if (this.overflowCount > 0 || this.stored === this.maxStored) {
      if (!this.regenerate) throw new QueueOverflowError(this.maxStored);
      if (this.overflowCount === 0) {
        this.overflowTime = timeMs;
        this.overflowId = id;
        this.overflowCursor = source.clone();
      }
      this.overflowCount++;
      return;
    }
    if (this.stored === this.times.length) this.grow();
    this.store(timeMs, id);
  }

  peekTime(): number {
    return this.times[this.head];
  }

  peekId(): number {
    return this.ids[this.head];
  }

  /** Removes the oldest request (the queue must not be empty). */
  shift(): void {
    this.head = this.head + 1 === this.times.length ? 0 : this.head + 1;
    this.stored--;
    if (this.overflowCount > 0) {
      this.store(this.overflowTime, this.overflowId);
      if (--this.overflowCount > 0) {
        this.overflowTime = (this.overflowCursor as ArrivalProcess).next();
        this.overflowId++;
      } else {
        this.overflowCursor = null;
      }
    }
  }

  private store(timeMs: number, id: number): void {
    let tail = this.head + this.stored;
    if (tail >= this.times.length) tail -= this.times.length;
    this.times[tail] = timeMs;
    this.ids[tail] = id;
    this.stored++;
  }

  private grow(): void {
    const capacity = Math.min(this.times.length * 2, this.maxStored);
    const times = new Float64Array(capacity);
    const ids = new Float64Array(capacity);
    for (let k = 0; k < this.stored; k++) {
      const i = (this.head + k) % this.times.length;
      times[k] = this.times[i];
      ids[k] = this.ids[i];
    }
    this.times = times;
    this.ids = ids;
    this.head = 0;
  }
}

/** A split queue grew past what it may store: the system is far past its capacity. */
export class QueueOverflowError extends Error {
  constructor(readonly limit: number) {
    super(
      `more than ${limit} requests waiting in one model version's queue while traffic is split`,
    );
    this.name = 'QueueOverflowError';
  }
}
