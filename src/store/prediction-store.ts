import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { invalidInput, StoreError } from './store-error.ts';
import { STORE_LIMITS } from './store-limits.ts';
import { createSchema, verifySchema } from './schema.ts';
import { bindRow, parseFeatures } from './prediction-row.ts';
import { runSelect } from './run-select.ts';
import { runReadOnlyQuery } from './read-only-query.ts';
import { checkInteger, checkRunId, checkText, checkTimeMs } from './validate.ts';
import * as SQL from './store-sql.ts';
import type {
  LookupResult,
  PredictionRecord,
  PublishResult,
  RunInfo,
  SqlCell,
  SqlParam,
  SqlResult,
  TopKResult,
  WriteResult,
} from './prediction-types.ts';
import type { PredictionRow } from '../model/inference/prediction-row.ts';

export interface PredictionStoreOptions {
  /** Published runs kept; older runs are deleted when a run is published. */
  retention?: number;
}

export interface NewRun {
  model: string;
  /** When the run read its data (simulated or wall-clock ms); defaults to now. */
  startedAtMs?: number;
}

/**
 * Batch predictions in an embedded SQLite database (sql.js): runs write predictions, publish
 * them in one step, and readers look them up. Synchronous, like SQLite itself: in the browser it
 * runs inside a worker (see store-service.ts), in Node tests directly.
 *
 * Times come from the caller (simulated or wall-clock ms; now only when left out), so a
 * simulation that drives the store stays reproducible.
 */
export class PredictionStore {
  private db: Database | null;

  private constructor(
    db: Database,
    readonly retention: number,
  ) {
    this.db = db;
  }

  /** An empty store. `sql` is the initialised sql.js module (sqljs-node.ts, sqljs-browser.ts). */
  static create(sql: SqlJsStatic, options: PredictionStoreOptions = {}): PredictionStore {
    const retention = checkRetention(options.retention);
    const db = new sql.Database();
    createSchema(db);
    return new PredictionStore(db, retention);
  }

