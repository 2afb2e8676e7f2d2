/**
 * What went wrong, as a code the UI translates (messages here are for developers and logs, not
 * for learners). Every failure of the store is one of these, so a caller can switch on `code`
 * and the worker protocol can carry errors as plain values.
 */
export type StoreErrorCode =
  /** An argument is out of range: `field` names it and `accepted` says what is accepted. */
  | 'invalid-input'
  | 'unknown-run'
  /** Published runs are immutable: readers may already be serving them. */
  | 'run-published'
  /** Readers only see published runs. */
  | 'run-not-published'
  | 'empty-run'
  /** `query` takes one SELECT and nothing else. */
  | 'not-a-select'
  | 'multiple-statements'
  /** SQLite refused the SQL (syntax, unknown column...): its own message is kept. */
  | 'sql-error'
  /** Bytes that sql.js cannot open as this store's database. */
  | 'corrupt-database'
  | 'closed'
  /** The store's worker or its SQLite engine could not start, or the worker died. */
  | 'worker-failed'
  | 'internal';

/** The serialisable shape of a StoreError (what the worker posts back). */
export interface StoreErrorValue {
  code: StoreErrorCode;
  message: string;
  field?: string;
  accepted?: string;
}

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly field?: string,
    readonly accepted?: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }

  toValue(): StoreErrorValue {
    const value: StoreErrorValue = { code: this.code, message: this.message };
    if (this.field !== undefined) value.field = this.field;
    if (this.accepted !== undefined) value.accepted = this.accepted;
    return value;
  }

  static fromValue(value: StoreErrorValue): StoreError {
    return new StoreError(value.code, value.message, value.field, value.accepted);
  }

  /**
   * Any thrown thing as a StoreError. sql.js throws Error objects from SQLite and plain strings
   * from its own checks ("Statement closed"), so both are accepted.
   */
  static from(error: unknown, code: StoreErrorCode = 'internal'): StoreError {
    if (error instanceof StoreError) return error;
    const message = error instanceof Error ? error.message : String(error);
    return new StoreError(code, message);
  }
}

/** The error for a bad argument, worded like ParamError: "<field> must be <accepted>, got <x>". */
export function invalidInput(field: string, accepted: string, got: unknown): StoreError {
  let shown: string;
  try {
    shown = JSON.stringify(got) ?? String(got);
  } catch {
    shown = String(got);
  }
  if (shown.length > 80) shown = `${shown.slice(0, 77)}...`;
  return new StoreError(
    'invalid-input',
    `${field} must be ${accepted}, got ${shown}`,
    field,
    accepted,
  );
}
