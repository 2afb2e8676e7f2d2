import { describe, expect, it } from 'vitest';
import {
  clockReading,
  MAX_GLIDE_MS,
  SnapshotGlide,
} from '../../../src/ui/widgets/mechanism/clock.ts';

const H = 3_600_000;
const MIN = 60_000;

describe('clockReading', () => {
  it('reads the largest unit and the next, rounded down, in each language', () => {
    expect(clockReading('es', 2 * H + 15 * MIN + 59_000)).toBe('2 h 15 min');
    expect(clockReading('en', 2 * H + 15 * MIN)).toBe('2 hr 15 min');
    expect(clockReading('es', 42_900)).toBe('42 s');
    expect(clockReading('es', 350.7)).toBe('350 ms');
    expect(clockReading('es', 3 * 24 * H + 4 * H)).toBe('3 d 4 h');
  });

  it('leaves out a zero second unit, and never shows NaN', () => {
    expect(clockReading('en', 2 * H)).toBe('2 hr');
    expect(clockReading('es', 5 * MIN + 200)).toBe('5 min');
    expect(clockReading('es', Number.NaN)).toBe('—');
    expect(clockReading('es', -5)).toBe('0 ms');
  });

  it('groups large numbers the locale way', () => {
    expect(clockReading('en', 1234 * 24 * H)).toBe('1,234 days');
  });
});

describe('SnapshotGlide', () => {
  it('shows the first snapshot as it is', () => {
    const glide = new SnapshotGlide();
    glide.update([1000, 5], 0);
    expect(glide.at(0)).toEqual([1000, 5]);
    expect(glide.settled(0)).toBe(true);
  });

  it('slides from the drawn values to the new snapshot over the time between snapshots', () => {
    const glide = new SnapshotGlide();
    glide.update([0, 0], 0);
    glide.update([100, 10], 100);
    expect(glide.at(100)).toEqual([0, 0]);
    expect(glide.at(150)).toEqual([50, 5]);
    expect(glide.settled(150)).toBe(false);
    expect(glide.at(200)).toEqual([100, 10]);
    expect(glide.settled(200)).toBe(true);
  });

  it('restarts from where the drawing is when a snapshot comes early, never going back', () => {
    const glide = new SnapshotGlide();
    glide.update([0], 0);
    glide.update([100], 100);
    glide.update([200], 150);
    const drawn = glide.at(150);
    expect(drawn[0]).toBeCloseTo(50);
    expect(glide.at(175)[0]).toBeGreaterThan(drawn[0]);
    expect(glide.at(200)[0]).toBeCloseTo(200);
  });

  it('never glides longer than MAX_GLIDE_MS (a snapshot after a pause)', () => {
    const glide = new SnapshotGlide();
    glide.update([0], 0);
    glide.update([1000], 10_000);
    expect(glide.settled(10_000 + MAX_GLIDE_MS)).toBe(true);
  });

  it('jumps when time goes back (a new run) or the values change shape', () => {
    const glide = new SnapshotGlide();
    glide.update([500, 1], 0);
    glide.update([10, 2], 100);
    expect(glide.at(100)).toEqual([10, 2]);
    glide.update([20, 3, 4], 200);
    expect(glide.at(200)).toEqual([20, 3, 4]);
  });
});
