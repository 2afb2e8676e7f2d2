import { describe, expect, it } from 'vitest';
import type { PredictionStore } from '../../../src/store/prediction-store.ts';
import { bookings, newStore, publishedRun, storeErrorOf } from './store-fixtures.ts';

async function storeWithData(): Promise<PredictionStore> {
  const store = await newStore();
  publishedRun(store, bookings(20), 0);
  return store;
}

describe('read-only queries for the lab', () => {
  it('runs a SELECT with parameters and returns its SQL, columns and rows', async () => {
    const store = await storeWithData();
    const sql =
      'SELECT label, count(*) AS n FROM predictions WHERE score >= ? GROUP BY label ORDER BY label';
    const result = store.query(sql, [0]);
    expect(result).toMatchObject({ sql, params: [0], columns: ['label', 'n'], truncated: false });
    const total = result.rows.reduce((sum, row) => sum + Number(row[1]), 0);
    expect(total).toBe(20);
    expect(result.ms).toBeGreaterThanOrEqual(0);
  });

  it('accepts a WITH ... SELECT, leading comments and a trailing semicolon', async () => {
    const store = await storeWithData();
    const result = store.query(
      '-- the riskiest bookings\n/* of the newest run */ WITH top AS (SELECT * FROM latest_predictions ORDER BY score DESC LIMIT 3) SELECT count(*) FROM top; -- done',
    );
    expect(result.rows).toEqual([[3]]);
  });

  it('stops at 1000 rows and says so', async () => {
    const store = await newStore();
    const result = store.query(
      'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n',
    );
    expect(result.rows).toHaveLength(1000);
    expect(result.truncated).toBe(true);
  });

  it.each([
    ['DELETE FROM predictions', 'not-a-select'],
    ['INSERT INTO runs (model, started_at_ms) VALUES (?, 0)', 'not-a-select'],
    ['DROP TABLE runs', 'not-a-select'],
    ['PRAGMA writable_schema = 1', 'not-a-select'],
    ["ATTACH DATABASE 'x' AS x", 'not-a-select'],
    ['  -- only a comment', 'not-a-select'],
    ['SELECT 1; DELETE FROM predictions', 'multiple-statements'],
    ['SELECT 1; SELECT 2', 'multiple-statements'],
    ['WITH x AS (SELECT 1) DELETE FROM predictions', 'not-a-select'],
    ['WITH x AS (SELECT 1) DELETE FROM predictions RETURNING entity_id', 'sql-error'],
    ['SELECT nope FROM predictions', 'sql-error'],
    ['SELEC 1', 'not-a-select'],
  ])('refuses %j (%s) and changes nothing', async (sql, code) => {
    const store = await storeWithData();
    const params = sql.includes('?') ? ['m'] : [];
    expect(storeErrorOf(() => store.query(sql, params)).code).toBe(code);
    expect(store.query('SELECT count(*) FROM predictions').rows).toEqual([[20]]);
    expect(store.runs()).toHaveLength(1);
  });

  it('says why a write hidden in a CTE failed: the database is read-only for queries', async () => {
    const store = await storeWithData();
    const error = storeErrorOf(() =>
      store.query('WITH x AS (SELECT 1) DELETE FROM runs RETURNING run_id'),
    );
    expect(error.message).toMatch(/readonly/);
  });

  it('leaves the store writable after a query', async () => {
    const store = await storeWithData();
    store.query('SELECT 1');
    expect(() => store.createRun({ model: 'm', startedAtMs: 5 })).not.toThrow();
  });

  it('checks the SQL and the parameters, naming what is wrong', async () => {
    const store = await newStore();
    expect(storeErrorOf(() => store.query(''))).toMatchObject({
      code: 'invalid-input',
      field: 'sql',
    });
    expect(storeErrorOf(() => store.query('SELECT ?', [Number.POSITIVE_INFINITY]))).toMatchObject({
      code: 'invalid-input',
      field: 'params[0]',
    });
    expect(storeErrorOf(() => store.query('SELECT ?', [{}] as never))).toMatchObject({
      field: 'params[0]',
    });
  });
});
