import { describe, expect, it } from 'vitest';
import { PredictionStore } from '../../../src/store/prediction-store.ts';
import { bookings, loadSql, newStore, publishedRun } from './store-fixtures.ts';

const predictionCount = (store: PredictionStore): unknown =>
  store.query('SELECT count(*) FROM predictions').rows[0][0];

describe('retention', () => {
  it('keeps the newest `retention` published runs and deletes older ones with their rows', async () => {
    const store = await newStore({ retention: 2 });
    const ids = [0, 1, 2, 3].map((i) => publishedRun(store, bookings(10, i), i * 60_000));
    expect(store.runs().map((r) => r.runId)).toEqual([ids[3], ids[2]]);
    expect(predictionCount(store)).toBe(20);
  });

  it('reports the runs each publication pruned', async () => {
    const store = await newStore({ retention: 1 });
    const first = publishedRun(store, bookings(5), 0);
    const { runId } = store.createRun({ model: 'm', startedAtMs: 1000 });
    store.writePredictions(runId, bookings(5));
    expect(store.publishRun(runId, 2000).prunedRunIds).toEqual([first]);
  });

  it('also deletes unpublished runs older than every kept run: they can never be served', async () => {
    const store = await newStore({ retention: 1 });
    const abandoned = store.createRun({ model: 'm', startedAtMs: 0 });
    store.writePredictions(abandoned.runId, bookings(5));
    const inProgress = store.createRun({ model: 'm', startedAtMs: 120_000 });
    const kept = publishedRun(store, bookings(5), 60_000);
    expect(store.runs().map((r) => r.runId)).toEqual([inProgress.runId, kept]);
    // A run that was pruned is gone for good: its id is never reused for a new run.
    expect(store.createRun({ model: 'm', startedAtMs: 200_000 }).runId).toBe(4);
  });

  it('does not prune while fewer than `retention` runs are published', async () => {
    const store = await newStore({ retention: 3 });
    publishedRun(store, bookings(5), 0);
    publishedRun(store, bookings(5), 1);
    expect(store.runs()).toHaveLength(2);
  });

  it('applies a smaller retention to a restored store at once', async () => {
    const store = await newStore({ retention: 5 });
    for (let i = 0; i < 5; i++) publishedRun(store, bookings(4, i), i * 1000);
    const restored = PredictionStore.fromBytes(await loadSql(), store.export(), { retention: 2 });
    expect(restored.runs().map((r) => r.runId)).toEqual([5, 4]);
    expect(predictionCount(restored)).toBe(8);
  });

  it('bounds storage: many runs later, the database is no bigger than with a few', async () => {
    const store = await newStore({ retention: 2 });
    for (let i = 0; i < 3; i++) publishedRun(store, bookings(2000, i), i * 1000);
    const sizeAfterThree = store.export().length;
    for (let i = 3; i < 20; i++) publishedRun(store, bookings(2000, i), i * 1000);
    // SQLite reuses the pages freed by deleted runs, so the file stops growing.
    expect(store.export().length).toBeLessThanOrEqual(sizeAfterThree * 1.1);
  });
});
