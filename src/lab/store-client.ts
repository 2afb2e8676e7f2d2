import { StoreError } from '../store/store-error.ts';
import type { StorageNotice } from '../store/storage-notice.ts';
import type { NewRun } from '../store/prediction-store.ts';
import type {
  LookupResult,
  PublishResult,
  RunInfo,
  SqlParam,
  SqlResult,
  TopKResult,
  WriteResult,
} from '../store/prediction-types.ts';
import type { PredictionRow } from '../model/inference/prediction-row.ts';
import type {
  StoreArgs,
  StoreMethod,
  StoreOpenOptions,
  StoreRequest,
  StoreResult,
  StoreStatus,
  StoreWorkerMessage,
} from '../store/protocol.ts';

/** What the client needs of a Worker; a MessagePort adapter stands in for it in Node tests. */
export interface StoreWorkerLike {
  postMessage(message: StoreRequest): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<StoreWorkerMessage>) => void,
  ): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

/** The store worker as Vite bundles it: a module worker emitted next to the app's assets. */
export function createStoreWorker(): StoreWorkerLike {
  return new Worker(new URL('../worker/store-worker.ts', import.meta.url), { type: 'module' });
}

interface Pending {
  resolve: (value: never) => void;
  reject: (error: StoreError) => void;
}

/**
 * The prediction store from the main thread: every method posts a request to the store worker
 * and returns a promise of its answer, rejected with a StoreError (switch on `code`) when the
 * store refuses. Storage notices (memory fallback, a database set aside) arrive on their own:
 * read `notices` or subscribe with `onNotice`.
 */
export class StoreClient {
  /** Every notice the worker raised, oldest first. */
  readonly notices: StorageNotice[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(notice: StorageNotice) => void>();
  private nextId = 1;
  private failure: StoreError | null = null;

  private constructor(private readonly worker: StoreWorkerLike) {
    worker.addEventListener('message', (event) => this.receive(event.data));
    // A worker that cannot load (its script or the wasm missing) or dies would leave every
    // promise waiting forever: fail them instead, and every later call at once.
    worker.addEventListener('error', (event) => this.fail(describe(event)));
    worker.addEventListener('messageerror', () => this.fail('a message could not be read'));
  }

  /** Starts the worker and opens the store in it (restoring the saved one, if any). */
  static async open(
    options: StoreOpenOptions = {},
    worker: StoreWorkerLike = createStoreWorker(),
  ): Promise<StoreClient> {
    const client = new StoreClient(worker);
    try {
      await client.call('open', options);
    } catch (error) {
      client.close();
      throw error;
    }
    return client;
  }

  createRun(run: NewRun): Promise<RunInfo> {
    return this.call('createRun', run);
  }

  writePredictions(runId: number, rows: PredictionRow[]): Promise<WriteResult> {
    return this.call('writePredictions', { runId, rows });
  }

  publishRun(runId: number, publishedAtMs?: number): Promise<PublishResult> {
    return this.call('publishRun', { runId, publishedAtMs });
  }

  discardRun(runId: number): Promise<null> {
    return this.call('discardRun', { runId });
  }

  runs(): Promise<RunInfo[]> {
    return this.call('runs', null);
  }

  lookup(entityId: string): Promise<LookupResult> {
    return this.call('lookup', { entityId });
  }

  topK(runId: number | 'latest', k: number): Promise<TopKResult> {
    return this.call('topK', { runId, k });
  }

  query(sql: string, params: SqlParam[] = []): Promise<SqlResult> {
    return this.call('query', { sql, params });
  }

  status(): Promise<StoreStatus> {
    return this.call('status', null);
  }

  flush(): Promise<StoreStatus> {
    return this.call('flush', null);
  }

  /** Subscribes to notices raised from now on; returns the unsubscribe function. */
  onNotice(listener: (notice: StorageNotice) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops the worker; unsaved changes since the last save are lost. */
  close(): void {
    this.fail('the store client was closed', 'closed');
    this.worker.terminate();
  }

  private call<M extends StoreMethod>(method: M, args: StoreArgs<M>): Promise<StoreResult<M>> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<StoreResult<M>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: never) => void, reject });
      try {
        this.worker.postMessage({ id, method, args } as StoreRequest);
      } catch (error) {
        // Arguments that cannot be cloned (a function, a DOM node) never reach the worker.
        this.pending.delete(id);
        reject(new StoreError('invalid-input', `${method}: ${String(error)}`, 'args'));
      }
    });
  }

  private receive(message: StoreWorkerMessage): void {
    if (message.type === 'notice') {
      this.notices.push(message.notice);
      for (const listener of this.listeners) listener(message.notice);
      return;
    }
    const pending = this.pending.get(message.id);
    if (pending === undefined) return;
    this.pending.delete(message.id);
    if (message.ok) pending.resolve(message.value as never);
    else pending.reject(StoreError.fromValue(message.error));
  }

  private fail(reason: string, code: 'worker-failed' | 'closed' = 'worker-failed'): void {
    this.failure ??= new StoreError(code, reason);
    for (const pending of this.pending.values()) pending.reject(this.failure);
    this.pending.clear();
  }
}

function describe(event: Event): string {
  const message = (event as ErrorEvent).message;
  return message ? `the store worker failed: ${message}` : 'the store worker could not be started';
}
