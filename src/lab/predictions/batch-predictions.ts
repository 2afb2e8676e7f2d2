import type { ModelName } from '../../model/catalog.ts';
import type { PresetName } from '../../model/case-names.ts';
import type { SqlResult } from '../../store/prediction-types.ts';
import type { BatchRunRecord } from '../../modes/batch/run-log.ts';
import { BATCH_SQL } from './batch-sql.ts';
import { Observable } from './listeners.ts';
import { modelFor } from './model-choice.ts';
import { toPredictionFailure, type PredictionFailure } from './prediction-failure.ts';
import type { PredictionStorePort, ScoringPort } from './ports.ts';

/**
 * Rows of one run that are really scored. A simulated run may have a million rows (the content
 * preset); scoring 5,000 takes well under a second on this device's CPU backend with the large
 * hotel model (the models page's calibration puts a row in a 1024-batch at a few µs), and its
 * store write a few tens of ms (tests/e2e/store.spec.ts writes 100,000 rows). The rows of a run
 * are independent draws, so its first N rows are a simple random sample of it; the UI says
 * "N of M rows (sample)" whenever N < M.
 */
export const BATCH_SCORE_CAP = 5_000;
/** Rows per score-and-write step: the progress the UI shows, and a bounded message size. */
export const BATCH_CHUNK_ROWS = 1_000;

/** A run whose predictions are in the store, with the lab's query on them. */
export interface ScoredBatchRun {
  /** The simulation's run id (its schedule tick) and the store's own run id. */
  simRunId: number;
  storeRunId: number;
  model: ModelName;
  rowsInRun: number;
  rowsScored: number;
  /** Wall time in the model, and for the whole score-write-publish-query sequence, ms. */
  modelMs: number;
  totalMs: number;
  query: SqlResult;
}

export interface BatchPredictionsState {
  /** idle: no run has succeeded yet; scoring: a run is being scored; failed: see `failure`. */
  phase: 'idle' | 'scoring' | 'ready' | 'failed';
  scoring: { simRunId: number; done: number; total: number; rowsInRun: number } | null;
  latest: ScoredBatchRun | null;
  /** Succeeded runs passed over because a newer run succeeded before they could be scored. */
  skippedRuns: number;
  failure: PredictionFailure | null;
}

export interface BatchPredictionsOptions {
  preset: PresetName;
  seed: number;
  scoring: ScoringPort;
  store: PredictionStorePort;
  /** Rows actually scored per run (default BATCH_SCORE_CAP). */
  cap?: number;
  /**
   * The store's run times. Wall-clock, not simulated: the store persists across visits and keeps
   * the newest runs by start time, so simulated times (which restart at 0 each session) would let
   * an old session's later-simulated runs outrank, and prune, this session's.
   */
  now?: () => number;
}

const INITIAL: BatchPredictionsState = {
  phase: 'idle',
  scoring: null,
  latest: null,
  skippedRuns: 0,
  failure: null,
};

/**
 * Turns the batch lab's succeeded runs into real predictions: when a run succeeds in the
 * simulation, its rows (up to the cap) are scored with the batch model, written to the prediction
 * store under a new store run, published, and queried with BATCH_SQL. One run at a time: if runs
 * succeed faster than they can be scored, the newest waiting one is scored next and the ones
 * passed over are counted, so the table always moves to the latest data.
 */
export class BatchPredictions {
  readonly state = new Observable<BatchPredictionsState>(INITIAL);
  readonly model: ModelName;
  private readonly cap: number;
  private readonly now: () => number;
  /** Highest run id seen succeeded, and the highest run id seen at all (to notice a restart). */
  private highestSucceeded = -1;
  private highestSeen = -1;
  private pending: { simRunId: number; rowsInRun: number } | null = null;
  private rowsPerRun = 1;
  private busy = false;
  private disposed = false;
  /** Bumped by reset(): work begun before it must not publish into the new session's state. */
  private generation = 0;

  constructor(private readonly options: BatchPredictionsOptions) {
    this.model = modelFor(options.preset, 'batch');
    this.cap = options.cap ?? BATCH_SCORE_CAP;
    this.now = options.now ?? Date.now;
  }

