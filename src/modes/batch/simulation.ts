import { createActor, type Actor } from 'xstate';
import { createDistribution } from '../../sim/distributions.ts';
import { quantileOverAll } from '../../sim/stats/histogram.ts';
import { batchSchedulerMachine } from '../../machines/batch-scheduler.ts';
import { BATCH_DEFAULTS, type BatchConfig } from './config.ts';
import { BatchSeries } from './series.ts';
import { retuneFields } from '../retune.ts';
import { PredictionLookups } from './lookups.ts';
import { BatchRuns, RETRY, SETUP_DONE, WORK_CHECK } from './runs.ts';
import type { BatchMachineStates, BatchReport } from './report.ts';
import type { BatchRunRecord } from './run-log.ts';

export type { BatchReport, BatchMachineStates } from './report.ts';
export { BATCH_SERIES } from './series.ts';

/** Event kinds of the schedule on the calendar (the runs' own are in runs.ts). */
const TICK = 0;
const QUERY = 1;
const PAUSE = 5;

/** Every parameter, in the order `retune` reports the ones it could not apply. */
const BATCH_FIELDS = Object.keys(BATCH_DEFAULTS) as Array<keyof BatchConfig>;
/** Fields only a new run can change: the schedule's end, the random streams and the event stream. */
const FIXED_FIELDS: ReadonlyArray<keyof BatchConfig> = ['durationS', 'seed', 'arrivalRatePerS'];

export interface BatchOptions {
  /** Record down-sampled time series (BATCH_SERIES) for charts. */
  series?: boolean;
  /**
   * Start the series' buckets fine (1 s) and let them widen as the run goes, for a live view;
   * otherwise they are sized once for the whole schedule.
   */
  liveSeries?: boolean;
}

/** A live series starts with buckets of about a second: 512 of them span the first 8.5 minutes. */
const LIVE_SERIES_START_MS = 512 * 1000;

/**
 * Batch deployment: a schedule ticks every interval; the scheduler statechart decides by the
 * overlap policy whether each tick starts, skips or queues a run; each run is a statechart actor
 * that scores its rows on a shared cluster (fluid processor sharing), retries on failure and
 * publishes to the prediction store; clients look predictions up at random times.
 *
 * The statecharts decide, this class carries out their commands: it owns the clock, the random
 * numbers and the statistics. Only active runs exist as actors (a finished run is stopped and
 * forgotten; queued intervals are a count), so memory stays bounded however long the schedule.
 * At the end of the duration the schedule pauses and the runs still going are allowed to finish,
 * so every started run ends as completed or failed.
 */
export class BatchSimulation extends BatchRuns {
  /** Clients reading the stored predictions: their staleness and latency. */
  readonly lookups: PredictionLookups;
  protected readonly scheduler: Actor<typeof batchSchedulerMachine>;
  private readonly durationMs: number;
  private intervalMs: number;
  /**
   * Tick k falls at tickBaseMs + (k - tickBaseIndex) x interval: 0 and 0 until the interval is
   * changed, which restarts the arithmetic progression at the next tick.
   */
  private tickBaseMs = 0;
  private tickBaseIndex = 0;
  private lastTickMs = 0;
  /** The pending tick on the calendar (its handle), or 0. */
  private tickHandle = 0;
  /**
   * Worker count x cluster-up time of the spans before the latest change of `workers`, and the
   * cluster-up time of those spans: the cost when the worker count has not always been today's.
   */
  private paidBefore = 0;
  private upBefore = 0;
  private readonly series: BatchSeries | null;
  private nextTick = 0;

  constructor(params: BatchConfig, options: BatchOptions = {}) {
    super(params);
    const p = params;
    this.durationMs = p.durationS * 1000;
    this.intervalMs = p.intervalS * 1000;
    this.series = options.series
      ? new BatchSeries(options.liveSeries ? LIVE_SERIES_START_MS : this.durationMs)
      : null;
    this.scheduler = createActor(batchSchedulerMachine, { input: { policy: p.overlapPolicy } });
    this.scheduler.on('*', this.listen);
    this.scheduler.start();
    this.kernel.setHandler((kind, payload, now) => this.handle(kind, payload, now));
    this.kernel.schedule(0, TICK);
    this.kernel.schedule(this.durationMs, PAUSE);
    this.lookups = new PredictionLookups(
      this.kernel,
      QUERY,
      this.durationMs,
      p.seed,
      p.queryRatePerS,
      p.lookup,
    );
  }

