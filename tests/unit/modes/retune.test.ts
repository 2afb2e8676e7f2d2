import { describe, expect, it } from 'vitest';
import { changedFields, retuneFields, sameValue } from '../../../src/modes/retune.ts';

describe('retune helpers', () => {
  it('compare parameters by structure, whatever the key order', () => {
    expect(sameValue({ kind: 'exponential', mean: 2 }, { mean: 2, kind: 'exponential' })).toBe(
      true,
    );
    expect(sameValue([{ atS: 1, consumers: 2 }], [{ consumers: 2, atS: 1 }])).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
  });

  it('list the changed fields in the given order, not the order of the objects', () => {
    const current = { a: 1, b: { x: 1 }, c: 'k' };
    expect(changedFields(current, { c: 'j', b: { x: 2 }, a: 1 }, ['a', 'b', 'c'])).toEqual([
      'b',
      'c',
    ]);
  });

  it('apply each applicable field with the params in force so far, and return the others', () => {
    const applied: Array<[string, number]> = [];
    const refused = retuneFields(
      { a: 1, b: 2, c: 3 },
      { a: 10, b: 20, c: 30 },
      ['c', 'b', 'a'],
      (field) => field !== 'b',
      (params, field) => applied.push([field, params.a + params.b + params.c]),
    );
    expect(refused).toEqual(['b']);
    // c first (1 + 2 + 30), then a on top of it (10 + 2 + 30): b keeps its old value.
    expect(applied).toEqual([
      ['c', 33],
      ['a', 42],
    ]);
  });

  it('apply the fields that act at once last, yet report refusals in the given order', () => {
    const applied: string[] = [];
    const refused = retuneFields(
      { a: 1, b: 2, c: 3, d: 4 },
      { a: 0, b: 0, c: 0, d: 0 },
      ['a', 'b', 'c', 'd'],
      (field) => field === 'b' || field === 'c',
      (_, field) => applied.push(field),
      ['b', 'a'],
    );
    expect(applied).toEqual(['c', 'b']);
    expect(refused).toEqual(['a', 'd']);
  });
});
