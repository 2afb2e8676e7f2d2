import type { ArrivalProcess } from '../../sim/arrivals.ts';
import type { Distribution } from '../../sim/distributions.ts';
import { RequestQueue } from '../../sim/request-queue.ts';
import { TimeWeighted } from '../../sim/stats/time-weighted.ts';

/**
 * The serving pool of one model version: its FCFS queue, its service-time distribution, and the
 * stack of its ready replicas that are idle. A rollout runs two pools side by side (each its own
 * KServe revision), with the router splitting new requests between them by weight.
 */
export class Pool {
  queue: RequestQueue;
  /** Idle ready replicas (slot numbers) and each slot's position in that stack, or -1. */
  free: Int32Array;
  freeCount = 0;
  /** Share of new requests routed here. */
  weight: number;
  /** Retiring: takes no new requests, finishes its queue, then its replicas stop. */
  retiring = false;
  /** The pending batch timer and queue-timeout check on the calendar (their handles), or 0. */
  batchTimer = 0;
  timeout = 0;
  /** Requests waiting or in service here: the autoscaler's concurrency signal. */
  readonly inSystem = new TimeWeighted();
  completed = 0;
  /** Answered with an error. */
  failed = 0;
  /** Replicas of this version that exist (starting, ready or draining). */
  replicas = 0;
  drainedAnnounced = false;

  constructor(
    readonly version: number,
    /** Replaced when a learner changes the model's inference time mid-run. */
    public service: Distribution,
    /** Share of this version's answers that are errors. */
    public errorRate: number,
    weight: number,
    maxStoredQueue: number | undefined,
    slots: number,
    regenerate: boolean,
  ) {
    this.weight = weight;
    this.queue = new RequestQueue(maxStoredQueue, 1024, regenerate);
    this.free = new Int32Array(Math.max(1, slots));
  }

  /**
   * Moves the waiting requests into a new queue that regenerates its unstored tail or not: a
   * rollout added or removed mid-run changes whether this pool sees every arrival. Only for a
   * queue that stores all its requests (`unstoredCount` 0), so the copy is exact.
   */
  rebuildQueue(regenerate: boolean, maxStored: number | undefined, source: ArrivalProcess): void {
    const old = this.queue;
    const fresh = new RequestQueue(maxStored, 1024, regenerate);
    while (old.length > 0) {
      fresh.push(old.peekTime(), old.peekId(), source);
      old.shift();
    }
    this.queue = fresh;
  }

  pushFree(slot: number, positions: Int32Array): void {
    if (this.freeCount === this.free.length) {
      const grown = new Int32Array(this.free.length * 2);
      grown.set(this.free);
      this.free = grown;
    }
    positions[slot] = this.freeCount;
    this.free[this.freeCount++] = slot;
  }

  popFree(positions: Int32Array): number {
    const slot = this.free[--this.freeCount];
    positions[slot] = -1;
    return slot;
  }

  /** Removes an idle replica from the stack (it is draining); O(1) by swapping in the last one. */
  removeFree(slot: number, positions: Int32Array): void {
    const at = positions[slot];
    const last = this.free[--this.freeCount];
    this.free[at] = last;
    positions[last] = at;
    positions[slot] = -1;
  }
}
