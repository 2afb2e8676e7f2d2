import { describe, expect, it } from 'vitest';
import { bookings, newStore, publishedRun, storeErrorOf } from './store-fixtures.ts';

describe('top k by score', () => {
  it('returns the k most likely cancellations of a run, highest first, with their SQL', async () => {
    const store = await newStore();
    const rows = bookings(500);
    const runId = publishedRun(store, rows, 0);
    const expected = [...rows]
      .sort((a, b) => b.score - a.score || a.entityId.localeCompare(b.entityId))
      .slice(0, 10);

    const top = store.topK(runId, 10);
    expect(top.runId).toBe(runId);
    expect(top.predictions.map((p) => [p.entityId, p.score])).toEqual(
      expected.map((r) => [r.entityId, r.score]),
    );
    expect(top.predictions[0].features).toEqual(expected[0].features);
    expect(top.params).toEqual([runId, 10]);
    expect(top.sql).toContain('ORDER BY score DESC, entity_id');
    expect(top.rows).toHaveLength(10);
  });

  it('breaks ties by entity id, so the answer is the same every time', async () => {
    const store = await newStore();
    const runId = publishedRun(
      store,
      ['d', 'b', 'a', 'c'].map((entityId) => ({ entityId, score: 0.5 })),
      0,
    );
    expect(store.topK(runId, 3).predictions.map((p) => p.entityId)).toEqual(['a', 'b', 'c']);
  });

  it("'latest' reads the newest published run", async () => {
    const store = await newStore();
    publishedRun(store, [{ entityId: 'old', score: 0.99 }], 0);
    const newest = publishedRun(store, [{ entityId: 'new', score: 0.5 }], 60_000);
    const top = store.topK('latest', 5);
    expect(top.runId).toBe(newest);
    expect(top.predictions.map((p) => p.entityId)).toEqual(['new']);
  });

  it('returns fewer than k when the run is smaller', async () => {
    const store = await newStore();
    const runId = publishedRun(store, bookings(3), 0);
    expect(store.topK(runId, 1000).predictions).toHaveLength(3);
  });

  it('refuses unpublished and unknown runs, and k out of range', async () => {
    const store = await newStore();
    const { runId } = store.createRun({ model: 'm', startedAtMs: 0 });
    store.writePredictions(runId, bookings(3));
    expect(storeErrorOf(() => store.topK(runId, 3)).code).toBe('run-not-published');
    expect(storeErrorOf(() => store.topK(7, 3)).code).toBe('unknown-run');
    for (const k of [0, 1001, 2.5, Number.NaN]) {
      const error = storeErrorOf(() => store.topK('latest', k));
      expect(error).toMatchObject({ code: 'invalid-input', field: 'k' });
      expect(error.accepted).toBe('an integer from 1 to 1000');
    }
  });
});
