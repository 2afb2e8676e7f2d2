import { describe, expect, it } from 'vitest';
import { PredictionStore } from '../../../src/store/prediction-store.ts';
import {
  bookingId,
  bookings,
  loadSql,
  newStore,
  publishedRun,
  storeErrorOf,
} from './store-fixtures.ts';

const loadedSql = await loadSql();

describe('database bytes', () => {
  it('round-trips: a store restored from its export answers the same', async () => {
    const store = await newStore();
    const runId = publishedRun(store, bookings(300), 0);
    const pending = store.createRun({ model: 'm', startedAtMs: 5000 });
    store.writePredictions(pending.runId, bookings(10, 1));

    const restored = PredictionStore.fromBytes(await loadSql(), store.export());
    expect(restored.runs()).toEqual(store.runs());
    expect(restored.lookup(bookingId(7)).prediction).toEqual(store.lookup(bookingId(7)).prediction);
    expect(restored.topK(runId, 20).predictions).toEqual(store.topK(runId, 20).predictions);
    // The restored store keeps working: the pending run can still be published.
    expect(restored.publishRun(pending.runId, 6000).run.publishedAtMs).toBe(6000);
    expect(restored.createRun({ model: 'm', startedAtMs: 7000 }).runId).toBe(3);
  });

  it.each([
    ['random bytes', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 256)],
    ['no bytes', () => new Uint8Array(0)],
    ['a text file', () => new TextEncoder().encode('not a database at all')],
  ])('refuses %s as a corrupt database', async (_, bytes) => {
    const error = storeErrorOf(() => PredictionStore.fromBytes(loadedSql, bytes()));
    expect(error.code).toBe('corrupt-database');
  });

  it('refuses a truncated database', async () => {
    const store = await newStore();
    publishedRun(store, bookings(2000), 0);
    const bytes = store.export();
    const error = storeErrorOf(() =>
      PredictionStore.fromBytes(loadedSql, bytes.slice(0, Math.floor(bytes.length / 2))),
    );
    expect(error.code).toBe('corrupt-database');
  });

  it('refuses a valid SQLite file that is not a prediction store', async () => {
    const other = new loadedSql.Database();
    other.run('CREATE TABLE notes (text TEXT)');
    const error = storeErrorOf(() => PredictionStore.fromBytes(loadedSql, other.export()));
    expect(error).toMatchObject({ code: 'corrupt-database' });
    expect(error.message).toMatch(/not a prediction store/);
  });

  it('refuses a store of another schema version', async () => {
    const store = await newStore();
    const raw = new loadedSql.Database(store.export());
    raw.run('PRAGMA user_version = 99');
    const error = storeErrorOf(() => PredictionStore.fromBytes(loadedSql, raw.export()));
    expect(error.message).toMatch(/schema version 99/);
  });
});
