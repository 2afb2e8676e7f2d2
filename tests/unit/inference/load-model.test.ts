import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { loadModel, ModelLoadError } from '../../../src/model/inference/load-model.ts';

/** A fetch over an in-memory site: path -> body (string or bytes), anything else is a 404. */
function siteFetch(files: Record<string, string | Uint8Array>): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const path = new URL(String(input)).pathname;
    const body = files[path];
    if (body === undefined) return new Response('not found', { status: 404 });
    return new Response(body as BodyInit, { status: 200 });
  }) as typeof fetch;
}

async function savedModel(): Promise<Record<string, string | Uint8Array>> {
  await tf.setBackend('cpu');
  const model = tf.sequential({
    layers: [tf.layers.dense({ units: 2, inputShape: [3], activation: 'softmax' })],
  });
  let files: Record<string, string | Uint8Array> = {};
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const manifest = [{ paths: ['weights.bin'], weights: artifacts.weightSpecs ?? [] }];
      files = {
        '/models/m/model.json': JSON.stringify({
          modelTopology: artifacts.modelTopology,
          weightsManifest: manifest,
          format: 'layers-model',
        }),
        '/models/m/weights.bin': new Uint8Array(artifacts.weightData as ArrayBuffer),
      };
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  return files;
}

describe('loadModel', () => {
  it('loads a layers model from the site and predicts', async () => {
    const model = await loadModel(
      'http://site.test/models/m/model.json',
      siteFetch(await savedModel()),
    );
    const y = model.predict(tf.tensor2d([[1, 2, 3]])) as tf.Tensor;
    expect(y.shape).toEqual([1, 2]);
  });

  it('tells a missing model from a corrupt one', async () => {
    const files = await savedModel();
    const missing = loadModel('http://site.test/models/none/model.json', siteFetch(files));
    await expect(missing).rejects.toBeInstanceOf(ModelLoadError);
    await expect(missing).rejects.toMatchObject({ kind: 'model-missing' });
    const notJson = loadModel(
      'http://site.test/models/m/model.json',
      siteFetch({ ...files, '/models/m/model.json': '{oops' }),
    );
    await expect(notJson).rejects.toMatchObject({ kind: 'model-corrupt' });
    const noWeights = loadModel(
      'http://site.test/models/m/model.json',
      siteFetch({ '/models/m/model.json': files['/models/m/model.json'] }),
    );
    await expect(noWeights).rejects.toMatchObject({ kind: 'model-corrupt' });
  });
});
