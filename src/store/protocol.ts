import type { StoreErrorValue } from './store-error.ts';
import type { StorageNotice } from './storage-notice.ts';
import type { PersistenceMode } from './store-session.ts';
import type { NewRun } from './prediction-store.ts';
import type {
  LookupResult,
  PublishResult,
  RunInfo,
  SqlParam,
  SqlResult,
  TopKResult,
  WriteResult,
} from './prediction-types.ts';
import type { PredictionRow } from '../model/inference/prediction-row.ts';

/**
 * Messages between the main thread and the store worker. Every request carries an id that its
 * response repeats; failures come back as values (`ok: false` with a StoreErrorValue), never as
 * exceptions crossing threads, so the client can reject the right promise with a typed error.
 * Everything here is plain data that survives structured cloning.
 */

export interface StoreOpenOptions {
  /** Published runs kept (STORE_LIMITS.retention*). */
  retention?: number;
  /** false keeps the store in memory on purpose (no browser storage, no notice). */
  persist?: boolean;
}

export interface StoreStatus {
  persistence: PersistenceMode;
  retention: number;
  /** Every notice raised since the worker started, oldest first. */
  notices: StorageNotice[];
}

/** Each method: what it takes and what it answers. */
export interface StoreCalls {
  open: { args: StoreOpenOptions; result: StoreStatus };
  createRun: { args: NewRun; result: RunInfo };
  writePredictions: { args: { runId: number; rows: PredictionRow[] }; result: WriteResult };
  publishRun: { args: { runId: number; publishedAtMs?: number }; result: PublishResult };
  discardRun: { args: { runId: number }; result: null };
  runs: { args: null; result: RunInfo[] };
  lookup: { args: { entityId: string }; result: LookupResult };
  topK: { args: { runId: number | 'latest'; k: number }; result: TopKResult };
  query: { args: { sql: string; params?: SqlParam[] }; result: SqlResult };
  status: { args: null; result: StoreStatus };
  /** Saves now whatever is not saved yet, and answers with the status afterwards. */
  flush: { args: null; result: StoreStatus };
}

export type StoreMethod = keyof StoreCalls;
export type StoreArgs<M extends StoreMethod> = StoreCalls[M]['args'];
export type StoreResult<M extends StoreMethod> = StoreCalls[M]['result'];

export type StoreRequest = {
  [M in StoreMethod]: { id: number; method: M; args: StoreArgs<M> };
}[StoreMethod];

export type StoreSuccess = {
  [M in StoreMethod]: { type: 'response'; id: number; method: M; ok: true; value: StoreResult<M> };
}[StoreMethod];

export interface StoreFailure {
  type: 'response';
  id: number;
  method: StoreMethod | null;
  ok: false;
  error: StoreErrorValue;
}

export type StoreResponse = StoreSuccess | StoreFailure;

/** Raised by the worker when it has to keep predictions in memory only, or set a copy aside. */
export interface StoreNoticeMessage {
  type: 'notice';
  notice: StorageNotice;
}

export type StoreWorkerMessage = StoreResponse | StoreNoticeMessage;
