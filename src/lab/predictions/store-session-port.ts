import { StoreClient } from '../store-client.ts';
import type { StorageNotice } from '../../store/storage-notice.ts';
import type { PersistenceMode } from '../../store/store-session.ts';
import type { NewRun } from '../../store/prediction-store.ts';
import type { PredictionRow } from '../../model/inference/prediction-row.ts';
import type { SqlParam } from '../../store/prediction-types.ts';
import type { StoreOpenOptions } from '../../store/protocol.ts';
import type { PredictionStorePort } from './ports.ts';

/**
 * The prediction store for a lab component, opened on first use: SQLite's wasm and the store
 * worker load only when a batch run has predictions to write, not when the lab is shown. Where
 * the store keeps its data (IndexedDB, or memory after a notice) is reported through `onStatus`.
 */
export class LazyStore implements PredictionStorePort {
  private opening: Promise<StoreClient> | null = null;
  private client: StoreClient | null = null;
  private closed = false;

  constructor(
    private readonly onStatus: (status: {
      persistence: PersistenceMode;
      notices: StorageNotice[];
    }) => void = () => {},
    private readonly options: StoreOpenOptions = {},
    private readonly open: (options: StoreOpenOptions) => Promise<StoreClient> = (o) =>
      StoreClient.open(o),
  ) {}

  createRun(run: NewRun) {
    return this.opened().then((c) => c.createRun(run));
  }

  writePredictions(runId: number, rows: PredictionRow[]) {
    return this.opened().then((c) => c.writePredictions(runId, rows));
  }

  publishRun(runId: number, publishedAtMs?: number) {
    return this.opened().then((c) => c.publishRun(runId, publishedAtMs));
  }

  discardRun(runId: number) {
    return this.opened().then((c) => c.discardRun(runId));
  }

  query(sql: string, params: SqlParam[] = []) {
    return this.opened().then((c) => c.query(sql, params));
  }

  /** Stops the store worker. Everything published was saved when it was published. */
  close(): void {
    this.closed = true;
    this.client?.close();
    this.client = null;
  }

  private opened(): Promise<StoreClient> {
    this.opening ??= this.open(this.options).then(
      async (client) => {
        if (this.closed) {
          client.close();
          return client; // its calls reject with `closed`
        }
        this.client = client;
        const report = async () => {
          const status = await client.status().catch(() => null);
          if (status) this.onStatus({ persistence: status.persistence, notices: status.notices });
        };
        client.onNotice(() => void report());
        await report();
        return client;
      },
      (error: unknown) => {
        // Opening may be retried by the next call (a worker that failed to start, say).
        this.opening = null;
        throw error;
      },
    );
    return this.opening;
  }
}
