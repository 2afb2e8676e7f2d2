import { describe, expect, it } from 'vitest';
import { fieldNumber } from '../../../src/ui/lab/field-number.ts';

describe('fieldNumber', () => {
  it('keeps whole numbers exactly, however large', () => {
    expect(fieldNumber(20_000)).toBe(20_000);
    expect(fieldNumber(1_234_567)).toBe(1_234_567);
    expect(fieldNumber(0)).toBe(0);
  });

  it('rounds other numbers to six significant digits', () => {
    expect(fieldNumber(20_000 / 86_400)).toBe(0.231481);
    expect(fieldNumber(12.345678)).toBe(12.3457);
    expect(fieldNumber(0.0001234567)).toBe(0.000123457);
    expect(fieldNumber(2.5)).toBe(2.5);
  });
});
