import { createActor, type Actor } from 'xstate';
import { Kernel } from '../sim/kernel.ts';
import { Rng } from '../sim/rng.ts';
import { createDistribution, type Distribution } from '../sim/distributions.ts';
import { PoissonArrivals } from '../sim/arrivals.ts';
import { LogHistogram } from '../sim/stats/histogram.ts';
import { TimeWeighted } from '../sim/stats/time-weighted.ts';
import { batchSchedulerMachine, type BatchSchedulerCommand } from '../machines/batch-scheduler.ts';
import {
  batchRunMachine,
  type BatchRunCommand,
  type BatchRunEvent,
} from '../machines/batch-run.ts';
import { BATCH_DEFAULTS, retryDelayMs, type BatchParams } from './batch-params.ts';
import { ProcessorSharing } from './batch-sharing.ts';
import { BatchSeries } from './batch-series.ts';
import { BatchRunLog } from './batch-run-log.ts';
import { retuneFields } from './retune.ts';
import type { BatchMachineStates, BatchReport } from './batch-report.ts';
import type { BatchRunRecord } from '../lab/snapshot.ts';

export type { BatchReport, BatchMachineStates } from './batch-report.ts';
export { BATCH_SERIES } from './batch-series.ts';

/** Event kinds on the calendar. */
const TICK = 0;
const QUERY = 1;
const SETUP_DONE = 2;
const WORK_CHECK = 3;
const RETRY = 4;
const PAUSE = 5;

type Command = BatchSchedulerCommand | BatchRunCommand;

/** Every parameter, in the order `retune` reports the ones it could not apply. */
const BATCH_FIELDS = Object.keys(BATCH_DEFAULTS) as Array<keyof BatchParams>;
/** Fields only a new run can change: the schedule's end and the random streams. */
const FIXED_FIELDS: ReadonlyArray<keyof BatchParams> = ['durationS', 'seed'];

interface ActiveRun {
  actor: Actor<typeof batchRunMachine>;
  /** Worker-ms one attempt needs: its rows, sampled once (a retry scores the same rows). */
  work: number;
  /** Rows it publishes: the count in force when it started. */
  rows: number;
}

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
export class BatchSimulation {
  readonly kernel = new Kernel();
  readonly staleness = new LogHistogram();
  readonly latency = new LogHistogram();
  readonly runDuration = new LogHistogram();
  /** Runs started and not finished (retry waits included). */
  readonly runsActive = new TimeWeighted();
  /** 1 while an attempt executes (set-up or scoring): the ephemeral cluster is up and paid. */
  readonly clusterUp = new TimeWeighted();
  /** 1 while rows are being scored: processor sharing keeps every worker busy then. */
  readonly scoring = new TimeWeighted();

  /** The parameters in force: the constructor's, with every change `retune` applied. */
  private current: BatchParams;
  private readonly scheduler: Actor<typeof batchSchedulerMachine>;
  private readonly runs = new Map<number, ActiveRun>();
  private readonly log = new BatchRunLog();
  private readonly cluster: ProcessorSharing;
  private row: Distribution;
  private lookup: Distribution;
  private readonly rowRng: Rng;
  private readonly lookupRng: Rng;
  private readonly failureRng: Rng;
  private readonly queryRng: Rng;
  private queries: PoissonArrivals | null;
  private readonly durationMs: number;
  private intervalMs: number;
  /**
   * Tick k falls at tickBaseMs + (k - tickBaseIndex) x interval: 0 and 0 until the interval is
   * changed, which restarts the arithmetic progression at the next tick.
   */
  private tickBaseMs = 0;
  private tickBaseIndex = 0;
  private lastTickMs = 0;
  /**
   * The calendar cannot cancel, so a tick or a query that a retune supersedes stays on it and is
   * recognised as stale by its payload, an epoch that `retune` bumps (0 in an untouched run).
   */
  private tickEpoch = 0;
  private queryEpoch = 0;
  /**
   * Worker count x cluster-up time of the spans before the latest change of `workers`, and the
   * cluster-up time of those spans: the cost when the worker count has not always been today's.
   */
  private paidBefore = 0;
  private upBefore = 0;
  private readonly series: BatchSeries | null;
  private readonly commands: Command[] = [];
  private readonly listen = (command: Command): void => void this.commands.push(command);
  private draining = false;
  private nextTick = 0;
  private executing = 0;
  private pendingCheckMs = Number.NaN;
  private published = false;
  /** Start of the attempt whose predictions the store serves: the time its data was read. */
  private dataAsOfMs = 0;
  private rowsPublished = 0;
  private served = 0;
  private missed = 0;
  private completed = 0;
  private failed = 0;
  private retries = 0;

