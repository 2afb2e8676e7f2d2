/**
 * A legend drawn inside a chart's SVG, so an exported file keeps it: items flow left to right and
 * wrap to a new row when the next one would not fit. Text width is estimated (SVG text cannot be
 * measured without a layout pass, which would thrash at 30 updates per second): LEGEND.charPx is
 * generous for 12 px system fonts.
 */

export const LEGEND = {
  charPx: 7,
  swatchPx: 16,
  gapPx: 6,
  itemGapPx: 16,
  rowPx: 18,
};

export interface LegendItem<K> {
  key: K;
  label: string;
  x: number;
  y: number;
}

/** Positions for `items` (key, label) inside `width` px, starting at (x, y); and the height used. */
export function legendLayout<K>(
  items: ReadonlyArray<{ key: K; label: string }>,
  x: number,
  y: number,
  width: number,
): { items: LegendItem<K>[]; height: number } {
  if (items.length === 0) return { items: [], height: 0 };
  const out: LegendItem<K>[] = [];
  let cx = x;
  let row = 0;
  for (const item of items) {
    const w = LEGEND.swatchPx + LEGEND.gapPx + item.label.length * LEGEND.charPx;
    if (cx > x && cx + w > x + width) {
      row++;
      cx = x;
    }
    out.push({ key: item.key, label: item.label, x: cx, y: y + row * LEGEND.rowPx });
    cx += w + LEGEND.itemGapPx;
  }
  return { items: out, height: (row + 1) * LEGEND.rowPx };
}
