/**
 * Encoded rows as flat typed arrays: `x` is row-major `n x inputDim`, `y` is `n x outputs`
 * (the 0/1 label, the regression target, or a one-hot class).
 */
export interface Dataset {
  n: number;
  inputDim: number;
  outputs: number;
  x: Float32Array;
  y: Float32Array;
}

export function buildDataset<Row>(
  rows: readonly Row[],
  encode: (row: Row) => Float32Array,
  inputDim: number,
  target: (row: Row) => number,
  classes: number | null,
): Dataset {
  const outputs = classes ?? 1;
  const x = new Float32Array(rows.length * inputDim);
  const y = new Float32Array(rows.length * outputs);
  rows.forEach((row, i) => {
    x.set(encode(row), i * inputDim);
    const t = target(row);
    if (classes === null) y[i] = t;
    else y[i * outputs + t] = 1;
  });
  return { n: rows.length, inputDim, outputs, x, y };
}