  constructor(params: BatchParams, options: BatchOptions = {}) {
    const p = params;
    this.current = params;
    this.cluster = new ProcessorSharing(p.workers);
    this.row = createDistribution(p.service);
    this.lookup = createDistribution(p.lookup);
    this.rowRng = Rng.stream(p.seed, 'rows');
    this.lookupRng = Rng.stream(p.seed, 'lookups');
    this.failureRng = Rng.stream(p.seed, 'failures');
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
    this.queryRng = Rng.stream(p.seed, 'queries');
    this.queries = p.queryRatePerS > 0 ? new PoissonArrivals(p.queryRatePerS, this.queryRng) : null;
    if (this.queries !== null) this.scheduleQuery();
  }

  /** The parameters in force (the constructor's, with the changes `retune` applied). */
  get params(): BatchParams {
    return this.current;
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
  retune(next: BatchParams): string[] {
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
      params: p,
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
        mean: this.staleness.mean,
        max: this.staleness.count > 0 ? this.staleness.max : Number.NaN,
      },
      queries: { served: this.served, missed: this.missed },
      latencyMs: this.latency.summary(),
      utilization: this.scoring.average(now),
      clusterUpShare: this.clusterUp.average(now),
      throughputPerS: now > 0 ? (this.rowsPublished / now) * 1000 : 0,
      // The ephemeral job cluster is paid while it is up: workers x share of time x price.
      costPerHour:
        (p.workers * this.clusterUp.average(now) + this.costCorrection(now)) * p.pricePerHour,
      simulatedMs: now,
      engine: { events: this.kernel.events },
    };
    if (this.series !== null) report.series = this.series.finish(now);
    return report;
  }

  private handle(kind: number, payload: number, now: number): void {
    if (
      (kind === TICK && payload !== this.tickEpoch) ||
      (kind === QUERY && payload !== this.queryEpoch)
    )
      return; // superseded by a retune
    if (kind === WORK_CHECK && now === this.pendingCheckMs) this.pendingCheckMs = Number.NaN;
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
        this.onQuery(now);
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
    if (at < this.durationMs) this.kernel.schedule(at, TICK, this.tickEpoch);
  }

  // ---- Mid-run changes (retune) ----

  private canRetune(field: keyof BatchParams, next: BatchParams): boolean {
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
  private applyRetune(field: keyof BatchParams, previous: BatchParams): void {
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
        return this.retuneQueries(now);
      case 'service':
        this.row = createDistribution(p.service);
        return;
      case 'lookup':
        this.lookup = createDistribution(p.lookup);
        return;
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
    this.tickEpoch++;
    this.tickBaseIndex = this.nextTick;
    this.tickBaseMs = Math.max(now, this.lastTickMs + this.intervalMs);
    this.scheduleTick(this.nextTick);
  }

  /** Lookups are Poisson, so memoryless: the pending one is dropped and the next drawn from now. */
  private retuneQueries(now: number): void {
    this.queryEpoch++;
    const rate = this.current.queryRatePerS;
    this.queries = rate > 0 ? new PoissonArrivals(rate, this.queryRng, now) : null;
    if (this.queries !== null) this.scheduleQuery();
  }

  private onQuery(now: number): void {
    if (this.published) {
      this.served++;
      this.staleness.record(now - this.dataAsOfMs);
      this.latency.record(this.lookup.sample(this.lookupRng));
    } else {
      this.missed++;
    }
    this.scheduleQuery();
  }

  private scheduleQuery(): void {
    const at = (this.queries as PoissonArrivals).next();
    if (at < this.durationMs) this.kernel.schedule(at, QUERY, this.queryEpoch);
  }

  /** Sends an event and carries out the commands it produces, and theirs, in order. */
  private send<E>(actor: { send(event: E): void }, event: E): void {
    actor.send(event);
    if (this.draining) return; // the outer send's loop picks the new commands up
    this.draining = true;
    try {
      for (let i = 0; i < this.commands.length; i++) this.execute(this.commands[i]);
    } finally {
      this.commands.length = 0;
      this.draining = false;
    }
  }

  private sendRun(runId: number, event: BatchRunEvent): void {
    const run = this.runs.get(runId);
    if (run !== undefined) this.send(run.actor, event);
  }

  private execute(c: Command): void {
    switch (c.type) {
      case 'startRun':
        if (c.fromBacklog) this.log.started(c.runId, c.nowMs);
        else this.log.scheduled(c.runId, c.nowMs, 'running');
        return this.startRun(c.runId, c.nowMs);
      case 'skipRun':
        this.log.scheduled(c.runId, c.nowMs, 'skipped');
        return this.skipRun(c.runId, c.nowMs);
      case 'enqueueRun':
        // The backlog is the scheduler's count; the log keeps the run for the chart.
        return this.log.scheduled(c.runId, c.nowMs, 'queued');
      case 'startAttempt':
        this.log.attempt(c.runId, c.attempt);
        return this.startAttempt(c.runId, c.nowMs);
      case 'scheduleRetry':
        this.retries++;
        this.kernel.schedule(c.retryAtMs, RETRY, c.runId);
        return;
      case 'publish':
        return this.publish(c.runId, c.dataAsOfMs, c.nowMs);
      case 'runEnded':
        this.log.ended(c.runId, c.outcome, c.endedAtMs, c.attempts);
        return this.endRun(c.runId, c.outcome === 'succeeded', c.startedAtMs, c.endedAtMs);
    }
  }

  private newRunActor(runId: number): Actor<typeof batchRunMachine> {
    const p = this.params;
    const actor = createActor(batchRunMachine, {
      input: { runId, retries: p.retries, retryDelayMs: retryDelayMs(p) },
    });
    actor.on('*', this.listen);
    return actor.start();
  }

  private startRun(runId: number, now: number): void {
    const actor = this.newRunActor(runId);
    this.runs.set(runId, { actor, work: this.sampleWork(), rows: this.params.rows });
    this.runsActive.add(now, 1);
    this.send(actor, { type: 'START', nowMs: now });
  }

  /** A skipped interval still gets its run, which ends at once in `skipped`. */
  private skipRun(runId: number, now: number): void {
    const actor = this.newRunActor(runId);
    this.send(actor, { type: 'SKIP', nowMs: now });
    actor.stop();
  }

  /** Worker-ms to score `rows` rows: a sum of row costs, or a product when they are all alike. */
  private sampleWork(): number {
    const { rows, service } = this.params;
    if (service.kind === 'deterministic') return rows * service.mean;
    let sum = 0;
    for (let i = 0; i < rows; i++) sum += this.row.sample(this.rowRng);
    return sum;
  }

  private startAttempt(runId: number, now: number): void {
    if (this.executing++ === 0) this.clusterUp.set(now, 1);
    if (this.params.setupMs > 0) this.kernel.schedule(now + this.params.setupMs, SETUP_DONE, runId);
    else this.beginScoring(runId, now);
  }

  private beginScoring(runId: number, now: number): void {
    const run = this.runs.get(runId) as ActiveRun;
    this.cluster.add(now, runId, run.work);
    this.scoring.set(now, 1);
  }

  /** Ends every attempt whose rows are all scored by `now`; each may fail and retry. */
  private completeDue(now: number): void {
    const p = this.params;
    for (let runId = this.cluster.popDone(now); runId >= 0; runId = this.cluster.popDone(now)) {
      if (--this.executing === 0) this.clusterUp.set(now, 0);
      if (this.cluster.jobs === 0) this.scoring.set(now, 0);
      const failed = p.failureProb > 0 && this.failureRng.uniform() < p.failureProb;
      this.sendRun(runId, { type: 'ATTEMPT_DONE', nowMs: now, failed });
    }
  }

  /**
   * Keeps one calendar entry at the next completion time. The calendar cannot cancel, so an entry
   * superseded by a start or an end stays and finds nothing to do (`handle` checks every event).
   */
  private scheduleCompletionCheck(): void {
    const next = this.cluster.nextCompletionMs();
    if (next !== this.pendingCheckMs && next !== Number.POSITIVE_INFINITY) {
      this.kernel.schedule(next, WORK_CHECK);
    }
    this.pendingCheckMs = next;
  }

  /**
   * The store keeps the newest data: with overlapping runs an older run can finish after a newer
   * one, and lookups read the newest partition, so it does not roll predictions back.
   */
  private publish(runId: number, dataAsOfMs: number, now: number): void {
    if (!this.published || dataAsOfMs > this.dataAsOfMs) this.dataAsOfMs = dataAsOfMs;
    this.published = true;
    this.rowsPublished += (this.runs.get(runId) as ActiveRun).rows;
    this.sendRun(runId, { type: 'PUBLISHED', nowMs: now });
  }

  private endRun(runId: number, succeeded: boolean, startedAtMs: number, endedAtMs: number): void {
    const run = this.runs.get(runId) as ActiveRun;
    run.actor.stop();
    this.runs.delete(runId);
    if (succeeded) this.completed++;
    else this.failed++;
    this.runDuration.record(endedAtMs - startedAtMs);
    this.runsActive.add(endedAtMs, -1);
    this.send(this.scheduler, { type: 'RUN_FINISHED', runId, nowMs: endedAtMs });
  }
}
