import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cell, sampledTable, sampleIndices } from '../../../src/ui/charts/data-table.ts';

describe('table down-sampling', () => {
  it('keeps every row when they fit', () => {
    expect(sampleIndices(5, 60)).toEqual([0, 1, 2, 3, 4]);
    expect(sampleIndices(0, 60)).toEqual([]);
  });

  it('keeps the first and last point, ascending, at most max rows, evenly spaced', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 2, max: 100 }), (n, max) => {
        const idx = sampleIndices(n, max);
        expect(idx[0]).toBe(0);
        expect(idx[idx.length - 1]).toBe(n - 1);
        expect(idx.length).toBeLessThanOrEqual(max);
        expect(idx.length).toBe(Math.min(n, max));
        for (let i = 1; i < idx.length; i++) expect(idx[i]).toBeGreaterThan(idx[i - 1]);
        if (n > max) {
          const gaps = idx.slice(1).map((v, i) => v - idx[i]);
          expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('formats only the sampled rows and remembers the total', () => {
    const formatted: number[] = [];
    const table = sampledTable('c', [{ header: 'h' }], 512, (i) => {
      formatted.push(i);
      return [String(i)];
    });
    expect(table.total).toBe(512);
    expect(table.rows.length).toBe(60);
    expect(formatted.length).toBe(60);
    expect(table.rows[0]).toEqual(['0']);
    expect(table.rows[59]).toEqual(['511']);
  });

  it('leaves a cell empty for missing data', () => {
    const f = (n: number) => n.toFixed(1);
    expect(cell(Number.NaN, f)).toBe('');
    expect(cell(null, f)).toBe('');
    expect(cell(undefined, f)).toBe('');
    expect(cell(Number.POSITIVE_INFINITY, f)).toBe('');
    expect(cell(2, f)).toBe('2.0');
  });
});
