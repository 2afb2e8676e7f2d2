import { EventCalendar } from '../../sim/calendar.ts';

/**
 * A fluid processor-sharing cluster: `capacity` workers shared equally by the jobs present, so
 * with n jobs each receives capacity / n worker-ms of service per ms (the processor-sharing model
 * of Kleinrock, Queueing Systems Vol. 2, 1976, ch. 4). A lone job of W worker-ms takes
 * W / capacity ms.
 *
 * Exact in event time with the "virtual time" bookkeeping of fair queueing (Demers, Keshav &
 * Shenker, SIGCOMM 1989): `virtual` is the service every present job has received since the
 * cluster was last empty; a job that arrives when it stands at V with work W finishes when it
 * reaches V + W. Finish tags never change after arrival, so completions come off a min-heap in
 * O(log n), and only the next completion time changes when a job arrives or leaves.
 */
export class ProcessorSharing {
  /** Finish tags (as "times") and job ids (as payloads) in a binary min-heap. */
  private readonly tags = new EventCalendar(16);
  private virtual = 0;
  private lastMs = 0;

  constructor(private workers: number) {}

  get capacity(): number {
    return this.workers;
  }

  /**
   * The cluster has `capacity` workers from `nowMs` on. The service received so far is settled at
   * the old rate first; finish tags are amounts of service, so they stay valid, and only the rate
   * at which the present jobs approach them changes.
   */
  setCapacity(nowMs: number, capacity: number): void {
    this.advance(nowMs);
    this.workers = capacity;
  }

  /** Jobs being served. */
  get jobs(): number {
    return this.tags.size;
  }

  /** A job of `work` worker-ms arrives at `nowMs`. */
  add(nowMs: number, id: number, work: number): void {
    this.advance(nowMs);
    this.tags.push(this.virtual + work, 0, id);
  }

  /** When the next job will be done, if nobody arrives first; +Infinity when empty. */
  nextCompletionMs(): number {
    const n = this.tags.size;
    if (n === 0) return Number.POSITIVE_INFINITY;
    return this.lastMs + (Math.max(0, this.tags.peekTime() - this.virtual) * n) / this.workers;
  }

  /** Removes and returns one job that is done at `nowMs`, or -1 when none is. */
  popDone(nowMs: number): number {
    this.advance(nowMs);
    const n = this.tags.size;
    if (n === 0) return -1;
    const remainingMs = ((this.tags.peekTime() - this.virtual) * n) / this.workers;
    // The completion time was rounded to a double on the clock's scale, so the check is on that
    // scale too: 1e-12 of the clock (0.1 microsecond after a simulated day) is far above double
    // rounding and far below anything a learner could see.
    if (remainingMs > 1e-12 * Math.max(1, nowMs)) return -1;
    this.tags.pop();
    const id = this.tags.poppedData;
    if (n === 1) this.virtual = 0; // an empty cluster starts afresh: its numbers stay small
    return id;
  }

  private advance(nowMs: number): void {
    const n = this.tags.size;
    if (n > 0) this.virtual += ((nowMs - this.lastMs) * this.workers) / n;
    this.lastMs = nowMs;
  }
}
