import { describe, expect, it } from 'vitest';
import { OnlineEventKind } from '../../../src/modes/online/simulation.ts';
import type { RecentEvent } from '../../../src/sim/stats/recent-events.ts';
import {
  FLOW_KIND,
  FlowModel,
  LEG_MS,
  MAX_AGE_MS,
  MAX_DOTS,
  MAX_NEW_PER_BATCH,
  stationPoint,
  type Place,
} from '../../../src/ui/charts/request-flow.ts';

const ev = (kind: number, id: number, where = -1): RecentEvent => ({ timeMs: 0, kind, id, where });
const place = (p: Place, id: number) => stationPoint(p, (slot) => slot, 4, id);

describe('request flow model', () => {
  it('mirrors the engine event kinds', () => {
    expect(FLOW_KIND).toEqual(OnlineEventKind);
  });

  it('counts every event, animated or not', () => {
    const model = new FlowModel();
    model.ingest(
      [ev(0, 1), ev(0, 2), ev(1, 2), ev(2, 1, 0), ev(3, 1, 0), ev(0, 3), ev(4, 3)],
      0,
      false,
    );
    expect(model.counts).toEqual({
      arrived: 3,
      rejected: 1,
      started: 1,
      completed: 1,
      timedOut: 1,
    });
    expect(model.size).toBe(0);
  });

  it('follows a request client -> queue -> replica -> back, then forgets it', () => {
    const model = new FlowModel();
    model.ingest([ev(0, 7), ev(2, 7, 2), ev(3, 7, 2)], 0);
    expect(model.size).toBe(1);
    const at = (t: number) => model.positions(t, place)[0];
    const client = place({ kind: 'client' }, 7);
    const queue = place({ kind: 'queue' }, 7);
    const replica = place({ kind: 'replica', slot: 2 }, 7);
    expect(at(0)).toMatchObject({ x: client.x, y: client.y });
    expect(at(LEG_MS).x).toBeCloseTo(queue.x);
    // Legs follow one another even though the three events came in one snapshot.
    expect(at(2 * LEG_MS).x).toBeCloseTo(replica.x);
    expect(at(2 * LEG_MS).y).toBeCloseTo(replica.y);
    expect(at(3 * LEG_MS).fate).toBe('ok');
    expect(model.prune(3 * LEG_MS - 1)).toBe(true);
    expect(model.prune(3 * LEG_MS + 1)).toBe(false);
  });

  it('bounds the dots drawn per snapshot and in all', () => {
    const model = new FlowModel();
    const burst = Array.from({ length: 600 }, (_, i) => ev(0, i));
    model.ingest(burst, 0);
    expect(model.size).toBeLessThanOrEqual(MAX_NEW_PER_BATCH);
    expect(model.counts.arrived).toBe(600);
    for (let k = 1; k < 100; k++)
      model.ingest(
        Array.from({ length: 3 }, (_, i) => ev(0, 1000 + k * 3 + i)),
        k,
      );
    expect(model.size).toBe(MAX_DOTS);
  });

  it('ignores events of requests it does not draw, and drops stale dots', () => {
    const model = new FlowModel();
    model.ingest([ev(2, 99, 0), ev(3, 99, 0)], 0);
    expect(model.size).toBe(0);
    model.ingest([ev(0, 5)], 0);
    expect(model.prune(MAX_AGE_MS - 1)).toBe(true);
    expect(model.prune(MAX_AGE_MS + 1)).toBe(false);
  });

  it('shows rejected and timed-out requests with their fate', () => {
    const model = new FlowModel();
    model.ingest([ev(0, 1), ev(1, 1), ev(0, 2)], 0);
    model.ingest([ev(4, 2)], 1000);
    const fates = new Map(model.positions(2000, place).map((d) => [d.id, d.fate]));
    expect(fates.get(1)).toBe('rejected');
    expect(fates.get(2)).toBe('timedOut');
  });

  it('places replicas in rows and stays inside the unit square', () => {
    for (let id = 0; id < 200; id++) {
      for (const p of [
        { kind: 'client' },
        { kind: 'queue' },
        { kind: 'replica', slot: id % 4 },
        { kind: 'exit' },
        { kind: 'drop' },
      ] as Place[]) {
        const pt = place(p, id);
        expect(pt.x).toBeGreaterThanOrEqual(0);
        expect(pt.x).toBeLessThanOrEqual(1);
        expect(pt.y).toBeGreaterThanOrEqual(0);
        expect(pt.y).toBeLessThanOrEqual(1);
      }
    }
    expect(place({ kind: 'replica', slot: 0 }, 1).y).toBeCloseTo(0.125);
    expect(place({ kind: 'replica', slot: 3 }, 1).y).toBeCloseTo(0.875);
  });
});
