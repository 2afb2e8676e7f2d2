import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EventCalendar } from '../../../src/sim/calendar.ts';
import { Kernel } from '../../../src/sim/kernel.ts';

describe('EventCalendar', () => {
  it('pops in (time, insertion order) for any interleaving of pushes and pops', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(-1)), { maxLength: 300 }),
        (ops) => {
          const calendar = new EventCalendar(2);
          const model: Array<{ time: number; seq: number }> = [];
          let seq = 0;
          for (const op of ops) {
            if (op >= 0) {
              calendar.push(op, 7, seq);
              model.push({ time: op, seq: seq++ });
            } else if (model.length > 0) {
              model.sort((a, b) => a.time - b.time || a.seq - b.seq);
              const expected = model.shift()!;
              expect(calendar.pop()).toBe(expected.time);
              expect(calendar.poppedData).toBe(expected.seq);
              expect(calendar.poppedKind).toBe(7);
            }
          }
          expect(calendar.size).toBe(model.length);
        },
      ),
    );
  });
});

/** The reference model: every pending event in a plain array, the earliest found by sorting. */
interface ModelEvent {
  time: number;
  seq: number;
  handle: number;
}
const byTimeThenSeq = (a: ModelEvent, b: ModelEvent) => a.time - b.time || a.seq - b.seq;

type Op = { push: number } | { cancel: number } | { pop: true };
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ push: fc.integer({ min: 0, max: 20 }) }) },
  { weight: 3, arbitrary: fc.record({ cancel: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ pop: fc.constant(true as const) }) },
);

describe('EventCalendar.cancel', () => {
  it('matches a sorted array for any sequence of pushes, cancels and pops', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 600 }), (ops) => {
        const calendar = new EventCalendar(2);
        const model: ModelEvent[] = [];
        // Every handle ever issued, fired and cancelled ones included, so stale cancels are tried.
        const issued: number[] = [];
        let seq = 0;
        for (const o of ops) {
          if ('push' in o) {
            const handle = calendar.push(o.push, 3, seq);
            expect(issued).not.toContain(handle);
            issued.push(handle);
            model.push({ time: o.push, seq: seq++, handle });
          } else if ('cancel' in o) {
            if (issued.length === 0) continue;
            const handle = issued[o.cancel % issued.length];
            const at = model.findIndex((e) => e.handle === handle);
            expect(calendar.cancel(handle)).toBe(at >= 0);
            if (at >= 0) model.splice(at, 1);
          } else if (model.length > 0) {
            model.sort(byTimeThenSeq);
            const expected = model.shift()!;
            expect(calendar.pop()).toBe(expected.time);
            expect(calendar.poppedData).toBe(expected.seq);
            expect(calendar.poppedKind).toBe(3);
          }
          expect(calendar.size).toBe(model.length);
          const next = model.length > 0 ? Math.min(...model.map((e) => e.time)) : Infinity;
          expect(calendar.peekTime()).toBe(next);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps (time, sequence) order when cancelled entries are compacted away', () => {
    const calendar = new EventCalendar();
    const handles: number[] = [];
    // Many events at few distinct times, so most order decisions are sequence tie-breaks.
    for (let i = 0; i < 2000; i++) handles.push(calendar.push(i % 7, 0, i));
    const kept = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      if (i % 10 === 3) kept.add(i);
      else expect(calendar.cancel(handles[i])).toBe(true);
    }
    expect(calendar.size).toBe(kept.size);
    const fired: number[] = [];
    while (calendar.size > 0) {
      calendar.pop();
      fired.push(calendar.poppedData);
    }
    const expected = [...kept].sort((a, b) => (a % 7) - (b % 7) || a - b);
    expect(fired).toEqual(expected);
  });

  it('stays bounded when events are scheduled and cancelled a million times', () => {
    const calendar = new EventCalendar();
    for (const t of [500, 600, 700]) calendar.push(t, 1, t);
    let x = 1;
    let cancelled = 0;
    for (let i = 0; i < 1_000_000; i++) {
      // Half land before the live events (cancelled at the top), half after (cancelled deep).
      x = (x * 48271) % 2147483647;
      if (calendar.cancel(calendar.push(x % 1000, 2, i))) cancelled++;
    }
    expect(cancelled).toBe(1_000_000);
    expect(calendar.size).toBe(3);
    // 3 live events and at most COMPACT_MIN (64) cancelled ones ever: the arrays stay at 128.
    expect(calendar.capacity).toBeLessThanOrEqual(128);
    const fired: number[] = [];
    while (calendar.size > 0) fired.push(calendar.pop());
    expect(fired).toEqual([500, 600, 700]);
  });

  it('cannot reach a later event through a stale handle, however often the slot is reused', () => {
    const calendar = new EventCalendar();
    const first = calendar.push(1, 0, 0);
    calendar.pop();
    const seen = new Set([first]);
    let last = first;
    for (let i = 1; i <= 100_000; i++) {
      last = calendar.push(i, 0, i);
      seen.add(last);
      if (i < 100_000) calendar.pop();
    }
    expect(seen.size).toBe(100_001); // no handle issued twice
    expect(calendar.cancel(first)).toBe(false);
    expect(calendar.size).toBe(1);
    expect(calendar.cancel(last)).toBe(true);
    expect(calendar.cancel(last)).toBe(false);
    expect(calendar.size).toBe(0);
  });

  it('refuses numbers that were never handles', () => {
    const calendar = new EventCalendar();
    const handle = calendar.push(5, 0, 0);
    expect(handle).toBeGreaterThan(0);
    expect(Number.isInteger(handle)).toBe(true);
    for (const bogus of [0, -1, -handle, handle + 0.5, NaN, Infinity, handle + 1, 2 ** 60]) {
      expect(calendar.cancel(bogus)).toBe(false);
    }
    expect(calendar.size).toBe(1);
  });

  it('makes every handle stale on clear()', () => {
    const calendar = new EventCalendar();
    const a = calendar.push(1, 0, 0);
    const b = calendar.push(2, 0, 1);
    expect(calendar.cancel(b)).toBe(true);
    calendar.clear();
    expect(calendar.size).toBe(0);
    expect(calendar.peekTime()).toBe(Infinity);
    const c = calendar.push(3, 0, 2);
    expect(calendar.cancel(a)).toBe(false);
    expect(calendar.cancel(b)).toBe(false);
    expect(calendar.size).toBe(1);
    expect(calendar.cancel(c)).toBe(true);
  });
});

describe('Kernel', () => {
  it('steps one event at a time and runs until a time, never moving the clock backwards', () => {
    const kernel = new Kernel();
    const seen: Array<[number, number]> = [];
    kernel.setHandler((kind, _payload, now) => {
      seen.push([kind, now]);
      if (kind === 1) kernel.schedule(now - 5, 2); // a request for the past runs now, not earlier
    });
    kernel.schedule(10, 1);
    kernel.schedule(30, 3);
    expect(kernel.step()).toBe(true);
    expect(seen).toEqual([[1, 10]]);
    kernel.runUntil(20);
    expect(seen).toEqual([
      [1, 10],
      [2, 10],
    ]);
    expect(kernel.now).toBe(20);
    kernel.runUntil(100);
    expect(seen.at(-1)).toEqual([3, 30]);
    expect(kernel.now).toBe(100);
    expect(kernel.step()).toBe(false);
    expect(kernel.events).toBe(3);
  });
});
