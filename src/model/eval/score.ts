/** A model's quality on held-out data, beside a trivial predictor's. */
export interface Score {
  metric: string;
  value: number;
  baseline: number;
  baselineName: string;
  higherIsBetter: boolean;
  /** Secondary figures, by name. */
  extras: Record<string, number>;
  notes: string[];
}

/** Whether `score.value` is strictly better than its baseline, in the metric's direction. */
export function beatsBaseline(
  score: Pick<Score, 'value' | 'baseline' | 'higherIsBetter'>,
): boolean {
  return score.higherIsBetter ? score.value > score.baseline : score.value < score.baseline;
}

/** Share of positive labels. */
export function prevalence(labels: ArrayLike<number>): number {
  let positives = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] > 0.5) positives++;
  return positives / labels.length;
}

/** Class frequencies in `labels` (indices 0..classes-1). */
export function classFrequencies(labels: ArrayLike<number>, classes: number): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (let i = 0; i < labels.length; i++) counts[labels[i]]++;
  return counts.map((c) => c / labels.length);
}

/** `rows` copies of one probability vector: the class-prior predictor's output. */
export function repeatRow(row: readonly number[], rows: number): Float32Array {
  const out = new Float32Array(row.length * rows);
  for (let r = 0; r < rows; r++) out.set(row, r * row.length);
  return out;
}
