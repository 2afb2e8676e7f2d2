import { describe, expect, it } from 'vitest';
import type { Database } from 'sql.js';
import { SCHEMA_VERSION } from '../../../src/store/schema.ts';
import { LOOKUP_SQL, TOP_K_LATEST_SQL, TOP_K_RUN_SQL } from '../../../src/store/store-sql.ts';
import { bookings, loadSql, newStore, publishedRun } from './store-fixtures.ts';

/** The store's database opened directly, to look at what the API does not show. */
async function rawDatabase(): Promise<Database> {
  const store = await newStore();
  publishedRun(store, bookings(50), 0);
  const sql = await loadSql();
  return new sql.Database(store.export());
}

function columns(db: Database, table: string): string[] {
  return db
    .exec(`SELECT name FROM pragma_table_info('${table}')`)[0]
    .values.map((r) => String(r[0]));
}

function plan(db: Database, sql: string, params: (string | number)[]): string {
  const statement = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  statement.bind(params);
  const steps: string[] = [];
  while (statement.step()) steps.push(String(statement.get()[3]));
  statement.free();
  return steps.join('\n');
}

describe('the prediction store schema', () => {
  it('has runs and predictions keyed by run, and a view of the latest predictions', async () => {
    const db = await rawDatabase();
    expect(columns(db, 'runs')).toEqual([
      'run_id',
      'model',
      'started_at_ms',
      'published_at_ms',
      'row_count',
    ]);
    expect(columns(db, 'predictions')).toEqual([
      'run_id',
      'entity_id',
      'score',
      'label',
      'features',
    ]);
    expect(columns(db, 'latest_predictions')).toEqual([
      'entity_id',
      'score',
      'label',
      'features',
      'run_id',
      'model',
      'started_at_ms',
      'published_at_ms',
    ]);
    expect(db.exec('PRAGMA user_version')[0].values[0][0]).toBe(SCHEMA_VERSION);
  });

  it('looks an entity up through its primary key, not a scan', async () => {
    const db = await rawDatabase();
    const steps = plan(db, LOOKUP_SQL, ['booking-000001']);
    expect(steps).toContain('SEARCH p USING PRIMARY KEY (entity_id=?)');
    expect(steps).not.toMatch(/SCAN p\b/);
  });

  it('reads the top k of a run in index order, without sorting the run', async () => {
    const db = await rawDatabase();
    for (const [sql, params] of [
      [TOP_K_RUN_SQL, [1, 10]],
      [TOP_K_LATEST_SQL, [10]],
    ] as const) {
      const steps = plan(db, sql, [...params]);
      expect(steps).toMatch(/SEARCH predictions USING (COVERING )?INDEX predictions_top_score/);
      // The only sort allowed is of the few runs, to find the newest; never of the predictions.
      expect(steps).not.toMatch(/SCAN predictions/);
      expect(steps.split('\n').filter((s) => s.includes('TEMP B-TREE')).length).toBeLessThanOrEqual(
        sql === TOP_K_LATEST_SQL ? 1 : 0,
      );
    }
  });

  it('deletes predictions with their run (foreign key, cascade)', async () => {
    const db = await rawDatabase();
    db.run('PRAGMA foreign_keys = ON; DELETE FROM runs');
    expect(db.exec('SELECT count(*) FROM predictions')[0].values[0][0]).toBe(0);
  });
});
