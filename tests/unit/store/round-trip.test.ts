import { describe, expect, it } from 'vitest';
import { bookingId, bookings, newStore, publishedRun, storeErrorOf } from './store-fixtures.ts';

describe('writing, publishing and looking up predictions', () => {
  it('serves a published run: the lookup returns the row written, with its SQL', async () => {
    const store = await newStore();
    const rows = bookings(100);
    const run = store.createRun({ model: 'cancellation-v1', startedAtMs: 1000 });
    expect(run).toEqual({
      runId: 1,
      model: 'cancellation-v1',
      startedAtMs: 1000,
      publishedAtMs: null,
      rowCount: 0,
    });
    const write = store.writePredictions(run.runId, rows);
    expect(write).toMatchObject({ runId: 1, rowsWritten: 100, rowCount: 100 });
    expect(write.sql).toMatch(/^INSERT INTO predictions/);
    const published = store.publishRun(run.runId, 5000);
    expect(published.run).toMatchObject({ publishedAtMs: 5000, rowCount: 100 });
    expect(published.prunedRunIds).toEqual([]);

    const wanted = rows.find((r) => r.entityId === bookingId(42));
    const result = store.lookup(bookingId(42));
    expect(result.prediction).toEqual({
      ...wanted,
      runId: 1,
      model: 'cancellation-v1',
      publishedAtMs: 5000,
    });
    expect(result.sql).toContain('FROM latest_predictions');
    expect(result.params).toEqual([bookingId(42)]);
    expect(result.columns).toEqual([
      'entity_id',
      'score',
      'label',
      'features',
      'run_id',
      'model',
      'published_at_ms',
    ]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0][0]).toBe(bookingId(42));
    expect(result.ms).toBeGreaterThanOrEqual(0);
  });

  it('keeps unpublished runs invisible to lookups', async () => {
    const store = await newStore();
    const { runId } = store.createRun({ model: 'cancellation-v1', startedAtMs: 0 });
    store.writePredictions(runId, bookings(10));
    expect(store.lookup(bookingId(3)).prediction).toBeNull();
    expect(store.lookup(bookingId(3)).rows).toEqual([]);
    expect(store.topK('latest', 5)).toMatchObject({ runId: null, predictions: [], rows: [] });

    store.publishRun(runId, 10);
    expect(store.lookup(bookingId(3)).prediction?.runId).toBe(runId);
  });

  it('serves the newest published run, and a newer unpublished run does not hide it', async () => {
    const store = await newStore();
    const first = publishedRun(store, bookings(10, 1), 0);
    const second = publishedRun(store, bookings(10, 2), 60_000);
    const pending = store.createRun({ model: 'cancellation-v2', startedAtMs: 120_000 });
    store.writePredictions(pending.runId, bookings(10, 3));

    const served = store.lookup(bookingId(4)).prediction;
    expect(served?.runId).toBe(second);
    expect(served?.score).toBe(bookings(10, 2).find((r) => r.entityId === bookingId(4))?.score);
    expect(first).toBeLessThan(second);
  });

  it('does not roll back to older data when an older run publishes last', async () => {
    const store = await newStore();
    // Overlapping runs: the one that read its data at t = 60 s publishes first...
    const older = store.createRun({ model: 'm', startedAtMs: 0 });
    const newer = store.createRun({ model: 'm', startedAtMs: 60_000 });
    store.writePredictions(older.runId, bookings(5, 1));
    store.writePredictions(newer.runId, bookings(5, 2));
    store.publishRun(newer.runId, 70_000);
    // ...and the one that read it at t = 0 s publishes after it.
    store.publishRun(older.runId, 90_000);
    expect(store.lookup(bookingId(1)).prediction?.runId).toBe(newer.runId);
    expect(store.topK('latest', 1).runId).toBe(newer.runId);
  });

  it('falls back, per entity, to the newest run that scored it', async () => {
    const store = await newStore();
    const both = publishedRun(
      store,
      [
        { entityId: 'a', score: 0.1 },
        { entityId: 'b', score: 0.2 },
      ],
      0,
    );
    const onlyA = publishedRun(store, [{ entityId: 'a', score: 0.9 }], 1000);
    expect(store.lookup('a').prediction).toMatchObject({ runId: onlyA, score: 0.9 });
    expect(store.lookup('b').prediction).toMatchObject({ runId: both, score: 0.2 });
    expect(store.lookup('c').prediction).toBeNull();
    // The view answers the same question for every entity at once.
    const view = store.query('SELECT entity_id, run_id FROM latest_predictions ORDER BY entity_id');
    expect(view.rows).toEqual([
      ['a', onlyA],
      ['b', both],
    ]);
  });

  it('replaces an entity written twice in the same run (a retried attempt is idempotent)', async () => {
    const store = await newStore();
    const { runId } = store.createRun({ model: 'm', startedAtMs: 0 });
    store.writePredictions(runId, [{ entityId: 'a', score: 0.1, label: 'keep' }]);
    const again = store.writePredictions(runId, [
      { entityId: 'a', score: 0.7, label: 'cancel', features: { leadTimeDays: 3 } },
      { entityId: 'b', score: 0.2 },
    ]);
    expect(again.rowCount).toBe(2);
    store.publishRun(runId, 1);
    expect(store.lookup('a').prediction).toMatchObject({
      score: 0.7,
      label: 'cancel',
      features: { leadTimeDays: 3 },
    });
    expect(store.lookup('b').prediction).toMatchObject({ label: null, features: null });
  });

  it('keeps published runs immutable and refuses to publish twice or publish nothing', async () => {
    const store = await newStore();
    const runId = publishedRun(store, bookings(3), 0);
    expect(storeErrorOf(() => store.writePredictions(runId, bookings(1))).code).toBe(
      'run-published',
    );
    expect(storeErrorOf(() => store.publishRun(runId, 5000)).code).toBe('run-published');
    expect(storeErrorOf(() => store.discardRun(runId)).code).toBe('run-published');
    const empty = store.createRun({ model: 'm', startedAtMs: 10 });
    expect(storeErrorOf(() => store.publishRun(empty.runId, 20)).code).toBe('empty-run');
    expect(storeErrorOf(() => store.writePredictions(99, bookings(1))).code).toBe('unknown-run');
  });

  it('discards a failed run with its rows', async () => {
    const store = await newStore();
    const { runId } = store.createRun({ model: 'm', startedAtMs: 0 });
    store.writePredictions(runId, bookings(20));
    store.discardRun(runId);
    expect(store.runs()).toEqual([]);
    expect(store.query('SELECT count(*) AS n FROM predictions').rows).toEqual([[0]]);
  });

  it('writes all rows or none: a bad row leaves the run as it was', async () => {
    const store = await newStore();
    const { runId } = store.createRun({ model: 'm', startedAtMs: 0 });
    store.writePredictions(runId, bookings(5));
    const rows = [...bookings(10, 9), { entityId: 'x', score: Number.NaN }];
    expect(storeErrorOf(() => store.writePredictions(runId, rows)).field).toBe('rows[10].score');
    expect(store.runs()[0].rowCount).toBe(5);
    expect(store.query('SELECT count(*) FROM predictions').rows).toEqual([[5]]);
  });

  it('lists runs newest first and fails clearly once closed', async () => {
    const store = await newStore();
    publishedRun(store, bookings(2), 0);
    store.createRun({ model: 'm', startedAtMs: 500 });
    expect(store.runs().map((r) => [r.runId, r.publishedAtMs])).toEqual([
      [2, null],
      [1, 1000],
    ]);
    store.close();
    expect(storeErrorOf(() => store.lookup('a')).code).toBe('closed');
  });
});
