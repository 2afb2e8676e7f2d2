import type { Database } from 'sql.js';
import { invalidInput, StoreError } from './store-error.ts';
import { STORE_LIMITS } from './store-limits.ts';
import { checkText } from './validate.ts';
import { runSelect } from './run-select.ts';
import type { SqlParam, SqlResult } from './prediction-types.ts';

/** Leading blanks and SQL comments, which SQLite skips before a statement. */
const LEADING_NOISE = /^(?:\s|--[^\n]*(?:\n|$)|\/\*[\s\S]*?(?:\*\/|$))*/;
/**
 * What may follow the one statement: blanks, comments and stray semicolons. One character per
 * repetition (not `[\s;]+`), so a failing match cannot backtrack through every split of a run.
 */
const TRAILING_NOISE = /^(?:[\s;]|--[^\n]*(?:\n|$)|\/\*[\s\S]*?(?:\*\/|$))*$/;

/**
 * Runs a learner's SQL if it is one SELECT (a WITH ... SELECT included), and nothing else.
 *
 * Three guards, each closing what the others leave open: the first keyword must be SELECT or
 * WITH (a clear error for INSERT, PRAGMA, ATTACH...); nothing but comments may follow the first
 * statement (sql.js would silently ignore the rest, and a learner should know it was not run);
 * and SQLite itself runs the statement with `query_only` on, so even a write hidden in a CTE
 * (`WITH x AS (...) DELETE ... RETURNING`) is refused by the engine rather than by a regex.
 */
export function runReadOnlyQuery(db: Database, sql: unknown, params: unknown = []): SqlResult {
  const text = checkText('sql', sql, STORE_LIMITS.sqlMaxChars);
  const bound = checkParams(params);
  const body = text.replace(LEADING_NOISE, '');
  if (!/^(?:select|with)\b/i.test(body)) {
    throw new StoreError('not-a-select', `only a SELECT can be run here, got "${firstWord(body)}"`);
  }

  let statementSql: string;
  try {
    const statement = db.prepare(text);
    statementSql = statement.getSQL();
    const isQuery = statement.getColumnNames().length > 0;
    statement.free();
    if (!isQuery) throw new StoreError('not-a-select', 'the statement returns no rows');
  } catch (error) {
    throw StoreError.from(error, 'sql-error');
  }
  // sqlite3_sql() is the input up to the end of the first statement, so the rest is what follows.
  const rest = text.startsWith(statementSql) ? text.slice(statementSql.length) : text;
  if (!TRAILING_NOISE.test(rest)) {
    throw new StoreError('multiple-statements', 'only one statement can be run at a time');
  }

  db.run('PRAGMA query_only = ON');
  try {
    return runSelect(db, text, bound, STORE_LIMITS.queryRowsMax);
  } finally {
    db.run('PRAGMA query_only = OFF');
  }
}

function checkParams(params: unknown): SqlParam[] {
  if (!Array.isArray(params) || params.length > STORE_LIMITS.paramsMax) {
    throw invalidInput('params', `an array of at most ${STORE_LIMITS.paramsMax} values`, params);
  }
  return params.map((value: unknown, i) => {
    const ok =
      value === null ||
      (typeof value === 'number' && Number.isFinite(value)) ||
      (typeof value === 'string' && value.length <= STORE_LIMITS.paramMaxChars);
    if (!ok) {
      throw invalidInput(
        `params[${i}]`,
        `a finite number, null or a string of at most ${STORE_LIMITS.paramMaxChars} characters`,
        value,
      );
    }
    return value as SqlParam;
  });
}

function firstWord(sql: string): string {
  return (/^\S{1,20}/.exec(sql)?.[0] ?? '').toUpperCase();
}
