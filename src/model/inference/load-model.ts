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
    !('weightsManifest' in topology)
  ) {
    throw new ModelLoadError(
      'model-corrupt',
      `${url} is not a TensorFlow.js layers model (no modelTopology or weightsManifest)`,
    );
  }
  try {
    return await tf.loadLayersModel(url, { fetchFunc: fetchFn });
  } catch (error) {
    throw new ModelLoadError(
      'model-corrupt',
      `${url} could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
