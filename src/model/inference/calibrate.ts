import * as tf from '@tensorflow/tfjs';
import { fitBatchCost, median } from './linear-fit.ts';
import type { CalibrationPoint } from './protocol.ts';

/**
 * Measures real inference time on this device for each batch size: a few untimed calls first
 * (shader compilation, JIT), then `repeats` timed calls that wait for the result to be read back
 * (GPU work is asynchronous; reading it is what a server's response waits for).
 */
export async function calibrate(
  model: tf.LayersModel,
  batchSizes: readonly number[],
  repeats: number,
  clock: () => number,
): Promise<{ points: CalibrationPoint[]; fit: ReturnType<typeof fitBatchCost> }> {
  const inputDim = model.inputs[0].shape[1] ?? 1;
  const points: CalibrationPoint[] = [];
  for (const batchSize of batchSizes) {
    // A fixed, non-trivial input pattern: zeros could let a backend take shortcuts.
    const values = new Float32Array(batchSize * inputDim);
    for (let i = 0; i < values.length; i++) values[i] = ((i * 7919) % 101) / 101;
    const x = tf.tensor2d(values, [batchSize, inputDim]);
    const run = async () => {
      const y = model.predict(x) as tf.Tensor;
      await y.data();
      y.dispose();
    };
    for (let w = 0; w < 3; w++) await run();
    const samplesMs: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const started = clock();
      await run();
      samplesMs.push(clock() - started);
    }
    x.dispose();
    const medianMs = median(samplesMs);
    points.push({ batchSize, medianMs, perRowMs: medianMs / batchSize, samplesMs });
  }
  return {
    points,
    fit: fitBatchCost(points.map((p) => ({ batchSize: p.batchSize, ms: p.medianMs }))),
  };
}
