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
