import { beforeEach, describe, expect, it } from 'vitest';
import { PRESET_NAMES, type PresetName } from '../../../src/model/case-names.ts';
import type { BatchRunRecord } from '../../../src/modes/batch/run-log.ts';
import type { PredictionStore } from '../../../src/store/prediction-store.ts';
import { InferenceFailure } from '../../../src/lab/inference-client.ts';
import {
  BATCH_CHUNK_ROWS,
  BATCH_SCORE_CAP,
  BatchPredictions,
} from '../../../src/lab/predictions/batch-predictions.ts';
import { BATCH_SQL } from '../../../src/lab/predictions/batch-sql.ts';
import { predictionMessages } from '../../../src/i18n/prediction-messages.ts';
import { newStore } from '../store/store-fixtures.ts';
import { FakeScoring, settle, storePort, until } from './fakes.ts';

const run = (runId: number, outcome: BatchRunRecord['outcome']): BatchRunRecord => ({
  runId,
  scheduledMs: runId * 86_400_000,
  startMs: runId * 86_400_000,
  endMs: outcome === 'running' ? null : runId * 86_400_000 + 1000,
  outcome,
  attempts: 1,
  rows: 0,
});

/** Runs as a snapshot carries them: each with the rows it read when it started. */
const withRows = (runs: BatchRunRecord[], rows: number): BatchRunRecord[] =>
  runs.map((r) => ({ ...r, rows }));

let store: PredictionStore;
let scoring: FakeScoring;
let clock: number;

function orchestrator(preset: PresetName = 'hotel-cancellations', cap?: number) {
  const port = storePort(store);
  const batch = new BatchPredictions({
    preset,
    seed: 12,
    scoring,
    store: port,
    cap,
    now: () => (clock += 1000),
  });
  return { batch, port };
}

beforeEach(async () => {
  store = await newStore();
  scoring = new FakeScoring();
  clock = 1_700_000_000_000;
});

