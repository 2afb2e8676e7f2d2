import { describe, expect, it } from 'vitest';
import { mechanismMessages } from '../../../src/i18n/mechanism-messages.ts';
import { FlowModel, LEG_MS } from '../../../src/ui/charts/request-flow.ts';
import {
  BusyReplicas,
  MAX_NEW_DOTS,
  WaitingLine,
  sampleFlowEvents,
} from '../../../src/ui/widgets/mechanism/online-flow.ts';
import {
  MAX_SHOWN_REPLICAS,
  laneCapacity,
  liveReplicas,
  onlineFacts,
  onlineMarkers,
  onlineStripLayout,
  placePoint,
  waitingSpot,
} from '../../../src/ui/widgets/mechanism/online-layout.ts';
import { event, onlineView, replica } from './mechanism-fixtures.ts';

const arrivals = (n: number) => Array.from({ length: n }, (_, i) => event('arrived', i));

describe('sampleFlowEvents', () => {
  it('keeps every event when the arrivals fit', () => {
    const events = [event('arrived', 1), event('started', 1, 0), event('completed', 1, 0)];
    expect(sampleFlowEvents(events, 10)).toEqual(events);
  });

  it('keeps at most MAX_NEW_DOTS arrivals, evenly spread and ending with the last, and every other event', () => {
    const events = [...arrivals(30), event('completed', 99, 0)];
    const kept = sampleFlowEvents(events, 100);
    const ids = kept.filter((e) => e.kind === 0).map((e) => e.id);
    expect(ids).toHaveLength(MAX_NEW_DOTS);
    expect(ids.at(-1)).toBe(29);
    expect(kept.at(-1)?.id).toBe(99);
  });

  it('adds no dot when the strip is full', () => {
    expect(sampleFlowEvents(arrivals(5), 0).length).toBe(0);
  });
});

describe('WaitingLine', () => {
  it('ranks the sampled requests waiting by arrival, and forgets those that start or are refused', () => {
    const line = new WaitingLine();
    line.ingest([event('arrived', 7), event('arrived', 3), event('arrived', 5)], 0);
    expect([line.rank(3), line.rank(5), line.rank(7)]).toEqual([0, 1, 2]);
    line.ingest([event('started', 3, 0), event('rejected', 7)], 10);
    expect(line.rank(3)).toBe(-1);
    expect(line.rank(5)).toBe(0);
    expect(line.size).toBe(1);
  });

  it('never holds more than the real queue: the oldest extra requests are marked lost', () => {
    const line = new WaitingLine();
    line.ingest(arrivals(4), 0);
    line.trim(1, 0);
    expect(line.size).toBe(1);
    expect(line.rank(3)).toBe(0);
    expect([0, 1, 2].every((id) => line.isLost(id))).toBe(true);
    // Its start seen after all: drawn again.
    line.ingest([event('started', 0, 0)], 5);
    expect(line.isLost(0)).toBe(false);
  });
});

describe('BusyReplicas', () => {
  it('is busy from a start on a replica to a completion on it', () => {
    const busy = new BusyReplicas();
    const replicas = [replica(0, 'ready'), replica(1, 'ready')];
    busy.update(replicas, [
      event('started', 1, 0),
      event('started', 2, 1),
      event('completed', 2, 1),
    ]);
    expect([busy.isBusy(0), busy.isBusy(1)]).toEqual([true, false]);
  });

  it('starts a new replica in a reused slot idle', () => {
    const busy = new BusyReplicas();
    busy.update([replica(0, 'ready', 1)], [event('started', 1, 0)]);
    busy.update([replica(0, 'cold', 2)], []);
    expect(busy.isBusy(0)).toBe(false);
  });
});

describe('onlineStripLayout', () => {
  it('lays out the source, the lane and the replicas left to right, inside the strip', () => {
    const layout = onlineStripLayout(320, 42, [replica(0, 'ready'), replica(1, 'loading')]);
    expect(layout.sourceX).toBeLessThan(layout.lane.x0);
    expect(layout.lane.x1).toBeLessThan(layout.boxes[0].x);
    expect(layout.boxes.at(-1)!.x + layout.boxes.at(-1)!.w).toBeLessThan(layout.exitX);
    for (const b of layout.boxes) {
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.y + b.h).toBeLessThanOrEqual(42);
    }
  });

  it('leaves stopped replicas out and counts those beyond MAX_SHOWN_REPLICAS as hidden', () => {
    const many = Array.from({ length: MAX_SHOWN_REPLICAS + 4 }, (_, i) => replica(i, 'ready'));
    const layout = onlineStripLayout(700, 42, [...many, replica(99, 'stopped')]);
    expect(layout.boxes).toHaveLength(MAX_SHOWN_REPLICAS);
    expect(layout.hidden).toBe(4);
    const apart = (p: (typeof layout.boxes)[0], q: (typeof layout.boxes)[0]) =>
      p.x + p.w <= q.x || q.x + q.w <= p.x || p.y + p.h <= q.y || q.y + q.h <= p.y;
    layout.boxes.forEach((p, i) =>
      layout.boxes.slice(i + 1).forEach((q) => expect(apart(p, q)).toBe(true)),
    );
  });

  it('orders replicas by version then slot, so boxes stay put during a rollout', () => {
    const shown = liveReplicas([
      replica(2, 'ready', 5, 1),
      replica(1, 'ready', 4, 0),
      replica(0, 'ready', 3, 1),
    ]);
    expect(shown.map((r) => r.uid)).toEqual([4, 3, 5]);
  });
});

