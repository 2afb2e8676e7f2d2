import * as tf from '@tensorflow/tfjs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const WEIGHTS_FILE = 'weights.bin';

/**
 * Saves a model in the tfjs layers format (model.json + one weights file) into `dir`. tfjs has no
 * file-system handler without tfjs-node, so a custom save handler writes the two files; the
 * result loads in the browser with `tf.loadLayersModel(url)`. The training configuration is left
 * out: the app only predicts.
 */
export async function saveModelToDir(model: tf.LayersModel, dir: string): Promise<number> {
  let bytes = 0;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      if (!artifacts.weightSpecs || !artifacts.weightData) {
        throw new Error('model has no weights to save');
      }
      const weights = Buffer.from(tf.io.CompositeArrayBuffer.join(artifacts.weightData));
      const modelJson = {
        format: 'layers-model',
        generatedBy: artifacts.generatedBy,
        convertedBy: null,
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: [WEIGHTS_FILE], weights: artifacts.weightSpecs }],
      };
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'model.json'), JSON.stringify(modelJson) + '\n');
      await writeFile(join(dir, WEIGHTS_FILE), weights);
      bytes = weights.byteLength;
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(artifacts) };
    }),
  );
  return bytes;
}