  /** Runs the schedule to its end and lets the last runs finish. */
  run(): BatchReport {
    this.kernel.runUntil(Number.POSITIVE_INFINITY);
    return this.report();
  }

  /** Advances simulated time to `untilMs` (for a paced UI). */
  advance(untilMs: number): void {
    this.kernel.runUntil(untilMs);
  }

  /**
   * Applies, from the current simulated time, every field of `next` (already validated) that
   * differs from the params in force and can change mid-run; returns the names of the differing
   * fields that cannot (`durationS`, `seed`; `overlapPolicy` while intervals are queued), in
   * BATCH_FIELDS order. From now: the workers sharing the cluster, the interval (the next tick
   * comes one new interval after the last, or now if that is past), the overlap policy (future
   * ticks), the query rate; for runs started from now: rows, row cost, retries and their delay;
   * for attempts from now: set-up time and failure probability; and lookup latency and price.
   */
  retune(next: BatchConfig): string[] {
    return retuneFields(
      this.current,
      next,
      BATCH_FIELDS,
      (field) => this.canRetune(field, next),
      (params, field) => {
        const previous = this.current;
        this.current = params;
        this.applyRetune(field, previous);
      },
    );
  }

  /** The newest runs, at most `limit` (and at most 1024), oldest first: for a Gantt chart. */
  runLog(limit = 200): BatchRunRecord[] {
    return this.log.recent(limit);
  }

  /** The statecharts' current states, as plain JSON for a UI snapshot. */
  machineStates(): BatchMachineStates {
    const scheduler = this.scheduler.getSnapshot();
    return {
      scheduler: String(scheduler.value),
      backlog: scheduler.context.backlog,
      runs: [...this.runs.entries()].map(([runId, run]) => {
        const snapshot = run.actor.getSnapshot();
        return { runId, state: String(snapshot.value), attempt: snapshot.context.attempts };
      }),
    };
  }

  report(): BatchReport {
    const p = this.params;
    const now = this.kernel.now;
    const s = this.scheduler.getSnapshot().context;
    const report: BatchReport = {
      mode: 'batch',
      seed: p.seed,
      batch: {
        runsScheduled: s.scheduled,
        runsStarted: s.started,
        runsCompleted: this.completed,
        runsFailed: this.failed,
        runsSkipped: s.skipped,
        runsQueuedAtEnd: s.backlog,
        runsActiveAtEnd: s.activeRuns,
        retries: this.retries,
        maxConcurrentRuns: this.runsActive.peak,
        meanRunMs: this.runDuration.mean,
      },
      stalenessMs: {
        mean: this.lookups.staleness.mean,
        max: this.lookups.staleness.count > 0 ? this.lookups.staleness.max : Number.NaN,
      },
      eventToPredictionMs: this.events.ages.summary(),
      overAll: {
        unserved: this.events.unpredicted,
        p99Ms: quantileOverAll(this.events.ages, 0.99, this.events.unpredicted),
      },
      rowsPublished: this.rowsPublished,
      queries: { served: this.lookups.served, missed: this.lookups.missed },
      latencyMs: this.lookups.latency.summary(),
      utilization: this.scoring.average(now),
      clusterUpShare: this.clusterUp.average(now),
      throughputPerS: now > 0 ? (this.rowsPublished / now) * 1000 : 0,
      // The ephemeral job cluster is paid while it is up: workers x share of time x price.
      costPerHour:
        (p.workers * this.clusterUp.average(now) + this.costCorrection(now)) * p.pricePerHour,
      workerHours:
        ((p.workers * this.clusterUp.average(now) + this.costCorrection(now)) * now) / 3_600_000,
      simulatedMs: now,
      engine: { events: this.kernel.events },
    };
    if (this.series !== null) report.series = this.series.finish(now);
    return report;
  }

