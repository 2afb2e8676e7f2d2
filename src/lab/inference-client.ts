import type { BackendName } from '../model/inference/backend-order.ts';
import type {
  CalibrationResult,
  InferenceError,
  InferenceRequest,
  InferenceResponse,
  InitResult,
  ItemSelection,
  LoadResult,
  PredictResult,
  ScoreItemsResult,
} from '../model/inference/protocol.ts';
import type { PresetName } from '../model/case-names.ts';

/** An inference error as a value the UI can translate by `kind`. */
export class InferenceFailure extends Error {
  constructor(readonly error: InferenceError) {
    super(error.message);
    this.name = 'InferenceFailure';
  }
}

type Pending = { resolve: (value: unknown) => void; reject: (error: unknown) => void };
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/**
 * The page's handle on the inference worker: promise-returning calls, one worker created lazily.
 * `baseUrl` is the site's own root (document.baseURI), against which model paths are resolved.
 */
export class InferenceClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly loads = new Map<string, Promise<LoadResult>>();

  constructor(private readonly baseUrl: string) {}

  init(preferredBackend: BackendName | null = null): Promise<InitResult> {
    return this.call({
      type: 'init',
      baseUrl: this.baseUrl,
      preferredBackend,
    }) as Promise<InitResult>;
  }

  load(name: string, path: string): Promise<LoadResult> {
    return this.call({ type: 'load', name, path }) as Promise<LoadResult>;
  }

  /** Loads a model once: later and concurrent calls share the first load (a failed one is retried). */
  ensureLoaded(name: string, path: string): Promise<LoadResult> {
    let loading = this.loads.get(name);
    if (!loading) {
      loading = this.load(name, path);
      loading.catch(() => this.loads.delete(name));
      this.loads.set(name, loading);
    }
    return loading;
  }

  predict(name: string, inputs: Float32Array, rows: number): Promise<PredictResult> {
    return this.call({ type: 'predict', name, inputs, rows }, [
      inputs.buffer as ArrayBuffer,
    ]) as Promise<PredictResult>;
  }

  calibrate(name: string, batchSizes: number[], repeats = 9): Promise<CalibrationResult> {
    return this.call({
      type: 'calibrate',
      name,
      batchSizes,
      repeats,
    }) as Promise<CalibrationResult>;
  }

  /**
   * Scores simulated work items of `preset` (generated in the worker from `seed`) with the loaded
   * model `name`; see src/model/work-items/score-items.ts.
   */
  scoreItems(
    name: string,
    preset: PresetName,
    seed: number,
    selection: ItemSelection,
  ): Promise<ScoreItemsResult> {
    return this.call({
      type: 'scoreItems',
      name,
      preset,
      seed,
      selection,
    }) as Promise<ScoreItemsResult>;
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.pending.values())
      p.reject(new InferenceFailure({ kind: 'internal', message: 'worker stopped' }));
    this.pending.clear();
    this.loads.clear();
  }

  private call(
    request: WithoutId<InferenceRequest>,
    transfer: Transferable[] = [],
  ): Promise<unknown> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id }, transfer);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../worker/inference-worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<InferenceResponse>) => {
      const response = event.data;
      const pending = this.pending.get(response.id);
      if (!pending) return;
      this.pending.delete(response.id);
      if (response.ok) pending.resolve(response.result);
      else pending.reject(new InferenceFailure(response.error));
    };
    worker.onerror = (event) => {
      const error = new InferenceFailure({
        kind: 'internal',
        message: event.message || 'the inference worker failed to start',
      });
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    this.worker = worker;
    return worker;
  }
}
