import type { Features } from '../model/inference/prediction-row.ts';

/** The plain-data shapes the store takes and returns: all of them survive structured cloning. */

/** A value SQLite hands back: our columns never hold blobs, but a learner's SELECT may make one. */
export type SqlCell = number | string | null | Uint8Array;
/** A bound parameter of a query. */
export type SqlParam = number | string | null;

export interface RunInfo {
  runId: number;
  model: string;
  /** When the run read its data: what "latest" is ordered by. */
  startedAtMs: number;
  publishedAtMs: number | null;
  rowCount: number;
}

/** A stored prediction with the run that produced it. */
export interface PredictionRecord {
  entityId: string;
  score: number;
  label: string | null;
  features: Features | null;
  runId: number;
}

/** A statement the store ran, with its result as the lab shows it. */
export interface SqlResult {
  sql: string;
  params: SqlParam[];
  columns: string[];
  rows: SqlCell[][];
  /** Wall-clock time SQLite took, ms. */
  ms: number;
  /** More rows matched than were read (`query` reads at most STORE_LIMITS.queryRowsMax). */
  truncated: boolean;
}

export interface LookupResult extends SqlResult {
  /** The entity's prediction from the newest published run that scored it, if any. */
  prediction: (PredictionRecord & { model: string; publishedAtMs: number }) | null;
}

export interface TopKResult extends SqlResult {
  /** The run the predictions came from (null when nothing is published yet). */
  runId: number | null;
  predictions: PredictionRecord[];
}

export interface WriteResult {
  runId: number;
  sql: string;
  rowsWritten: number;
  /** Rows in the run after the write (a rewritten entity counts once). */
  rowCount: number;
  ms: number;
}

export interface PublishResult {
  run: RunInfo;
  /** Runs deleted by retention when this one was published. */
  prunedRunIds: number[];
  ms: number;
}
