import * as tf from '@tensorflow/tfjs';

/** A model that could not be loaded: missing (not served) or corrupt (served but unreadable). */
export class ModelLoadError extends Error {
  constructor(
    readonly kind: 'model-missing' | 'model-corrupt',
    message: string,
  ) {
    super(message);
    this.name = 'ModelLoadError';
  }
}

/**
 * Loads a layers-format model from `url` (the site's own file), telling a missing file from a
 * corrupt one so the learner gets the right message rather than a stack trace.
 */
export async function loadModel(
  url: string,
  // Wrapped, not passed bare: tfjs calls it as a method, and browsers refuse a fetch called with
  // any `this` but the global object ("Illegal invocation").
  fetchFn: typeof fetch = (input, init) => fetch(input, init),
): Promise<tf.LayersModel> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (error) {
    throw new ModelLoadError(
      'model-missing',
      `could not fetch ${url}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!response.ok)
    throw new ModelLoadError('model-missing', `${url} answered HTTP ${response.status}`);
  let topology: unknown;
  try {
    topology = await response.json();
  } catch {
    throw new ModelLoadError('model-corrupt', `${url} is not valid JSON`);
  }
  if (
    typeof topology !== 'object' ||
    topology === null ||
    !('modelTopology' in topology) ||
    !Array.isArray((topology as { weightsManifest?: unknown }).weightsManifest)
  ) {
    throw new ModelLoadError(
      'model-corrupt',
      `${url} is not a TensorFlow.js layers model (no modelTopology or weightsManifest)`,
    );
  }
  const { modelTopology, weightsManifest } = topology as {
    modelTopology: tf.io.ModelArtifacts['modelTopology'];
    weightsManifest: tf.io.WeightsManifestConfig;
  };
  // The JSON is already here: fetch only the weight files it names, relative to it, so the model
  // description is downloaded once.
  const weightSpecs = weightsManifest.flatMap((group) => group.weights);
  let weightData: ArrayBuffer;
  try {
    const buffers = await Promise.all(
      weightsManifest
        .flatMap((group) => group.paths)
        .map(async (path) => {
          const weights = await fetchFn(new URL(path, url).href);
          if (!weights.ok) throw new Error(`${path} answered HTTP ${weights.status}`);
          return new Uint8Array(await weights.arrayBuffer());
        }),
    );
    const joined = new Uint8Array(buffers.reduce((n, b) => n + b.length, 0));
    let offset = 0;
    for (const b of buffers) {
      joined.set(b, offset);
      offset += b.length;
    }
    weightData = joined.buffer;
  } catch (error) {
    throw new ModelLoadError(
      'model-corrupt',
      `the weights of ${url} could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    return await tf.loadLayersModel(tf.io.fromMemory({ modelTopology, weightSpecs, weightData }));
  } catch (error) {
    throw new ModelLoadError(
      'model-corrupt',
      `${url} could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
