import { describe, expect, it } from 'vitest';
import {
  elapsedMs,
  formatElapsed,
  isoDuration,
  isRunning,
  pauseStopwatch,
  resetStopwatch,
  resumeStopwatch,
  showsHours,
  startStopwatch,
} from '../../src/ui/lessons/elapsed.ts';

describe('the presenter stopwatch', () => {
  it('counts from its start, stands still while paused and goes on from there', () => {
    const started = startStopwatch(1_000);
    expect(elapsedMs(started, 1_000)).toBe(0);
    expect(elapsedMs(started, 6_500)).toBe(5_500);
    const paused = pauseStopwatch(started, 11_000);
    expect(isRunning(paused)).toBe(false);
    expect(elapsedMs(paused, 50_000)).toBe(10_000);
    const resumed = resumeStopwatch(paused, 60_000);
    expect(isRunning(resumed)).toBe(true);
    expect(elapsedMs(resumed, 62_000)).toBe(12_000);
  });

  it('pausing twice or resuming a running watch changes nothing', () => {
    const paused = pauseStopwatch(startStopwatch(0), 4_000);
    expect(pauseStopwatch(paused, 9_000)).toBe(paused);
    const running = startStopwatch(0);
    expect(resumeStopwatch(running, 9_000)).toBe(running);
  });

  it('resets to zero and keeps running or paused as it was', () => {
    const running = resetStopwatch(startStopwatch(0), 30_000);
    expect(elapsedMs(running, 30_000)).toBe(0);
    expect(elapsedMs(running, 32_000)).toBe(2_000);
    const paused = resetStopwatch(pauseStopwatch(startStopwatch(0), 5_000), 30_000);
    expect(isRunning(paused)).toBe(false);
    expect(elapsedMs(paused, 90_000)).toBe(0);
  });

  it('never counts backwards when the clock reads earlier than the start', () => {
    expect(elapsedMs(startStopwatch(5_000), 4_000)).toBe(0);
  });
});

describe('formatting the elapsed time', () => {
  it.each([
    [0, '0:00', 'PT0S'],
    [999, '0:00', 'PT0S'],
    [1_000, '0:01', 'PT1S'],
    [59_999, '0:59', 'PT59S'],
    [60_000, '1:00', 'PT1M0S'],
    [754_000, '12:34', 'PT12M34S'],
    [3_599_999, '59:59', 'PT59M59S'],
    [3_600_000, '1:00:00', 'PT1H0M0S'],
    [3_723_000, '1:02:03', 'PT1H2M3S'],
    [36_000_000 + 5_000, '10:00:05', 'PT10H0M5S'],
  ])('%d ms reads %s (%s)', (ms, clock, iso) => {
    expect(formatElapsed(ms)).toBe(clock);
    expect(isoDuration(ms)).toBe(iso);
  });

  it('shows hours from the first full hour', () => {
    expect(showsHours(3_599_999)).toBe(false);
    expect(showsHours(3_600_000)).toBe(true);
  });

  it('reads zero for a negative or non-finite duration', () => {
    expect(formatElapsed(-5_000)).toBe('0:00');
    expect(formatElapsed(Number.NaN)).toBe('0:00');
    expect(isoDuration(-1)).toBe('PT0S');
  });
});
