import { describe, expect, it } from 'vitest';
import {
  FORM_CONVERSION_RATE,
  FORM_FIELDS,
  generateFormSessions,
} from '../../../src/model/data/form-sessions.ts';

describe('form sessions', () => {
  it('is a pure function of the seed', () => {
    expect(generateFormSessions(500, 1)).toEqual(generateFormSessions(500, 1));
    expect(generateFormSessions(500, 1)).not.toEqual(generateFormSessions(500, 2));
  });

  it('converts 20% of abandoned sessions, within 2 points', () => {
    for (const seed of [1, 2, 3]) {
      const rows = generateFormSessions(20_000, seed);
      const rate = rows.filter((s) => s.converted).length / rows.length;
      expect(Math.abs(rate - FORM_CONVERSION_RATE)).toBeLessThanOrEqual(0.02);
    }
  });

  it('keeps abandoned sessions short of a submission, and email above social', () => {
    const rows = generateFormSessions(30_000, 4);
    const rate = (source: string) => {
      const group = rows.filter((s) => s.trafficSource === source);
      return group.filter((s) => s.converted).length / group.length;
    };
    const invalid = rows.filter(
      (s) => s.fieldsCompleted < 0 || s.fieldsCompleted >= FORM_FIELDS || !(s.timeOnPageS > 0),
    );
    expect(invalid).toEqual([]);
    expect(rate('email')).toBeGreaterThan(rate('social'));
  });
});
