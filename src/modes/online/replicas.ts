import { createActor, type Actor } from 'xstate';
import { replicaMachine, type ReplicaState } from '../../machines/replica.ts';

/** What the replica set asks of the simulation it belongs to. */
export interface ReplicaHost {
  /** Schedules a lifecycle event for replica `uid` at absolute time `atMs`. */
  scheduleLifecycle(atMs: number, uid: number, event: 'PROVISIONED' | 'MODEL_LOADED'): void;
  onReady(slot: number, nowMs: number): void;
  onDraining(slot: number, nowMs: number): void;
  onStopped(slot: number, nowMs: number): void;
}

/**
 * The replicas that exist, each a slot in typed arrays (for the data plane) and a `replica`
 * statechart actor (for the control plane and the UI). The actor's emitted `ready` is the only way
 * a slot becomes eligible for requests. Slots are reused after a replica stops; lifecycle events
 * carry the replica's unique id, so a late event for a stopped replica is recognised and ignored.
 */
export class ReplicaSet {
  private actors: Array<Actor<typeof replicaMachine> | null> = [];
  uidOfSlot = new Int32Array(0);
  poolOfSlot = new Int32Array(0);
  /** Position of each slot in its pool's free stack, or -1 when busy or not ready. */
  freePosition = new Int32Array(0);
  private readonly slotOfUid = new Map<number, number>();
  private readonly freeSlots: number[] = [];
  private nextUid = 0;
  /** Replicas started since time 0 by scaling or a rollout, each paying a cold start. */
  coldStarts = 0;

  constructor(
    private readonly host: ReplicaHost,
    private coldStartMs: number,
    private modelLoadMs: number,
    private readonly onSlotsGrown: (slots: number) => void,
  ) {}

  /** New start-up times, for the replicas started (or provisioned) from now on. */
  setStartTimes(coldStartMs: number, modelLoadMs: number): void {
    this.coldStartMs = coldStartMs;
    this.modelLoadMs = modelLoadMs;
  }

  get slots(): number {
    return this.actors.length;
  }

  /** Starts a replica of pool `pool`; `warm` replicas (present at time 0) are ready at once. */
  start(pool: number, nowMs: number, warm: boolean): number {
    const slot = this.freeSlots.length > 0 ? (this.freeSlots.pop() as number) : this.grow();
    const uid = this.nextUid++;
    this.uidOfSlot[slot] = uid;
    this.poolOfSlot[slot] = pool;
    this.slotOfUid.set(uid, slot);
    const actor = createActor(replicaMachine, { input: { uid, version: pool } });
    actor.on('ready', (e) => this.host.onReady(slot, e.nowMs));
    actor.on('draining', (e) => this.host.onDraining(slot, e.nowMs));
    actor.on('stopped', (e) => this.release(slot, e.nowMs));
    this.actors[slot] = actor;
    actor.start();
    if (warm) {
      actor.send({ type: 'PROVISIONED', nowMs });
      actor.send({ type: 'MODEL_LOADED', nowMs });
    } else {
      this.coldStarts++;
      this.host.scheduleLifecycle(nowMs + this.coldStartMs, uid, 'PROVISIONED');
    }
    return slot;
  }

  /** A lifecycle event from the calendar; the model load follows the pod start. */
  lifecycle(uid: number, event: 'PROVISIONED' | 'MODEL_LOADED', nowMs: number): void {
    const slot = this.slotOfUid.get(uid);
    if (slot === undefined) return;
    const actor = this.actors[slot] as Actor<typeof replicaMachine>;
    if (!actor.getSnapshot().can({ type: event, nowMs })) return;
    actor.send({ type: event, nowMs });
    if (event === 'PROVISIONED')
      this.host.scheduleLifecycle(nowMs + this.modelLoadMs, uid, 'MODEL_LOADED');
  }

  drain(slot: number, nowMs: number): void {
    this.actors[slot]?.send({ type: 'DRAIN', nowMs });
  }

  /** A draining replica has finished its last batch. */
  idle(slot: number, nowMs: number): void {
    this.actors[slot]?.send({ type: 'IDLE', nowMs });
  }

  state(slot: number): ReplicaState | 'empty' {
    const actor = this.actors[slot];
    return actor ? (actor.getSnapshot().value as ReplicaState) : 'empty';
  }

  /** Slots of pool `pool` in the given states. */
  slotsIn(pool: number, states: readonly ReplicaState[]): number[] {
    const out: number[] = [];
    for (let s = 0; s < this.actors.length; s++) {
      if (
        this.actors[s] &&
        this.poolOfSlot[s] === pool &&
        states.includes(this.state(s) as ReplicaState)
      )
        out.push(s);
    }
    return out;
  }

  /** Every live replica's state, for a UI snapshot. */
  states(): Array<{ slot: number; uid: number; version: number; state: ReplicaState }> {
    const out: Array<{ slot: number; uid: number; version: number; state: ReplicaState }> = [];
    this.actors.forEach((actor, slot) => {
      if (actor)
        out.push({
          slot,
          uid: this.uidOfSlot[slot],
          version: this.poolOfSlot[slot],
          state: this.state(slot) as ReplicaState,
        });
    });
    return out;
  }

  private release(slot: number, nowMs: number): void {
    this.slotOfUid.delete(this.uidOfSlot[slot]);
    this.actors[slot] = null;
    this.freeSlots.push(slot);
    this.host.onStopped(slot, nowMs);
  }

  private grow(): number {
    const slot = this.actors.length;
    this.actors.push(null);
    if (slot >= this.uidOfSlot.length) {
      const capacity = Math.max(4, this.uidOfSlot.length * 2);
      const widen = (old: Int32Array, fill: number) => {
        const fresh = new Int32Array(capacity).fill(fill);
        fresh.set(old);
        return fresh;
      };
      this.uidOfSlot = widen(this.uidOfSlot, -1);
      this.poolOfSlot = widen(this.poolOfSlot, -1);
      this.freePosition = widen(this.freePosition, -1);
      this.onSlotsGrown(capacity);
    }
    return slot;
  }
}
