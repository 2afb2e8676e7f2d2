import * as tf from '@tensorflow/tfjs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Loads a layers-format model from disk (model.json and the weight files it lists) through
 * `tf.io.fromMemory`, since tfjs without tfjs-node cannot read files and nothing here may fetch.
 */
export async function loadModelFromFile(modelJsonPath: string): Promise<tf.LayersModel> {
  const json = JSON.parse(await readFile(modelJsonPath, 'utf8')) as tf.io.ModelJSON;
  const dir = dirname(modelJsonPath);
  const weightSpecs: tf.io.WeightsManifestEntry[] = [];
  const buffers: ArrayBuffer[] = [];
  for (const group of json.weightsManifest) {
    weightSpecs.push(...group.weights);
    for (const path of group.paths) {
      const file = await readFile(join(dir, path));
      buffers.push(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
    }
  }
  return tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: json.modelTopology,
      weightSpecs,
      weightData: tf.io.CompositeArrayBuffer.join(buffers),
    }),
  );
}