describe('BatchPredictions', () => {
  it('waits for a succeeded run: queued, running and failed runs score nothing', async () => {
    const { batch } = orchestrator();
    batch.update(withRows([run(0, 'failed'), run(1, 'running'), run(2, 'queued')], 20_000));
    await settle();
    expect(scoring.calls).toHaveLength(0);
    expect(batch.state.value.phase).toBe('idle');
    expect(store.runs()).toHaveLength(0);
  });

  it('scores a succeeded run’s rows up to the cap, stores them by run and shows the query', async () => {
    const { batch } = orchestrator();
    batch.update(withRows([run(0, 'succeeded'), run(1, 'succeeded'), run(2, 'running')], 20_000));
    await until(() => batch.state.value.phase === 'ready');

    const latest = batch.state.value.latest;
    expect(latest).toMatchObject({
      simRunId: 1,
      model: 'hotel-cancellations-large',
      rowsInRun: 20_000,
      rowsScored: BATCH_SCORE_CAP,
    });
    // Run 1 holds items 20,000 .. 39,999; the first 5,000 are scored, 1,000 at a time.
    expect(scoring.calls.map((c) => c.selection)).toEqual(
      Array.from({ length: BATCH_SCORE_CAP / BATCH_CHUNK_ROWS }, (_, k) => ({
        from: 20_000 + k * BATCH_CHUNK_ROWS,
        count: BATCH_CHUNK_ROWS,
      })),
    );
    const [stored] = store.runs();
    expect(stored).toMatchObject({ runId: latest?.storeRunId, rowCount: BATCH_SCORE_CAP });
    expect(stored.publishedAtMs).not.toBeNull();
    expect(stored.startedAtMs).toBeGreaterThan(1_700_000_000_000); // wall-clock, see `now`

    const query = latest?.query;
    expect(query?.sql).toBe(BATCH_SQL['hotel-cancellations']);
    expect(query?.params).toEqual([latest?.storeRunId]);
    expect(query?.columns).toEqual([
      'booking',
      'p_cancel',
      'lead_time_days',
      'deposit_type',
      'market_segment',
      'adr_eur',
    ]);
    expect(query?.rows).toHaveLength(10);
    const scores = query?.rows.map((r) => r[1] as number) ?? [];
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(String(query?.rows[0][0])).toMatch(/^booking-(2\d{4}|3\d{4})$/);
    // Run 0 was passed over: run 1 succeeded in the same snapshot.
    expect(batch.state.value.skippedRuns).toBe(1);
  });

  it('scores every row of a run smaller than the cap', async () => {
    const { batch } = orchestrator('hotel-cancellations');
    batch.update(withRows([run(3, 'succeeded')], 480));
    await until(() => batch.state.value.phase === 'ready');
    expect(batch.state.value.latest).toMatchObject({ rowsInRun: 480, rowsScored: 480 });
    expect(scoring.calls.map((c) => c.selection)).toEqual([{ from: 1440, count: 480 }]);
  });

  it('scores one run at a time and skips to the latest when runs finish faster', async () => {
    const { batch } = orchestrator('hotel-cancellations', 2000);
    scoring.hold();
    batch.update(withRows([run(0, 'succeeded')], 10_000));
    await settle();
    expect(batch.state.value.phase).toBe('scoring');
    expect(batch.state.value.scoring).toMatchObject({ simRunId: 0, done: 0, total: 2000 });
    batch.update(withRows([run(0, 'succeeded'), run(1, 'succeeded')], 10_000));
    batch.update(withRows([run(1, 'succeeded'), run(2, 'succeeded'), run(3, 'succeeded')], 10_000));
    await settle();
    expect(scoring.calls).toHaveLength(1); // still on run 0
    scoring.release();
    await until(() => batch.state.value.latest?.simRunId === 3);
    expect(batch.state.value.skippedRuns).toBe(2); // runs 1 and 2
    expect(scoring.calls.map((c) => c.selection)).toEqual([
      { from: 0, count: 1000 },
      { from: 1000, count: 1000 },
      { from: 30_000, count: 1000 },
      { from: 31_000, count: 1000 },
    ]);
    expect(store.runs().map((r) => r.rowCount)).toEqual([2000, 2000]);
  });

  it('starts afresh when the lab restarts (run ids begin again)', async () => {
    const { batch } = orchestrator('hotel-cancellations', 100);
    batch.update(withRows([run(4, 'succeeded'), run(5, 'succeeded')], 100));
    await until(() => batch.state.value.latest?.simRunId === 5);
    batch.update(withRows([run(0, 'succeeded')], 100));
    await until(() => batch.state.value.latest?.simRunId === 0);
    expect(batch.state.value.skippedRuns).toBe(0);
  });

  it('stops on a failure, says why, and tries the latest run again on retry', async () => {
    const { batch } = orchestrator('hotel-cancellations', 100);
    scoring.failWith = new InferenceFailure({ kind: 'model-missing', message: '404' });
    batch.update(withRows([run(0, 'succeeded')], 100));
    await until(() => batch.state.value.phase === 'failed');
    expect(batch.state.value.failure).toEqual({
      source: 'inference',
      kind: 'model-missing',
      message: '404',
    });
    batch.update(withRows([run(0, 'succeeded'), run(1, 'succeeded')], 100));
    await settle();
    expect(scoring.calls).toHaveLength(1); // a failed session does not hammer the worker
    scoring.failWith = null;
    batch.retry();
    await until(() => batch.state.value.phase === 'ready');
    expect(batch.state.value.latest?.simRunId).toBe(1);
    expect(batch.state.value.failure).toBeNull();
  });

  it('drops a run in progress when disposed, and leaves nothing half-written', async () => {
    const { batch, port } = orchestrator('hotel-cancellations', 3000);
    scoring.hold();
    batch.update(withRows([run(0, 'succeeded')], 3000));
    await settle();
    batch.dispose();
    scoring.release();
    await until(() => port.discarded.length === 1);
    expect(store.runs()).toHaveLength(0);
    expect(batch.state.value.latest).toBeNull();
  });

  it('has a query for every preset that runs on real stored predictions, with translated columns', async () => {
    for (const preset of PRESET_NAMES) {
      store = await newStore();
      const { batch } = orchestrator(preset, 300);
      batch.update(withRows([run(0, 'succeeded')], 300));
      await until(
        () => batch.state.value.phase !== 'scoring' && batch.state.value.phase !== 'idle',
      );
      const query = batch.state.value.latest?.query;
      expect(batch.state.value.failure, preset).toBeNull();
      expect(query?.rows.length, preset).toBeGreaterThan(0);
      for (const column of query?.columns ?? []) {
        expect(predictionMessages.es.batch.sqlColumns[column], column).toBeDefined();
        expect(predictionMessages.en.batch.sqlColumns[column], column).toBeDefined();
      }
    }
  });
});
