/**
 * The SQL the store runs, in one place, because the lab shows it to learners: each statement is
 * written to be read. "Newest" is always (started_at_ms, run_id) descending: the run with the
 * latest data, and of two runs that read their data at the same instant, the later-created one.
 */

export const INSERT_RUN_SQL = `INSERT INTO runs (model, started_at_ms) VALUES (?, ?)`;

/**
 * A retried write of the same entity in the same run replaces its prediction (an upsert), so a
 * batch attempt that is re-run after a failure is idempotent rather than an error.
 */
export const INSERT_PREDICTION_SQL = `INSERT INTO predictions (run_id, entity_id, score, label, features)
VALUES (?, ?, ?, ?, ?)
ON CONFLICT (entity_id, run_id) DO UPDATE
SET score = excluded.score, label = excluded.label, features = excluded.features`;

export const COUNT_RUN_ROWS_SQL = `SELECT count(*) FROM predictions WHERE run_id = ?`;

export const SET_ROW_COUNT_SQL = `UPDATE runs SET row_count = ? WHERE run_id = ?`;

export const PUBLISH_RUN_SQL = `UPDATE runs SET published_at_ms = ? WHERE run_id = ?`;

export const RUN_SQL = `SELECT run_id, model, started_at_ms, published_at_ms, row_count
FROM runs WHERE run_id = ?`;

export const RUNS_SQL = `SELECT run_id, model, started_at_ms, published_at_ms, row_count
FROM runs ORDER BY started_at_ms DESC, run_id DESC`;

/** The `retention`-th newest published run: every run older than it is pruned. */
export const RETENTION_CUTOFF_SQL = `SELECT started_at_ms, run_id FROM runs
WHERE published_at_ms IS NOT NULL
ORDER BY started_at_ms DESC, run_id DESC
LIMIT 1 OFFSET ?`;

/**
 * Older than the cutoff, published or not: an unpublished run that old could never be the
 * newest again, so it is a failed or abandoned run and keeping it would only grow storage.
 */
export const RUNS_BEFORE_SQL = `SELECT run_id FROM runs WHERE (started_at_ms, run_id) < (?, ?)`;

/** Deleting a run deletes its predictions too (ON DELETE CASCADE). */
export const DELETE_RUN_SQL = `DELETE FROM runs WHERE run_id = ?`;

export const LOOKUP_SQL = `SELECT entity_id, score, label, features, run_id, model, published_at_ms
FROM latest_predictions
WHERE entity_id = ?`;

export const TOP_K_LATEST_SQL = `SELECT entity_id, score, label, features, run_id
FROM predictions
WHERE run_id = (
  SELECT run_id FROM runs
  WHERE published_at_ms IS NOT NULL
  ORDER BY started_at_ms DESC, run_id DESC
  LIMIT 1
)
ORDER BY score DESC, entity_id
LIMIT ?`;

export const TOP_K_RUN_SQL = `SELECT entity_id, score, label, features, run_id
FROM predictions
WHERE run_id = ?
ORDER BY score DESC, entity_id
LIMIT ?`;