  private handle(kind: number, payload: number, now: number): void {
    if (kind === WORK_CHECK) this.checkFired();
    // Runs that finish at this instant publish before a tick or a query at the same instant
    // sees the cluster: a run that ends exactly when the next is due does not overlap it.
    if (this.cluster.jobs > 0) this.completeDue(now);
    switch (kind) {
      case TICK:
        this.lastTickMs = now;
        this.send(this.scheduler, { type: 'TICK', nowMs: now });
        this.scheduleTick(++this.nextTick);
        break;
      case QUERY:
        this.lookups.onLookup(now, this.published ? this.dataAsOfMs : null);
        break;
      case SETUP_DONE:
        this.beginScoring(payload, now);
        break;
      case RETRY:
        this.sendRun(payload, { type: 'RETRY', nowMs: now });
        break;
      case PAUSE:
        this.send(this.scheduler, { type: 'PAUSE', nowMs: now });
        break;
      case WORK_CHECK:
        break; // completions were handled above
    }
    this.scheduleCompletionCheck();
    this.series?.record(
      now,
      this.runsActive.value,
      this.scoring.value,
      this.published ? this.dataAsOfMs : Number.NaN,
      this.scheduler.getSnapshot().context.backlog,
    );
  }

  /** Puts tick k on the calendar if it falls before the end of the schedule. */
  private scheduleTick(k: number): void {
    const at = this.tickBaseMs + (k - this.tickBaseIndex) * this.intervalMs;
    if (at < this.durationMs) this.tickHandle = this.kernel.schedule(at, TICK);
  }

  // ---- Mid-run changes (retune) ----

  private canRetune(field: keyof BatchConfig, next: BatchConfig): boolean {
    if (FIXED_FIELDS.includes(field)) return false;
    if (field !== 'overlapPolicy') return true;
    const change = {
      type: 'SET_POLICY' as const,
      policy: next.overlapPolicy,
      nowMs: this.kernel.now,
    };
    return this.scheduler.getSnapshot().can(change);
  }

  /** Carries a change out; `this.current` already holds the new value. */
  private applyRetune(field: keyof BatchConfig, previous: BatchConfig): void {
    const p = this.current;
    const now = this.kernel.now;
    switch (field) {
      case 'workers':
        return this.retuneWorkers(previous.workers, now);
      case 'intervalS':
        return this.retuneInterval(now);
      case 'overlapPolicy':
        return this.send(this.scheduler, {
          type: 'SET_POLICY',
          policy: p.overlapPolicy,
          nowMs: now,
        });
      case 'queryRatePerS':
        return this.lookups.setRate(this.current.queryRatePerS, now);
      case 'service':
        this.row = createDistribution(p.service);
        return;
      case 'lookup':
        return this.lookups.setLatency(p.lookup);
      default:
        // Read from the params when used: rows and retries by each new run, set-up time and
        // failure probability by each attempt, price by the report.
        return;
    }
  }

  /**
   * The cluster has the new worker count from now (processor sharing re-rates the running jobs);
   * the cost keeps the old count for the time before.
   */
  private retuneWorkers(previousWorkers: number, now: number): void {
    const up = this.clusterUp.integral(now);
    this.paidBefore += previousWorkers * (up - this.upBefore);
    this.upBefore = up;
    this.cluster.setCapacity(now, this.current.workers);
    this.scheduleCompletionCheck();
  }

  /**
   * What `workers x clusterUp average` misses when the worker count has changed: the spans before
   * the latest change paid at their own count. Exactly 0 when it never changed.
   */
  private costCorrection(now: number): number {
    if (this.upBefore === 0) return 0;
    return (this.paidBefore - this.current.workers * this.upBefore) / now;
  }

  /** The next tick comes one new interval after the last one, or now if that is already past. */
  private retuneInterval(now: number): void {
    this.intervalMs = this.current.intervalS * 1000;
    // Before the first tick (at 0) the whole progression simply takes the new interval.
    if (this.nextTick === 0) return;
    this.kernel.cancel(this.tickHandle);
    this.tickBaseIndex = this.nextTick;
    this.tickBaseMs = Math.max(now, this.lastTickMs + this.intervalMs);
    this.scheduleTick(this.nextTick);
  }
}