describe('waiting places', () => {
  const layout = onlineStripLayout(480, 42, [replica(0, 'ready')]);

  it('puts the first in line nearest the replicas, the others behind, piling at the lane end', () => {
    const first = waitingSpot(layout, 0);
    const second = waitingSpot(layout, 1);
    expect(second.x).toBeLessThan(first.x);
    const far = waitingSpot(layout, laneCapacity(layout) + 20);
    expect(far.x).toBeGreaterThanOrEqual(layout.lane.x0);
  });

  it('moves a sampled request from the door to its place in line, then to its replica', () => {
    const model = new FlowModel();
    const line = new WaitingLine();
    const events = [event('arrived', 1), event('arrived', 2)];
    model.ingest(events, 0);
    line.ingest(events, 0);
    const place = (p: Parameters<typeof placePoint>[1], id: number) =>
      placePoint(layout, p, id, line);
    const atQueue = model.positions(LEG_MS + 40, place);
    expect(atQueue.find((d) => d.id === 1)!.x).toBeCloseTo(waitingSpot(layout, 0).x);
    expect(atQueue.find((d) => d.id === 2)!.x).toBeCloseTo(waitingSpot(layout, 1).x);
    const box = layout.boxes[0];
    model.ingest([event('started', 1, 0)], LEG_MS + 50);
    line.ingest([event('started', 1, 0)], LEG_MS + 50);
    const served = model.positions(3 * LEG_MS, place).find((d) => d.id === 1)!;
    expect(served.x).toBeCloseTo(box.x + box.w / 2);
    // The one behind moved up to the front.
    expect(model.positions(3 * LEG_MS, place).find((d) => d.id === 2)!.x).toBeCloseTo(
      waitingSpot(layout, 0).x,
    );
  });
});

describe('a refused request', () => {
  it('falls out at the lane entrance instead of walking to the head of the line', () => {
    const layout = onlineStripLayout(480, 42, [replica(0, 'ready')]);
    const model = new FlowModel();
    const line = new WaitingLine();
    const events = [event('arrived', 4), event('rejected', 4)];
    model.ingest(events, 0);
    line.ingest(events, 0);
    expect(line.isRefused(4)).toBe(true);
    const place = (p: Parameters<typeof placePoint>[1], id: number) =>
      placePoint(layout, p, id, line);
    const atDoor = model.positions(LEG_MS, place)[0];
    expect(atDoor.x).toBeCloseTo(layout.lane.x0 + 4);
    const fallen = model.positions(2 * LEG_MS - 1, place)[0];
    expect(fallen.fate).toBe('rejected');
    expect(fallen.y).toBeCloseTo(layout.drop.y, 0);
  });
});

describe('onlineFacts and the spoken summary', () => {
  const view = onlineView({
    replicas: [
      replica(0, 'ready'),
      replica(1, 'ready'),
      replica(2, 'loading'),
      replica(3, 'ready'),
      replica(4, 'stopped'),
    ],
    queued: 3,
  });
  const withCounts = {
    ...view,
    report: { ...view.report, counts: { ...view.report.counts, rejected: 12, timedOut: 0 } },
  };
  const facts = onlineFacts(withCounts, (slot) => slot === 0 || slot === 1 || slot === 2);

  it('counts waiting requests, busy replicas (ready ones only), warming and refused', () => {
    expect(facts).toEqual({
      waiting: 3,
      busy: 2,
      replicas: 4,
      warming: 1,
      draining: 0,
      rejected: 12,
      timedOut: 0,
    });
  });

  it('says the state in words in both languages', () => {
    expect(mechanismMessages.en.online.summary('2 hr 15 min', facts)).toBe(
      'Simulated time: 2 hr 15 min. 3 requests waiting, 2 of 4 replicas busy, 1 warming up (not serving yet). So far, 12 rejected.',
    );
    expect(mechanismMessages.es.online.summary('2 h 15 min', facts)).toBe(
      'Tiempo simulado: 2 h 15 min. 3 peticiones esperando, 2 de 4 réplicas ocupadas, 1 arrancando (aún no sirve). Hasta ahora, 12 rechazadas.',
    );
  });

  it('uses the singular for one, and says nothing of refusals before any', () => {
    const one = { ...facts, waiting: 1, replicas: 1, busy: 1, warming: 0, rejected: 0 };
    expect(mechanismMessages.en.online.summary('5 s', one)).toBe(
      'Simulated time: 5 s. 1 request waiting, 1 of 1 replica busy.',
    );
    expect(mechanismMessages.es.online.summary('5 s', one)).toBe(
      'Tiempo simulado: 5 s. 1 petición esperando, 1 de 1 réplica ocupada.',
    );
  });
});

describe('onlineMarkers', () => {
  const ready = [replica(0, 'ready', 10), replica(1, 'ready', 11)];

  it('marks nothing at the first snapshot: those replicas were there from the start', () => {
    expect(onlineMarkers(null, ready, [], 0)).toEqual([]);
  });

  it('marks a replica added, a replica leaving and the first refusal', () => {
    const grown = [...ready, replica(2, 'cold', 12)];
    expect(onlineMarkers(ready, grown, [], 500)).toEqual([{ kind: 'up', atMs: 500 }]);
    const shrunk = [replica(0, 'ready', 10), replica(1, 'draining', 11)];
    expect(onlineMarkers(ready, shrunk, [], 600)).toEqual([{ kind: 'down', atMs: 600 }]);
    const refused = [event('rejected', 5, -1, 640), event('rejected', 6, -1, 650)];
    expect(onlineMarkers(ready, ready, refused, 700)).toEqual([{ kind: 'rejected', atMs: 640 }]);
  });
});
