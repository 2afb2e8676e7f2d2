import type { PresetName } from '../case-names.ts';
import { Rng } from '../../sim/rng.ts';
import type { Score } from '../eval/score.ts';
import { buildDataset, type Dataset } from '../train/dataset.ts';
import type { Task } from './build.ts';

/**
 * One of the deck's examples as a supervised learning problem: where its rows come from, how a
 * row becomes features and a target, and how predictions on held-out rows are scored.
 */
export interface ExampleDefinition<Row> {
  example: PresetName;
  task: Task;
  /** Class names in output order (multiclass), else null. */
  labels: readonly string[] | null;
  featureNames: readonly string[];
  /** Name and module of the encoder, recorded in the manifest for the app's developers. */
  encoder: string;
  /** What one output value means, recorded in the manifest. */
  output: string;
  encode(row: Row): Float32Array;
  /** The 0/1 label, the class index, or the regression target. */
  target(row: Row): number;
  trainRows(seed: number): Row[];
  evalRows(seed: number): Row[];
  /** A few rows for checks and demos, cheaper than either set. */
  sampleRows(seed: number): Row[];
  /**
   * Keep only this share of negative rows for training (rare-event case-control sampling, King &
   * Zeng, "Logistic regression in rare events data", Political Analysis 9, 2001); the trained
   * model's output logit is then shifted by ln(share) to restore the true base rate.
   */
  negativeKeepRate?: number;
  score(outputs: Float32Array, rows: readonly Row[], data: Dataset): Score;
}

export interface TrainingSet {
  data: Dataset;
  /** Add to the output layer's bias (logit) after training; 0 when nothing was subsampled. */
  outputLogitShift: number;
}

export interface HeldOutSet {
  data: Dataset;
  score(outputs: Float32Array): Score;
}

/** An example with its row type hidden, so examples of different rows sit in one table. */
export interface Example {
  example: PresetName;
  task: Task;
  labels: readonly string[] | null;
  featureNames: readonly string[];
  encoder: string;
  output: string;
  trainingSet(seed: number): TrainingSet;
  heldOutSet(seed: number): HeldOutSet;
  sampleSet(seed: number): Dataset;
}

export function defineExample<Row>(def: ExampleDefinition<Row>): Example {
  const classes = def.task === 'multiclass' ? (def.labels?.length ?? 0) : null;
  const dataset = (rows: readonly Row[]) =>
    buildDataset(rows, def.encode, def.featureNames.length, def.target, classes);
  return {
    example: def.example,
    task: def.task,
    labels: def.labels,
    featureNames: def.featureNames,
    encoder: def.encoder,
    output: def.output,
    trainingSet(seed) {
      let rows = def.trainRows(seed);
      const keep = def.negativeKeepRate;
      if (keep === undefined) return { data: dataset(rows), outputLogitShift: 0 };
      const rng = Rng.stream(seed, `${def.example}:subsample`);
      rows = rows.filter((row) => def.target(row) > 0.5 || rng.uniform() < keep);
      return { data: dataset(rows), outputLogitShift: Math.log(keep) };
    },
    sampleSet(seed) {
      return dataset(def.sampleRows(seed));
    },
    heldOutSet(seed) {
      const rows = def.evalRows(seed);
      const data = dataset(rows);
      return { data, score: (outputs) => def.score(outputs, rows, data) };
    },
  };
}
