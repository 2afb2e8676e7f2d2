import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partitionLayout } from '../../../src/ui/charts/partition-layout.ts';

const partition = fc
  .tuple(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), fc.option(fc.nat(9)))
  .map(([a, b, consumer]) => ({
    logEnd: Math.max(a, b),
    committed: Math.min(a, b),
    consumer,
  }));

describe('partition logs layout', () => {
  it('uses one scale for every partition: widths proportional to offsets', () => {
    const layout = partitionLayout(
      [
        { logEnd: 1000, committed: 800, consumer: 0 },
        { logEnd: 500, committed: 100, consumer: null },
      ],
      400,
    );
    expect(layout.maxOffset).toBe(1000);
    expect(layout.rows[0].committedWidth).toBeCloseTo(320);
    expect(layout.rows[0].lagWidth).toBeCloseTo(80);
    expect(layout.rows[1].committedWidth).toBeCloseTo(40);
    expect(layout.rows[1].lagWidth).toBeCloseTo(160);
    expect(layout.rows[1].lag).toBe(400);
    expect(layout.totalLag).toBe(600);
  });

  it('keeps committed + lag proportional to the log end, never past the track', () => {
    fc.assert(
      fc.property(
        fc.array(partition, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 2000 }),
        (parts, width) => {
          const layout = partitionLayout(parts, width);
          for (const row of layout.rows) {
            const total = row.committedWidth + row.lagWidth;
            expect(total).toBeLessThanOrEqual(width + 1e-6);
            if (layout.maxOffset > 0)
              expect(total).toBeCloseTo((row.partition.logEnd / layout.maxOffset) * width, 6);
            expect(row.lag).toBe(row.partition.logEnd - row.partition.committed);
          }
        },
      ),
    );
  });

  it('draws nothing for empty logs and clamps a committed offset past the end', () => {
    const empty = partitionLayout([{ logEnd: 0, committed: 0, consumer: null }], 300);
    expect(empty.rows[0].committedWidth).toBe(0);
    expect(empty.rows[0].lagWidth).toBe(0);
    const odd = partitionLayout([{ logEnd: 10, committed: 12, consumer: 1 }], 100);
    expect(odd.rows[0].committedWidth).toBeCloseTo(100);
    expect(odd.rows[0].lag).toBe(0);
  });
});
