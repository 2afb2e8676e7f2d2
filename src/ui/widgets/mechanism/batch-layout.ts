/**
 * Geometry of the batch strip: the table the job sweeps at the left (its rows fill, top to bottom
 * and left to right, as the run scores them), an arrow to the prediction store at the right, and
 * in the store the predictions with a bar for their age.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Rows drawn in the table glyph: enough to read as a table, few enough to see each fill. */
export const TABLE_ROWS = 6;

export interface BatchStripLayout {
  /** Baseline of the labels above the table and the store. */
  labelY: number;
  table: Box;
  arrow: { x1: number; x2: number; y: number };
  store: Box;
  /** The predictions inside the store. */
  block: Box;
  /** The age bar's track, under the predictions. */
  age: Box;
}

export function batchStripLayout(width: number, height: number): BatchStripLayout {
  const w = Math.max(200, width);
  const top = 13;
  const h = Math.max(12, height - top - 1);
  const tableW = Math.min(200, Math.max(80, w * 0.3));
  const table = { x: 4, y: top, w: tableW, h };
  const storeX = table.x + tableW + Math.max(44, w * 0.14);
  const store = { x: storeX, y: top, w: Math.max(60, Math.min(240, w - storeX - 4)), h };
  return {
    labelY: 9,
    table,
    arrow: { x1: table.x + tableW + 4, x2: storeX - 4, y: top + h / 2 },
    store,
    block: { x: store.x + 3, y: store.y + 3, w: store.w - 6, h: h * 0.45 },
    age: { x: store.x + 3, y: store.y + h * 0.6, w: store.w - 6, h: Math.max(4, h * 0.28) },
  };
}

/**
 * The scored part of the table at `progress` (0 to 1): whole rows from the top, then part of the
 * next row; and where the sweep is, the edge of that part.
 */
export function tableFill(
  progress: number,
  table: Box,
  rows = TABLE_ROWS,
): { fullHeight: number; partial: Box | null; sweep: { x: number; y: number; h: number } } {
  const p = Math.min(1, Math.max(0, progress));
  const rowH = table.h / rows;
  const done = Math.min(rows, Math.floor(p * rows));
  const rest = p * rows - done;
  const fullHeight = done * rowH;
  const partial =
    done < rows && rest > 0
      ? { x: table.x, y: table.y + fullHeight, w: rest * table.w, h: rowH }
      : null;
  const sweep =
    done >= rows
      ? { x: table.x + table.w, y: table.y + table.h - rowH, h: rowH }
      : { x: table.x + rest * table.w, y: table.y + fullHeight, h: rowH };
  return { fullHeight, partial, sweep };
}

/** The lines between the table glyph's rows, as one path. */
export function tableRowLines(table: Box, rows = TABLE_ROWS): string {
  let d = '';
  for (let i = 1; i < rows; i++) d += `M${table.x},${table.y + (i * table.h) / rows}h${table.w}`;
  return d;
}
