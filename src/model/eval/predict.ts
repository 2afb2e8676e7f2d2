import * as tf from '@tensorflow/tfjs';
import type { Dataset } from '../train/dataset.ts';

/**
 * The model's outputs for every row of `data`, row-major. Large batches: tfjs's default of 32
 * spends most of its time in per-batch overhead on the CPU backend.
 */
export function predictAll(model: tf.LayersModel, data: Dataset): Float32Array {
  return tf.tidy(() => {
    const x = tf.tensor2d(data.x, [data.n, data.inputDim]);
    const y = model.predict(x, { batchSize: 8192 }) as tf.Tensor;
    return new Float32Array(y.dataSync());
  });
}
