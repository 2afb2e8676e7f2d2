/**
 * What the batch strip reads from a snapshot's run log: the schedule's interval and next tick, the
 * run in progress and how far it has got, the predictions in the store and how old they are.
 *
 * The view carries the runs, not the schedule's settings, so the interval is read from the ticks
 * themselves: every tick makes one run (started, skipped or queued) and run ids count ticks
 * (run-log.ts), so two consecutive ids are one interval apart, the latest interval after a retune.
 */
import type { BatchView } from '../../../modes/batch/live.ts';
import type { BatchRunRecord } from '../../../modes/batch/run-log.ts';

export interface BatchState {
  /** Between two schedule ticks, ms; null until two ticks have happened. */
  intervalMs: number | null;
  /** The next tick, ms; null when not known yet or when the schedule has ended. */
  nextRunMs: number | null;
  scheduleEnded: boolean;
  /** The newest run in progress, and the share of its rows scored (null: cannot be told yet). */
  current: { run: BatchRunRecord; progress: number | null } | null;
  running: number;
  queued: number;
  /** The newest run that published: its predictions are the ones served, aged from its start. */
  published: { run: BatchRunRecord; ageMs: number } | null;
  /** The newest finished run failed, so the store still serves an older run's predictions. */
  lastFailed: boolean;
}

/** A progress estimate stops short of the end: only the run's end says it is done. */
export const MAX_ESTIMATED_PROGRESS = 0.97;

/** The interval between the two newest consecutive ticks, null with fewer than two. */
export function scheduleInterval(runs: readonly BatchRunRecord[]): number | null {
  for (let i = runs.length - 1; i > 0; i--) {
    const a = runs[i - 1];
    const b = runs[i];
    if (b.runId === a.runId + 1 && b.scheduledMs > a.scheduledMs)
      return b.scheduledMs - a.scheduledMs;
  }
  return null;
}

/**
 * The strip's state at `nowMs`. A running run's progress is its elapsed time over the mean run
 * so far (`meanRunMs`, the report's): the engine shares the cluster between runs, so a run's
 * length is only known when it ends; before any run has ended there is no estimate.
 */
export function batchState(
  view: Pick<BatchView, 'runs' | 'scheduler'>,
  meanRunMs: number,
  nowMs: number,
  endMs: number,
): BatchState {
  const { runs } = view;
  const intervalMs = scheduleInterval(runs);
  const last = runs.at(-1);
  const ended = view.scheduler === 'paused' || nowMs >= endMs;
  let nextRunMs: number | null = null;
  if (!ended && intervalMs !== null && last !== undefined) {
    nextRunMs = last.scheduledMs + intervalMs;
    // A snapshot taken just as a tick is due may not hold its run yet.
    while (nextRunMs < nowMs) nextRunMs += intervalMs;
    if (nextRunMs >= endMs) nextRunMs = null;
  }
  const active = runs.filter((r) => r.outcome === 'running');
  const newest = active.at(-1);
  const estimate = Number.isFinite(meanRunMs) && meanRunMs > 0 ? meanRunMs : null;
  const current =
    newest === undefined
      ? null
      : {
          run: newest,
          progress:
            estimate === null || newest.startMs === null
              ? null
              : Math.min(MAX_ESTIMATED_PROGRESS, Math.max(0, (nowMs - newest.startMs) / estimate)),
        };
  const finished = runs.filter(
    (r) => (r.outcome === 'succeeded' || r.outcome === 'failed') && r.endMs !== null,
  );
  const byEnd = (a: BatchRunRecord, b: BatchRunRecord) => (a.endMs ?? 0) - (b.endMs ?? 0);
  const newestFinished = [...finished].sort(byEnd).at(-1);
  const publishedRun = finished
    .filter((r) => r.outcome === 'succeeded')
    .sort(byEnd)
    .at(-1);
  return {
    intervalMs,
    nextRunMs,
    scheduleEnded: ended,
    current,
    running: active.length,
    queued: runs.filter((r) => r.outcome === 'queued').length,
    published:
      publishedRun === undefined || publishedRun.startMs === null
        ? null
        : { run: publishedRun, ageMs: Math.max(0, nowMs - publishedRun.startMs) },
    lastFailed: newestFinished?.outcome === 'failed',
  };
}

/**
 * The stretch of time the strip's axis shows: three intervals back and one ahead, so the next run
 * is in sight, sliding with now once it is three intervals in; the whole run while the interval
 * is not known.
 */
export function batchWindow(
  nowMs: number,
  intervalMs: number | null,
  endMs: number,
): { startMs: number; endMs: number } {
  if (intervalMs === null || !(intervalMs > 0))
    return { startMs: 0, endMs: Math.max(endMs, nowMs, 1) };
  const startMs = Math.max(0, nowMs - 3 * intervalMs);
  return { startMs, endMs: startMs + 4 * intervalMs };
}

/**
 * The age bar's full length, ms: two intervals, so that the age the predictions reach by the next
 * run sits about half way; longer when the predictions are older than that (runs skipped or failed).
 */
export function ageScaleMs(ageMs: number, intervalMs: number | null): number {
  const base = intervalMs !== null && intervalMs > 0 ? 2 * intervalMs : 0;
  return Math.max(base, ageMs * 1.25, 1);
}

/**
 * The age bar's fill now and the mark of the age the predictions will have when the next run
 * starts, as shares of the bar; null with nothing stored.
 */
export function ageMarks(state: BatchState): { now: number; next: number | null } | null {
  if (!state.published) return null;
  const scale = ageScaleMs(state.published.ageMs, state.intervalMs);
  const start = state.published.run.startMs ?? 0;
  const next = state.nextRunMs === null ? null : (state.nextRunMs - start) / scale;
  return {
    now: Math.min(1, state.published.ageMs / scale),
    next: next !== null && next <= 1 ? next : null,
  };
}
