import { invalidInput } from './store-error.ts';

/** An integer in [min, max], or an invalid-input StoreError naming `field`. */
export function checkInteger(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalidInput(field, `an integer from ${min} to ${max}`, value);
  }
  return value;
}

/** A time in ms: finite and not negative (simulated time starts at 0). */
export function checkTimeMs(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw invalidInput(field, 'a finite number of milliseconds, 0 or more', value);
  }
  return value;
}

/** A finite number (NaN and infinities would sort unpredictably in SQLite). */
export function checkFinite(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalidInput(field, 'a finite number', value);
  }
  return value;
}

/** A string of 1 to `maxChars` characters. */
export function checkText(field: string, value: unknown, maxChars: number): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > maxChars) {
    throw invalidInput(field, `a string of 1 to ${maxChars} characters`, value);
  }
  return value;
}

/** A run id: a positive integer (SQLite rowids start at 1). */
export function checkRunId(field: string, value: unknown): number {
  return checkInteger(field, value, 1, Number.MAX_SAFE_INTEGER);
}
