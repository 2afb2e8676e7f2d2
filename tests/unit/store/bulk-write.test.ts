import { describe, expect, it } from 'vitest';
import { bookingId, bookings, newStore } from './store-fixtures.ts';

describe('a 100,000-row run', () => {
  it('is written in one call, published, and served correctly', async () => {
    const store = await newStore();
    const rows = bookings(100_000);
    const { runId } = store.createRun({ model: 'cancellation-v1', startedAtMs: 0 });

    const write = store.writePredictions(runId, rows);
    expect(write).toMatchObject({ rowsWritten: 100_000, rowCount: 100_000 });
    store.publishRun(runId, 1000);

    expect(store.query('SELECT count(*), count(DISTINCT entity_id) FROM predictions').rows).toEqual(
      [[100_000, 100_000]],
    );
    for (const j of [0, 1, 4242, 99_999]) {
      const row = rows.find((r) => r.entityId === bookingId(j));
      expect(store.lookup(bookingId(j)).prediction).toMatchObject({ ...row, runId });
    }
    const expectedTop = [...rows]
      .sort((a, b) => b.score - a.score || (a.entityId < b.entityId ? -1 : 1))
      .slice(0, 25)
      .map((r) => r.entityId);
    expect(store.topK('latest', 25).predictions.map((p) => p.entityId)).toEqual(expectedTop);
    const cancels = rows.filter((r) => r.label === 'cancel').length;
    expect(store.query("SELECT count(*) FROM predictions WHERE label = 'cancel'").rows).toEqual([
      [cancels],
    ]);
  });
});
