/// <reference lib="webworker" />
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimdUrl from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import { chooseBackend, type BackendName } from '../model/inference/backend-order.ts';
import { loadModel, ModelLoadError } from '../model/inference/load-model.ts';
import { calibrate } from '../model/inference/calibrate.ts';
import { ScoreItemsInputError, scoreWorkItems } from '../model/work-items/score-items.ts';
import type {
  InferenceError,
  InferenceRequest,
  InferenceResponse,
} from '../model/inference/protocol.ts';

/**
 * The inference worker: TensorFlow.js runs here so that loading and predicting never block the
 * page. Models come only from the site's own files; the WebAssembly binaries too (Vite emits them
 * beside the bundle, with relative URLs).
 */
declare const self: DedicatedWorkerGlobalScope;

// WebAssembly threads need a cross-origin-isolated page (COOP and COEP headers, which a plain
// static host does not send), so the threaded build would be downloaded and stored offline for
// nothing (436 KB). Without threads the backend picks the SIMD build, else the plain one.
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
// The site's own copies of the WASM binaries, never a CDN. setWasmPaths wants an entry for each
// of the three; the threaded one is never chosen with the flag above.
setWasmPaths({
  'tfjs-backend-wasm.wasm': wasmUrl,
  'tfjs-backend-wasm-simd.wasm': wasmSimdUrl,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmSimdUrl,
});

const models = new Map<string, tf.LayersModel>();
let baseUrl = '';
let backend: BackendName | null = null;

async function tryBackend(name: BackendName): Promise<boolean> {
  const ok = await tf.setBackend(name);
  if (!ok) return false;
  await tf.ready();
  // A backend can register yet fail on first use (WebGL without a usable GPU context): prove it.
  tf.tidy(() => tf.add(tf.scalar(1), tf.scalar(1)).dataSync());
  return tf.getBackend() === name;
}

function fail(id: number, kind: InferenceError['kind'], message: string): InferenceResponse {
  return { id, ok: false, error: { kind, message } };
}

async function handle(request: InferenceRequest): Promise<InferenceResponse> {
  const { id } = request;
  switch (request.type) {
    case 'init': {
      baseUrl = request.baseUrl;
      const chosen = await chooseBackend(tryBackend, request.preferredBackend);
      backend = chosen.backend;
      if (backend === null)
        return fail(
          id,
          'no-backend',
          chosen.attempts.map((a) => `${a.backend}: ${a.reason}`).join('; '),
        );
      return { id, ok: true, result: { backend, attempts: chosen.attempts } };
    }
    case 'load': {
      const started = performance.now();
      const model = await loadModel(new URL(request.path, baseUrl).href);
      models.get(request.name)?.dispose();
      models.set(request.name, model);
      const inputDim = model.inputs[0].shape[1] ?? 0;
      const outputDim = model.outputs[0].shape[1] ?? 1;
      return {
        id,
        ok: true,
        result: {
          name: request.name,
          inputDim,
          outputDim,
          params: model.countParams(),
          loadMs: performance.now() - started,
        },
      };
    }
    case 'predict': {
      const model = models.get(request.name);
      if (!model) return fail(id, 'not-loaded', `model ${request.name} is not loaded`);
      const inputDim = model.inputs[0].shape[1] ?? 0;
      if (!(request.rows >= 1) || request.inputs.length !== request.rows * inputDim) {
        return fail(
          id,
          'bad-input',
          `inputs must hold rows x ${inputDim} numbers, got ${request.inputs.length} for ${request.rows} rows`,
        );
      }
      const started = performance.now();
      const x = tf.tensor2d(request.inputs, [request.rows, inputDim]);
      const y = model.predict(x) as tf.Tensor;
      const outputs = (await y.data()) as Float32Array;
      const ms = performance.now() - started;
      x.dispose();
      y.dispose();
      return {
        id,
        ok: true,
        result: {
          outputs,
          outputDim: outputs.length / request.rows,
          ms,
          backend: backend ?? 'cpu',
        },
      };
    }
    case 'calibrate': {
      const model = models.get(request.name);
      if (!model) return fail(id, 'not-loaded', `model ${request.name} is not loaded`);
      const result = await calibrate(model, request.batchSizes, request.repeats, () =>
        performance.now(),
      );
      return { id, ok: true, result: { name: request.name, backend: backend ?? 'cpu', ...result } };
    }
    case 'scoreItems': {
      const model = models.get(request.name);
      if (!model) return fail(id, 'not-loaded', `model ${request.name} is not loaded`);
      const inputDim = model.inputs[0].shape[1] ?? 0;
      const predict = async (inputs: Float32Array, rows: number): Promise<Float32Array> => {
        const y = tf.tidy(() => model.predict(tf.tensor2d(inputs, [rows, inputDim])) as tf.Tensor);
        try {
          return (await y.data()) as Float32Array;
        } finally {
          y.dispose();
        }
      };
      try {
        return { id, ok: true, result: await scoreWorkItems(request, inputDim, predict) };
      } catch (error) {
        if (error instanceof ScoreItemsInputError) return fail(id, 'bad-input', error.message);
        throw error;
      }
    }
  }
}

self.onmessage = async (event: MessageEvent<InferenceRequest>) => {
  let response: InferenceResponse;
  try {
    response = await handle(event.data);
  } catch (error) {
    response =
      error instanceof ModelLoadError
        ? fail(event.data.id, error.kind, error.message)
        : fail(event.data.id, 'internal', error instanceof Error ? error.message : String(error));
  }
  const transfer =
    response.ok && 'outputs' in response.result ? [response.result.outputs.buffer] : [];
  self.postMessage(response, transfer as Transferable[]);
};
