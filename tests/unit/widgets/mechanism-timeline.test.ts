import { describe, expect, it } from 'vitest';
import { GANTT } from '../../../src/ui/charts/gantt-layout.ts';
import {
  MarkerLog,
  MARKER_MERGE_PX,
  timelineLayout,
} from '../../../src/ui/widgets/mechanism/timeline.ts';

describe('timelineLayout', () => {
  it("spans the width inside the Gantt chart's margins, with now and the markers on it", () => {
    const axis = timelineLayout(0, 1000, 250, 432, [{ kind: 'up', atMs: 500 }]);
    expect(axis.x0).toBe(GANTT.margins.left);
    expect(axis.x1).toBe(432 - GANTT.margins.right);
    expect(axis.nowX).toBeCloseTo(16 + 100);
    expect(axis.markers).toEqual([{ kind: 'up', x: 16 + 200 }]);
    expect(axis.ticks.length).toBeGreaterThanOrEqual(2);
    for (const x of axis.ticks) expect(x).toBeGreaterThanOrEqual(axis.x0);
  });

  it('has no cursor when now is outside the span, and leaves out markers outside it', () => {
    const axis = timelineLayout(1000, 2000, 500, 300, [
      { kind: 'a', atMs: 900 },
      { kind: 'a', atMs: 1500 },
    ]);
    expect(axis.nowX).toBeNull();
    expect(axis.markers).toHaveLength(1);
  });

  it('draws markers of one kind closer than a few pixels once, and other kinds apart', () => {
    const axis = timelineLayout(0, 10_000, 0, 1032, [
      { kind: 'rejected', atMs: 1000 },
      { kind: 'rejected', atMs: 1010 },
      { kind: 'up', atMs: 1005 },
      { kind: 'rejected', atMs: 1000 + (MARKER_MERGE_PX + 1) * 10 },
    ]);
    expect(axis.markers.map((m) => m.kind)).toEqual(['rejected', 'up', 'rejected']);
  });

  it('copes with an empty span (a run not yet sized)', () => {
    const axis = timelineLayout(0, 0, 0, 320, []);
    expect(Number.isFinite(axis.x(0))).toBe(true);
    expect(axis.nowX).toBe(axis.x0);
  });
});

describe('MarkerLog', () => {
  it('keeps the newest markers up to its capacity', () => {
    const log = new MarkerLog<'m'>(3);
    log.add([1, 2, 3, 4].map((t) => ({ kind: 'm', atMs: t })));
    expect(log.items.map((m) => m.atMs)).toEqual([2, 3, 4]);
  });

  it('forgets the markers of a replaced run', () => {
    const log = new MarkerLog<'m'>();
    log.add([
      { kind: 'm', atMs: 10 },
      { kind: 'm', atMs: 90 },
    ]);
    log.rewind(50);
    expect(log.items).toEqual([{ kind: 'm', atMs: 10 }]);
  });
});
