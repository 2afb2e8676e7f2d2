import { describe, expect, it } from 'vitest';
import { LEGEND, legendLayout } from '../../../src/ui/charts/legend-layout.ts';

describe('legend layout', () => {
  const items = ['Succeeded', 'Failed', 'Running', 'Waiting', 'Skipped'].map((label) => ({
    key: label,
    label,
  }));

  it('keeps one row when the items fit', () => {
    const { items: placed, height } = legendLayout(items, 10, 100, 1000);
    expect(new Set(placed.map((p) => p.y))).toEqual(new Set([100]));
    expect(height).toBe(LEGEND.rowPx);
    for (let i = 1; i < placed.length; i++) expect(placed[i].x).toBeGreaterThan(placed[i - 1].x);
  });

  it('wraps to new rows on a narrow chart, each item inside the width', () => {
    const { items: placed, height } = legendLayout(items, 10, 0, 200);
    expect(height).toBeGreaterThan(LEGEND.rowPx);
    for (const p of placed) {
      const w = LEGEND.swatchPx + LEGEND.gapPx + p.label.length * LEGEND.charPx;
      expect(p.x + w).toBeLessThanOrEqual(210);
    }
    expect(legendLayout([], 0, 0, 100)).toEqual({ items: [], height: 0 });
  });
});
