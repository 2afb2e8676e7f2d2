import { describe, expect, it } from 'vitest';
import { PredictionStore } from '../../../src/store/prediction-store.ts';
import type { PredictionRow } from '../../../src/model/inference/prediction-row.ts';
import { loadSql, newStore, storeErrorOf } from './store-fixtures.ts';

describe('invalid input', () => {
  it('names the field and the accepted range for run arguments', async () => {
    const store = await newStore();
    expect(storeErrorOf(() => store.createRun({ model: '', startedAtMs: 0 }))).toMatchObject({
      code: 'invalid-input',
      field: 'model',
      accepted: 'a string of 1 to 100 characters',
    });
    const negative = storeErrorOf(() => store.createRun({ model: 'm', startedAtMs: -1 }));
    expect(negative).toMatchObject({ field: 'startedAtMs' });
    expect(negative.message).toBe(
      'startedAtMs must be a finite number of milliseconds, 0 or more, got -1',
    );
    expect(storeErrorOf(() => store.writePredictions(0, []))).toMatchObject({ field: 'runId' });
    const { runId } = store.createRun({ model: 'm', startedAtMs: 100 });
    expect(storeErrorOf(() => store.writePredictions(runId, []))).toMatchObject({
      field: 'rows',
      accepted: 'an array of 1 to 200000 predictions',
    });
    store.writePredictions(runId, [{ entityId: 'a', score: 1 }]);
    expect(storeErrorOf(() => store.publishRun(runId, 50))).toMatchObject({
      field: 'publishedAtMs',
      accepted: "a time from the run's start (100) on",
    });
  });

  it.each<[string, unknown, string]>([
    ['a missing entity id', { score: 0.5 }, 'rows[1].entityId'],
    ['an empty entity id', { entityId: '', score: 0.5 }, 'rows[1].entityId'],
    ['a long entity id', { entityId: 'x'.repeat(201), score: 0.5 }, 'rows[1].entityId'],
    ['a score that is not a number', { entityId: 'a', score: '0.5' }, 'rows[1].score'],
    ['an infinite score', { entityId: 'a', score: Number.POSITIVE_INFINITY }, 'rows[1].score'],
    ['an empty label', { entityId: 'a', score: 0.5, label: '' }, 'rows[1].label'],
    [
      'features that are an array',
      { entityId: 'a', score: 0.5, features: [1] },
      'rows[1].features',
    ],
    [
      'a nested feature',
      { entityId: 'a', score: 0.5, features: { a: { b: 1 } } },
      'rows[1].features',
    ],
    [
      'a NaN feature',
      { entityId: 'a', score: 0.5, features: { a: Number.NaN } },
      'rows[1].features',
    ],
    [
      'huge features',
      { entityId: 'a', score: 0.5, features: { a: 'x'.repeat(5000) } },
      'rows[1].features',
    ],
    ['a row that is not an object', 42, 'rows[1]'],
  ])('refuses %s, naming the row and field', async (_, bad, field) => {
    const store = await newStore();
    const { runId } = store.createRun({ model: 'm', startedAtMs: 0 });
    const rows = [{ entityId: 'ok', score: 0.1 }, bad] as PredictionRow[];
    const error = storeErrorOf(() => store.writePredictions(runId, rows));
    expect(error).toMatchObject({ code: 'invalid-input', field });
    expect(error.message.startsWith(`${field} must be `)).toBe(true);
  });

  it('refuses a retention outside 1 to 10', async () => {
    const sql = await loadSql();
    for (const retention of [0, 11, 1.5]) {
      expect(storeErrorOf(() => PredictionStore.create(sql, { retention }))).toMatchObject({
        field: 'retention',
        accepted: 'an integer from 1 to 10',
      });
    }
  });

  it('refuses more than 200,000 rows in one run, across writes, leaving the run as it was', async () => {
    const store = await newStore();
    const { runId } = store.createRun({ model: 'm', startedAtMs: 0 });
    const rows = (from: number, n: number): PredictionRow[] =>
      Array.from({ length: n }, (_, i) => ({ entityId: `e${from + i}`, score: 0 }));
    store.writePredictions(runId, rows(0, 150_000));
    const error = storeErrorOf(() => store.writePredictions(runId, rows(150_000, 60_000)));
    expect(error).toMatchObject({ code: 'invalid-input', field: 'rows' });
    expect(store.runs()[0].rowCount).toBe(150_000);
  });
});
