import type { Database } from 'sql.js';
import { StoreError } from './store-error.ts';
import type { SqlCell, SqlParam, SqlResult } from './prediction-types.ts';

/**
 * Runs one SELECT and returns it with its result, the way the lab shows it: the SQL text as run,
 * the bound parameters, column names, rows as arrays, and how long SQLite took. Reading stops
 * after `maxRows` rows so that an unbounded SELECT cannot build an answer too big to post.
 */
export function runSelect(
  db: Database,
  sql: string,
  params: SqlParam[],
  maxRows = Number.POSITIVE_INFINITY,
): SqlResult {
  const start = performance.now();
  let statement;
  try {
    statement = db.prepare(sql);
  } catch (error) {
    throw StoreError.from(error, 'sql-error');
  }
  try {
    statement.bind(params);
    const columns = statement.getColumnNames();
    const rows: SqlCell[][] = [];
    let truncated = false;
    while (statement.step()) {
      if (rows.length === maxRows) {
        truncated = true;
        break;
      }
      rows.push(statement.get() as SqlCell[]);
    }
    return { sql, params, columns, rows, ms: performance.now() - start, truncated };
  } catch (error) {
    throw StoreError.from(error, 'sql-error');
  } finally {
    statement.free();
  }
}
