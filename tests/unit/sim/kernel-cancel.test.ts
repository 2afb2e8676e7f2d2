import { describe, expect, it } from 'vitest';
import { Kernel } from '../../../src/sim/kernel.ts';

/** A kernel whose handler records (payload, time) of every event it processes. */
function recording() {
  const kernel = new Kernel();
  const fired: Array<[number, number]> = [];
  kernel.setHandler((_kind, payload, now) => fired.push([payload, now]));
  return { kernel, fired };
}

describe('Kernel.cancel', () => {
  it('stops an event from firing when cancelled before its time', () => {
    const { kernel, fired } = recording();
    kernel.schedule(10, 0, 1);
    const late = kernel.schedule(20, 0, 2);
    kernel.schedule(30, 0, 3);
    expect(kernel.pending).toBe(3);
    expect(kernel.cancel(late)).toBe(true);
    expect(kernel.pending).toBe(2);
    kernel.runUntil(100);
    expect(fired).toEqual([
      [1, 10],
      [3, 30],
    ]);
    expect(kernel.events).toBe(2);
  });

  it('cancels the earliest event: the next one becomes the next event time', () => {
    const { kernel, fired } = recording();
    const first = kernel.schedule(5, 0, 1);
    kernel.schedule(10, 0, 2);
    kernel.schedule(15, 0, 3);
    expect(kernel.nextEventTime()).toBe(5);
    expect(kernel.cancel(first)).toBe(true);
    expect(kernel.nextEventTime()).toBe(10);
    expect(kernel.step()).toBe(true);
    expect(fired).toEqual([[2, 10]]);
  });

  it('cancels an event in the middle of the calendar, keeping the order of the rest', () => {
    const { kernel, fired } = recording();
    const handles = [50, 20, 40, 10, 30, 60, 70].map((t) => kernel.schedule(t, 0, t));
    expect(kernel.cancel(handles[2])).toBe(true); // 40
    expect(kernel.cancel(handles[4])).toBe(true); // 30
    kernel.runUntil(Infinity);
    expect(fired.map(([payload]) => payload)).toEqual([10, 20, 50, 60, 70]);
  });

  it('never reports a cancelled event as the next event time', () => {
    const { kernel } = recording();
    const a = kernel.schedule(5, 0);
    const b = kernel.schedule(7, 0);
    kernel.schedule(10, 0);
    expect(kernel.cancel(b)).toBe(true); // deep in the heap: the top is still 5
    expect(kernel.nextEventTime()).toBe(5);
    expect(kernel.cancel(a)).toBe(true); // now 7 would surface, but it is cancelled too
    expect(kernel.nextEventTime()).toBe(10);
    expect(kernel.pending).toBe(1);
  });

  it('is a no-op returning false for an event that has fired or was already cancelled', () => {
    const { kernel, fired } = recording();
    const a = kernel.schedule(1, 0, 1);
    const b = kernel.schedule(2, 0, 2);
    kernel.schedule(3, 0, 3);
    kernel.step();
    expect(kernel.cancel(a)).toBe(false); // fired
    expect(kernel.cancel(b)).toBe(true);
    expect(kernel.cancel(b)).toBe(false); // cancelled already
    expect(kernel.pending).toBe(1);
    expect(kernel.nextEventTime()).toBe(3);
    kernel.runUntil(10);
    expect(fired).toEqual([
      [1, 1],
      [3, 3],
    ]);
  });

  it('cannot cancel a later event with the handle of one that fired long ago', () => {
    const kernel = new Kernel();
    let fired = 0;
    let lastPayload = -1;
    kernel.setHandler((_kind, payload) => {
      fired++;
      lastPayload = payload;
    });
    const stale = kernel.schedule(0, 0, -1);
    kernel.step();
    // Each event is scheduled after the previous one fired, so they reuse the same storage.
    for (let i = 0; i < 10_000; i++) {
      kernel.schedule(kernel.now + 1, 0, i);
      kernel.step();
    }
    kernel.schedule(kernel.now + 1, 0, 42);
    expect(kernel.cancel(stale)).toBe(false);
    expect(kernel.pending).toBe(1);
    kernel.step();
    expect(fired).toBe(10_002);
    expect(lastPayload).toBe(42);
  });

  it('keeps same-time events in the order they were scheduled around cancellations', () => {
    const { kernel, fired } = recording();
    const handles = [0, 1, 2, 3, 4].map((p) => kernel.schedule(10, 0, p));
    kernel.cancel(handles[1]);
    kernel.cancel(handles[3]);
    kernel.schedule(10, 0, 5);
    kernel.cancel(handles[0]);
    kernel.schedule(10, 0, 6);
    kernel.runUntil(10);
    expect(fired.map(([payload]) => payload)).toEqual([2, 4, 5, 6]);
  });

  it('lets a handler cancel an event due at the same instant, and its own handle is stale', () => {
    const kernel = new Kernel();
    const fired: number[] = [];
    const handles: number[] = [];
    kernel.setHandler((_kind, payload) => {
      fired.push(payload);
      if (payload === 0) {
        expect(kernel.cancel(handles[0])).toBe(false); // this very event: it is firing
        expect(kernel.cancel(handles[1])).toBe(true);
      }
    });
    for (let p = 0; p < 3; p++) handles.push(kernel.schedule(10, 0, p));
    kernel.runUntil(10);
    expect(fired).toEqual([0, 2]);
    expect(kernel.now).toBe(10);
  });

  it('runs up to a time whose only event was cancelled, and steps to nothing after', () => {
    const { kernel, fired } = recording();
    kernel.schedule(10, 0, 1);
    const gone = kernel.schedule(15, 0, 2);
    kernel.cancel(gone);
    kernel.runUntil(15);
    expect(fired).toEqual([[1, 10]]);
    expect(kernel.now).toBe(15);
    expect(kernel.pending).toBe(0);
    expect(kernel.nextEventTime()).toBe(Infinity);
    expect(kernel.step()).toBe(false);
  });

  it('cancels an event scheduled for the past, which would have run at the current time', () => {
    const { kernel, fired } = recording();
    kernel.schedule(20, 0, 1);
    kernel.step();
    const past = kernel.schedule(5, 0, 2);
    expect(kernel.nextEventTime()).toBe(20);
    expect(kernel.cancel(past)).toBe(true);
    expect(kernel.step()).toBe(false);
    expect(fired).toEqual([[1, 20]]);
  });
});