  /** Feed each snapshot's runs (each with the rows it scored). */
  update(runs: readonly BatchRunRecord[]): void {
    if (this.disposed) return;
    let seen = -1;
    for (const run of runs) seen = Math.max(seen, run.runId);
    // The lab restarted (reset, new parameters): run ids begin again.
    if (seen < this.highestSeen) this.reset();
    this.highestSeen = Math.max(this.highestSeen, seen);

    const fresh = runs
      .filter((run) => run.outcome === 'succeeded' && run.runId > this.highestSucceeded)
      .map((run) => run.runId)
      .sort((a, b) => a - b);
    if (fresh.length === 0) return;
    this.highestSucceeded = fresh[fresh.length - 1];
    const rowsPerRun = runs.find((run) => run.runId === this.highestSucceeded)?.rows ?? 0;
    this.rowsPerRun = rowsPerRun;
    const passedOver = fresh.length - 1 + (this.pending === null ? 0 : 1);
    this.pending = { simRunId: this.highestSucceeded, rowsInRun: rowsPerRun };
    if (passedOver > 0) this.patch({ skippedRuns: this.state.value.skippedRuns + passedOver });
    void this.drain();
  }

  /** After a failure: try the newest succeeded run again. */
  retry(): void {
    if (this.disposed || this.state.value.phase !== 'failed') return;
    if (this.pending === null && this.highestSucceeded >= 0) {
      this.pending = { simRunId: this.highestSucceeded, rowsInRun: this.rowsPerRun };
    }
    this.patch({ phase: this.state.value.latest ? 'ready' : 'idle', failure: null });
    void this.drain();
  }

  /** Forget every run: a new session of the lab. Work in progress is dropped. */
  reset(): void {
    this.generation++;
    this.highestSucceeded = -1;
    this.highestSeen = -1;
    this.pending = null;
    this.busy = false;
    this.state.set(INITIAL);
  }

  dispose(): void {
    this.disposed = true;
    this.generation++;
    this.pending = null;
  }

  private async drain(): Promise<void> {
    if (this.busy || this.state.value.phase === 'failed') return;
    this.busy = true;
    const generation = this.generation;
    try {
      while (this.pending !== null && generation === this.generation && !this.disposed) {
        const run = this.pending;
        this.pending = null;
        const scored = await this.scoreRun(run.simRunId, run.rowsInRun, generation);
        if (scored === null) return;
        this.patch({ phase: 'ready', scoring: null, latest: scored });
      }
    } catch (error) {
      if (generation === this.generation) {
        this.patch({ phase: 'failed', scoring: null, failure: toPredictionFailure(error) });
      }
    } finally {
      if (generation === this.generation) this.busy = false;
    }
  }

  /** Scores, writes, publishes and queries one run; null if the session moved on meanwhile. */
  private async scoreRun(
    simRunId: number,
    rowsInRun: number,
    generation: number,
  ): Promise<ScoredBatchRun | null> {
    const { preset, seed, scoring, store } = this.options;
    const started = performance.now();
    const total = Math.min(rowsInRun, this.cap);
    const from = simRunId * rowsInRun;
    const stale = () => generation !== this.generation || this.disposed;
    this.patch({ phase: 'scoring', scoring: { simRunId, done: 0, total, rowsInRun } });

    const storeRun = await store.createRun({ model: this.model, startedAtMs: this.now() });
    let modelMs = 0;
    for (let done = 0; done < total;) {
      if (stale()) {
        await store.discardRun(storeRun.runId).catch(() => null);
        return null;
      }
      const count = Math.min(BATCH_CHUNK_ROWS, total - done);
      const result = await scoring.scoreItems(this.model, preset, seed, {
        from: from + done,
        count,
      });
      modelMs += result.modelMs;
      // The rows go on to the store worker as they came from the inference worker: the page
      // does no per-row work (why not a channel between the workers: inference-protocol.ts).
      await store.writePredictions(storeRun.runId, result.items);
      done += count;
      if (!stale()) this.patch({ scoring: { simRunId, done, total, rowsInRun } });
    }
    if (stale()) {
      await store.discardRun(storeRun.runId).catch(() => null);
      return null;
    }
    await store.publishRun(storeRun.runId, Math.max(this.now(), storeRun.startedAtMs));
    const query = await store.query(BATCH_SQL[preset], [storeRun.runId]);
    if (stale()) return null;
    return {
      simRunId,
      storeRunId: storeRun.runId,
      model: this.model,
      rowsInRun,
      rowsScored: total,
      modelMs,
      totalMs: performance.now() - started,
      query,
    };
  }

  private patch(change: Partial<BatchPredictionsState>): void {
    this.state.set({ ...this.state.value, ...change });
  }
}