  /**
   * A store from bytes that `export()` produced. Throws a `corrupt-database` StoreError for
   * bytes that are not such a database, so the caller can set them aside and start afresh.
   */
  static fromBytes(
    sql: SqlJsStatic,
    bytes: Uint8Array,
    options: PredictionStoreOptions = {},
  ): PredictionStore {
    const retention = checkRetention(options.retention);
    if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
      throw new StoreError('corrupt-database', 'no database bytes');
    }
    let db: Database;
    try {
      db = new sql.Database(bytes);
    } catch (error) {
      throw StoreError.from(error, 'corrupt-database');
    }
    try {
      verifySchema(db);
    } catch (error) {
      db.close();
      throw error;
    }
    const store = new PredictionStore(db, retention);
    // A smaller retention than the bytes were saved with takes effect at once.
    store.transaction(() => store.prune());
    return store;
  }

  createRun(run: NewRun): RunInfo {
    const db = this.open();
    if (typeof run !== 'object' || run === null) throw invalidInput('run', 'an object', run);
    const model = checkText('model', run.model, STORE_LIMITS.modelNameMaxChars);
    const startedAtMs = checkTimeMs('startedAtMs', run.startedAtMs ?? Date.now());
    db.run(SQL.INSERT_RUN_SQL, [model, startedAtMs]);
    const runId = scalar(db, 'SELECT last_insert_rowid()', []) as number;
    return this.requireRun(runId);
  }

  /**
   * Writes a run's predictions in one transaction with one prepared statement: all rows or none.
   * Rows are checked before anything is written. A run can be written in several calls until it
   * is published; writing an entity again replaces its prediction.
   */
  writePredictions(runId: number, rows: readonly PredictionRow[]): WriteResult {
    const db = this.open();
    const start = performance.now();
    const id = checkRunId('runId', runId);
    if (!Array.isArray(rows) || rows.length === 0 || rows.length > STORE_LIMITS.rowsPerWriteMax) {
      throw invalidInput(
        'rows',
        `an array of 1 to ${STORE_LIMITS.rowsPerWriteMax} predictions`,
        Array.isArray(rows) ? `${rows.length} rows` : rows,
      );
    }
    const run = this.requireRun(id);
    if (run.publishedAtMs !== null) {
      throw new StoreError('run-published', `run ${id} is published and can no longer change`);
    }
    const bound = rows.map(bindRow);

    const rowCount = this.transaction(() => {
      const statement = db.prepare(SQL.INSERT_PREDICTION_SQL);
      try {
        // One array reused for every row: binding allocates nothing else on the JS side.
        const values: SqlValue[] = [id, '', 0, null, null];
        for (const [entityId, score, label, features] of bound) {
          values[1] = entityId;
          values[2] = score;
          values[3] = label;
          values[4] = features;
          statement.run(values);
        }
      } finally {
        statement.free();
      }
      const count = scalar(db, SQL.COUNT_RUN_ROWS_SQL, [id]) as number;
      if (count > STORE_LIMITS.rowsPerRunMax) {
        throw invalidInput('rows', `at most ${STORE_LIMITS.rowsPerRunMax} predictions per run`, {
          rowsInRun: count,
        });
      }
      db.run(SQL.SET_ROW_COUNT_SQL, [count, id]);
      return count;
    });
    return {
      runId: id,
      sql: SQL.INSERT_PREDICTION_SQL,
      rowsWritten: bound.length,
      rowCount,
      ms: performance.now() - start,
    };
  }

  /**
   * Makes a run visible to readers, then prunes runs beyond the retention, in one transaction:
   * a reader never sees the new run without the old ones, nor neither.
   */
  publishRun(runId: number, publishedAtMs?: number): PublishResult {
    const db = this.open();
    const start = performance.now();
    const id = checkRunId('runId', runId);
    const run = this.requireRun(id);
    const at = checkTimeMs('publishedAtMs', publishedAtMs ?? Date.now());
    if (at < run.startedAtMs) {
      throw invalidInput(
        'publishedAtMs',
        `a time from the run's start (${run.startedAtMs}) on`,
        at,
      );
    }
    if (run.publishedAtMs !== null) {
      throw new StoreError('run-published', `run ${id} is already published`);
    }
    if (run.rowCount === 0) {
      throw new StoreError('empty-run', `run ${id} has no predictions to publish`);
    }
    const prunedRunIds = this.transaction(() => {
      db.run(SQL.PUBLISH_RUN_SQL, [at, id]);
      return this.prune();
    });
    return { run: this.requireRun(id), prunedRunIds, ms: performance.now() - start };
  }

  /** Deletes an unpublished run and its rows (a failed run publishes nothing). */
  discardRun(runId: number): void {
    const db = this.open();
    const id = checkRunId('runId', runId);
    const run = this.requireRun(id);
    if (run.publishedAtMs !== null) {
      throw new StoreError('run-published', `run ${id} is published; retention removes it`);
    }
    db.run(SQL.DELETE_RUN_SQL, [id]);
  }

  /** Every run kept, newest first. */
  runs(): RunInfo[] {
    return runSelect(this.open(), SQL.RUNS_SQL, []).rows.map(toRunInfo);
  }

  /** The entity's prediction from the newest published run that scored it; unpublished runs are invisible. */
  lookup(entityId: string): LookupResult {
    const id = checkText('entityId', entityId, STORE_LIMITS.entityIdMaxChars);
    const result = runSelect(this.open(), SQL.LOOKUP_SQL, [id]);
    const row = result.rows[0];
    const prediction =
      row === undefined
        ? null
        : { ...toRecord(row), model: row[5] as string, publishedAtMs: row[6] as number };
    return { ...result, prediction };
  }

  /** The k highest scores of a published run, or of the newest published run ('latest'). */
  topK(runId: number | 'latest', k: number): TopKResult {
    const db = this.open();
    const limit = checkInteger('k', k, 1, STORE_LIMITS.topKMax);
    let result: SqlResult;
    if (runId === 'latest') {
      result = runSelect(db, SQL.TOP_K_LATEST_SQL, [limit]);
    } else {
      const run = this.requireRun(checkRunId('runId', runId));
      if (run.publishedAtMs === null) {
        throw new StoreError('run-not-published', `run ${run.runId} is not published yet`);
      }
      result = runSelect(db, SQL.TOP_K_RUN_SQL, [run.runId, limit]);
    }
    const predictions = result.rows.map(toRecord);
    const servedRun = predictions[0]?.runId ?? (runId === 'latest' ? null : runId);
    return { ...result, runId: servedRun, predictions };
  }

  /** A learner's SELECT, read-only: see read-only-query.ts for what is refused and why. */
  query(sql: string, params: unknown[] = []): SqlResult {
    return runReadOnlyQuery(this.open(), sql, params);
  }

  /** The whole database as SQLite file bytes (what `fromBytes` reads). */
  export(): Uint8Array {
    return this.open().export();
  }

  close(): void {
    this.db?.close();
    this.db = null;
  }

  private open(): Database {
    if (this.db === null) throw new StoreError('closed', 'the prediction store is closed');
    return this.db;
  }

  private requireRun(runId: number): RunInfo {
    const row = runSelect(this.open(), SQL.RUN_SQL, [runId]).rows[0];
    if (row === undefined) {
      throw new StoreError('unknown-run', `run ${runId} does not exist (never created, or pruned)`);
    }
    return toRunInfo(row);
  }

  /** Deletes every run older than the `retention` newest published runs; returns their ids. */
  private prune(): number[] {
    const db = this.open();
    const cutoff = runSelect(db, SQL.RETENTION_CUTOFF_SQL, [this.retention - 1]).rows[0];
    if (cutoff === undefined) return [];
    const ids = runSelect(db, SQL.RUNS_BEFORE_SQL, [cutoff[0] as number, cutoff[1] as number])
      .rows.map((row) => row[0] as number)
      .sort((a, b) => a - b);
    for (const id of ids) db.run(SQL.DELETE_RUN_SQL, [id]);
    return ids;
  }

  private transaction<T>(body: () => T): T {
    const db = this.open();
    db.run('BEGIN');
    try {
      const result = body();
      db.run('COMMIT');
      return result;
    } catch (error) {
      // SQLite has already rolled back after some errors (SQLITE_FULL, SQLITE_NOMEM); then
      // ROLLBACK itself fails with "no transaction is active", which would hide the real error.
      try {
        db.run('ROLLBACK');
      } catch {
        /* the transaction is gone either way */
      }
      throw StoreError.from(error, 'sql-error');
    }
  }
}

/** The retention to use: the default when not given, else an integer in the accepted range. */
export function checkRetention(retention: number | undefined): number {
  const { retentionMin, retentionMax, retentionDefault } = STORE_LIMITS;
  return checkInteger('retention', retention ?? retentionDefault, retentionMin, retentionMax);
}

function scalar(db: Database, sql: string, params: SqlParam[]): SqlCell {
  return runSelect(db, sql, params).rows[0]?.[0] ?? null;
}

function toRunInfo(row: SqlCell[]): RunInfo {
  return {
    runId: row[0] as number,
    model: row[1] as string,
    startedAtMs: row[2] as number,
    publishedAtMs: row[3] as number | null,
    rowCount: row[4] as number,
  };
}

/** A row whose first five columns are entity_id, score, label, features, run_id. */
function toRecord(row: SqlCell[]): PredictionRecord {
  return {
    entityId: row[0] as string,
    score: row[1] as number,
    label: row[2] as string | null,
    features: parseFeatures(row[3]),
    runId: row[4] as number,
  };
}
