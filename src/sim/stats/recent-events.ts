/**
 * A bounded ring buffer of the most recent events, for a UI to animate (requests entering the
 * queue, starting on a replica, completing). Fixed capacity: a long run never grows it.
 */
export interface RecentEvent {
  timeMs: number;
  kind: number;
  id: number;
  where: number;
}

export class RecentEvents {
  private readonly times: Float64Array;
  private readonly kinds: Uint8Array;
  private readonly ids: Float64Array;
  private readonly wheres: Int32Array;
  private next = 0;
  /** Every event ever pushed; events older than `capacity` are overwritten. */
  total = 0;

  constructor(readonly capacity: number) {
    this.times = new Float64Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.ids = new Float64Array(capacity);
    this.wheres = new Int32Array(capacity);
  }

  push(timeMs: number, kind: number, id: number, where: number): void {
    if (this.capacity === 0) return;
    const i = this.next;
    this.times[i] = timeMs;
    this.kinds[i] = kind;
    this.ids[i] = id;
    this.wheres[i] = where;
    this.next = i + 1 === this.capacity ? 0 : i + 1;
    this.total++;
  }

  /** The retained events, oldest first, optionally only those pushed after `afterTotal`. */
  toArray(afterTotal = 0): RecentEvent[] {
    const kept = Math.min(this.total, this.capacity, this.total - afterTotal);
    const out: RecentEvent[] = [];
    for (let k = kept; k > 0; k--) {
      const i = (this.next - k + this.capacity) % this.capacity;
      out.push({
        timeMs: this.times[i],
        kind: this.kinds[i],
        id: this.ids[i],
        where: this.wheres[i],
      });
    }
    return out;
  }
}
