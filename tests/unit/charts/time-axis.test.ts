import { describe, expect, it } from 'vitest';
import { axisUnit, durationUnit, UNIT_MS } from '../../../src/locale/time-units.ts';
import { tickCount, timeTicks } from '../../../src/ui/charts/time-axis.ts';

describe('time axis unit', () => {
  it('chooses the largest unit the span covers at least twice', () => {
    expect(axisUnit(500)).toBe('ms');
    expect(axisUnit(1_999)).toBe('ms');
    expect(axisUnit(2_000)).toBe('s');
    expect(axisUnit(90_000)).toBe('s');
    expect(axisUnit(3 * 60_000)).toBe('min');
    expect(axisUnit(90 * 60_000)).toBe('min');
    expect(axisUnit(6 * 3_600_000)).toBe('h');
    expect(axisUnit(7 * 86_400_000)).toBe('d');
    expect(axisUnit(0)).toBe('ms');
  });

  it('gives a single duration the largest unit it reaches', () => {
    expect(durationUnit(0.4)).toBe('ms');
    expect(durationUnit(999)).toBe('ms');
    expect(durationUnit(1_500)).toBe('s');
    expect(durationUnit(60_000)).toBe('min');
    expect(durationUnit(3_600_000)).toBe('h');
    expect(durationUnit(2 * 86_400_000)).toBe('d');
    expect(durationUnit(-1_500)).toBe('s');
  });

  it('puts round ticks inside the domain, in the chosen unit', () => {
    const { unit, ticksMs } = timeTicks(0, 24 * 3_600_000, 6);
    expect(unit).toBe('h');
    expect(ticksMs[0]).toBe(0);
    for (const t of ticksMs) {
      expect(t).toBeGreaterThanOrEqual(0);
      expect(t).toBeLessThanOrEqual(24 * 3_600_000);
      expect(Number.isInteger(t / UNIT_MS.h)).toBe(true);
    }
    expect(ticksMs.length).toBeGreaterThanOrEqual(3);
    expect(ticksMs.length).toBeLessThanOrEqual(13);
  });

  it('keeps the unit while a run fills its axis (the span, not the data, decides)', () => {
    expect(timeTicks(0, 600_000, 5).unit).toBe('min');
    expect(timeTicks(300_000, 900_000, 5).unit).toBe('min');
  });

  it('fits fewer ticks on a narrow chart, never fewer than two', () => {
    expect(tickCount(256, 80)).toBe(3);
    expect(tickCount(40, 80)).toBe(2);
    expect(tickCount(800, 80)).toBe(10);
  });
});
