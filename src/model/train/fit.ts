import * as tf from '@tensorflow/tfjs';
import { Rng } from '../../sim/rng.ts';
import type { Task } from '../models/build.ts';
import type { Dataset } from './dataset.ts';

export interface FitOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  seed: number;
  /** Called after each epoch with the mean training loss, for progress logs. */
  onEpoch?: (epoch: number, loss: number) => void;
}

const LOSS: Record<Task, string> = {
  binary: 'binaryCrossentropy',
  multiclass: 'categoricalCrossentropy',
  regression: 'meanSquaredError',
};

/** Fisher-Yates permutation of 0..n-1 from our seeded generator (tfjs's shuffle is unseeded). */
export function permutation(n: number, rng: Rng): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.uniform() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}

/**
 * Mini-batch Adam (Kingma & Ba 2015) with the rows reshuffled every epoch by our own seeded
 * generator and `shuffle: false` given to tfjs, which keeps training reproducible.
 */
export async function fitModel(
  model: tf.LayersModel,
  data: Dataset,
  task: Task,
  options: FitOptions,
): Promise<void> {
  model.compile({ optimizer: tf.train.adam(options.learningRate), loss: LOSS[task] });
  const rng = Rng.stream(options.seed, `${model.name}:shuffle`);
  const xAll = tf.tensor2d(data.x, [data.n, data.inputDim]);
  const yAll = tf.tensor2d(data.y, [data.n, data.outputs]);
  try {
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      const order = tf.tensor1d(permutation(data.n, rng), 'int32');
      const xs = tf.gather(xAll, order);
      const ys = tf.gather(yAll, order);
      const history = await model.fit(xs, ys, {
        epochs: 1,
        batchSize: options.batchSize,
        shuffle: false,
        verbose: 0,
      });
      tf.dispose([order, xs, ys]);
      options.onEpoch?.(epoch + 1, history.history.loss[0] as number);
    }
  } finally {
    tf.dispose([xAll, yAll]);
  }
}
