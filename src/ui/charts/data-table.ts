/**
 * The text alternative every chart offers: a plain table of the values drawn. A long series is
 * down-sampled to evenly spaced rows so that a screen-reader user can still read it through; the
 * first and last points are always kept, since "where it started" and "where it is now" are what
 * the chart says first.
 */

export interface TableColumn {
  /** Header text, with the unit: "Tiempo simulado (min)". */
  header: string;
  /** Right-aligned, tabular digits. */
  numeric?: boolean;
}

export interface TableData {
  caption: string;
  columns: TableColumn[];
  /** Already formatted cells; the first cell of each row is its header (th scope="row"). */
  rows: string[][];
  /** Rows before down-sampling, so the table can say it shows a sample. */
  total: number;
}

export const MAX_TABLE_ROWS = 60;

/**
 * Indices of at most `max` evenly spaced items out of `n`, ascending, always including 0 and n - 1.
 */
export function sampleIndices(n: number, max = MAX_TABLE_ROWS): number[] {
  if (n <= 0) return [];
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  if (max <= 1) return [n - 1];
  const out: number[] = [];
  for (let k = 0; k < max; k++) {
    const i = Math.round((k * (n - 1)) / (max - 1));
    if (out.length === 0 || out[out.length - 1] !== i) out.push(i);
  }
  return out;
}

/** Builds a table from `n` items, formatting only the sampled rows. */
export function sampledTable(
  caption: string,
  columns: TableColumn[],
  n: number,
  row: (index: number) => string[],
  max = MAX_TABLE_ROWS,
): TableData {
  return { caption, columns, rows: sampleIndices(n, max).map(row), total: n };
}

/** A value for a table cell: finite numbers formatted, missing data as an empty cell. */
export function cell(value: number | null | undefined, format: (n: number) => string): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : format(value);
}
