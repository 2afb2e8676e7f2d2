import type { SqlJsStatic } from 'sql.js';
import { loadSqlJsNode } from '../../../src/store/sqljs-node.ts';
import {
  PredictionStore,
  type PredictionStoreOptions,
} from '../../../src/store/prediction-store.ts';
import type { PredictionRow } from '../../../src/model/inference/prediction-row.ts';
import { StoreError } from '../../../src/store/store-error.ts';

let sql: Promise<SqlJsStatic> | undefined;

/** sql.js loaded once per test file (it keeps one module instance anyway). */
export function loadSql(): Promise<SqlJsStatic> {
  sql ??= loadSqlJsNode();
  return sql;
}

export async function newStore(options: PredictionStoreOptions = {}): Promise<PredictionStore> {
  return PredictionStore.create(await loadSql(), options);
}

/**
 * `n` hotel bookings with a cancellation score each, the running example of the course. Scores
 * come from a fixed integer hash, so every run of the tests writes the same rows; entity ids are
 * written out of order, as a real scoring job would.
 */
export function bookings(n: number, salt = 0): PredictionRow[] {
  return Array.from({ length: n }, (_, i) => {
    const j = (i * 7919) % n;
    const hash = Math.imul(j + 1 + salt * 1_000_003, 2_654_435_761) >>> 0;
    const score = hash / 2 ** 32;
    return {
      entityId: bookingId(j),
      score,
      label: score >= 0.5 ? 'cancel' : 'keep',
      features: { leadTimeDays: j % 365, adr: 60 + (j % 90), repeatedGuest: j % 7 === 0 },
    };
  });
}

export function bookingId(j: number): string {
  return `booking-${String(j).padStart(6, '0')}`;
}

/** Runs `action` and returns the StoreError it throws (failing the test if it does not). */
export function storeErrorOf(action: () => unknown): StoreError {
  try {
    action();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw new Error(`expected a StoreError, got ${String(error)}`, { cause: error });
  }
  throw new Error('expected a StoreError, nothing was thrown');
}

/** A write, publish cycle: the run's id. */
export function publishedRun(
  store: PredictionStore,
  rows: PredictionRow[],
  startedAtMs: number,
  model = 'cancellation-v1',
): number {
  const { runId } = store.createRun({ model, startedAtMs });
  store.writePredictions(runId, rows);
  store.publishRun(runId, startedAtMs + 1000);
  return runId;
}
