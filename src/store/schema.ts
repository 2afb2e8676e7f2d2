import type { Database } from 'sql.js';
import { StoreError } from './store-error.ts';

/**
 * Bumped with every change to the tables below; the browser keeps its copy under a key that
 * carries this version too, so an old copy is never read as a new one.
 */
export const SCHEMA_VERSION = 1;

/** Marks the file as this app's database ("TDS1"), so another SQLite file is not taken for it. */
const APPLICATION_ID = 0x54445331;

/**
 * Predictions keyed by run, like a batch job's output partitions: a run is written, then
 * published in one step, and readers only ever see published runs.
 *
 * - `predictions` is clustered on (entity_id, run_id) (WITHOUT ROWID), so the primary key itself
 *   is the lookup-by-entity index, and an entity has one prediction per run (a retried write of
 *   the same entity replaces it). One B-tree fewer than keying on (run_id, entity_id) plus an
 *   entity index: 100,000-row writes took about a quarter less time in our Node measurements.
 * - `predictions_top_score` serves "top k by score within a run" in index order (no sort) and
 *   finds a run's rows when retention deletes it.
 * - `latest_predictions` is the view a reader would query: each entity's prediction from the
 *   newest published run that scored it. Newest means latest data (started_at_ms), not latest
 *   publication: with overlapping runs an older run can publish after a newer one, and must not
 *   roll the served predictions back (the same rule as the batch simulation's store).
 */
const SCHEMA_SQL = `
CREATE TABLE runs (
  run_id INTEGER PRIMARY KEY AUTOINCREMENT,
  model TEXT NOT NULL,
  started_at_ms REAL NOT NULL,
  published_at_ms REAL,
  row_count INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE predictions (
  run_id INTEGER NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  score REAL NOT NULL,
  label TEXT,
  features TEXT,
  PRIMARY KEY (entity_id, run_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX predictions_top_score ON predictions (run_id, score DESC, entity_id);

CREATE VIEW latest_predictions AS
SELECT entity_id, score, label, features, run_id, model, started_at_ms, published_at_ms
FROM (
  SELECT p.entity_id, p.score, p.label, p.features, p.run_id,
         r.model, r.started_at_ms, r.published_at_ms,
         row_number() OVER (
           PARTITION BY p.entity_id ORDER BY r.started_at_ms DESC, r.run_id DESC
         ) AS newest
  FROM predictions AS p JOIN runs AS r ON r.run_id = p.run_id
  WHERE r.published_at_ms IS NOT NULL
)
WHERE newest = 1;

PRAGMA application_id = ${APPLICATION_ID};
PRAGMA user_version = ${SCHEMA_VERSION};
`;

/**
 * Per-connection settings (SQLite does not store them in the file). The database lives in
 * sql.js's in-memory file system, so a rollback journal on that file system would only be a
 * second in-memory copy: MEMORY keeps it in SQLite's heap instead. A 32 MiB page cache (the
 * default is 2 MiB) holds every B-tree page a 100,000-row write touches (about 10 MiB) instead of
 * spilling and re-reading them; with the default, such a write took about 1.5 times as long.
 */
function configure(db: Database): void {
  db.run('PRAGMA foreign_keys = ON; PRAGMA journal_mode = MEMORY; PRAGMA cache_size = -32768;');
}

export function createSchema(db: Database): void {
  configure(db);
  db.run('BEGIN');
  try {
    db.run(SCHEMA_SQL);
    db.run('COMMIT');
  } catch (error) {
    db.run('ROLLBACK');
    throw error;
  }
}

/**
 * Checks that restored bytes are this store's database, intact, at this schema version. sql.js
 * accepts any bytes when opening and only fails at the first statement, so this is where garbage
 * is found; `quick_check` also reads every page, so damage past the header is found now rather
 * than by a learner's query later.
 */
export function verifySchema(db: Database): void {
  let appId: unknown;
  let version: unknown;
  let check: unknown;
  try {
    configure(db);
    appId = db.exec('PRAGMA application_id')[0]?.values[0][0];
    version = db.exec('PRAGMA user_version')[0]?.values[0][0];
    check = db.exec('PRAGMA quick_check')[0]?.values[0][0];
  } catch (error) {
    throw StoreError.from(error, 'corrupt-database');
  }
  if (appId !== APPLICATION_ID) {
    throw new StoreError('corrupt-database', `not a prediction store (application_id ${appId})`);
  }
  if (version !== SCHEMA_VERSION) {
    throw new StoreError(
      'corrupt-database',
      `schema version ${version}, expected ${SCHEMA_VERSION}`,
    );
  }
  if (check !== 'ok') throw new StoreError('corrupt-database', `quick_check: ${check}`);
}
