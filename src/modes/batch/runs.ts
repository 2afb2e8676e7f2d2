import { createActor, type Actor } from 'xstate';
import { Kernel } from '../../sim/kernel.ts';
import { Rng } from '../../sim/rng.ts';
import { createDistribution, type Distribution } from '../../sim/distributions.ts';
import { LogHistogram } from '../../sim/stats/histogram.ts';
import { TimeWeighted } from '../../sim/stats/time-weighted.ts';
import type {
  batchSchedulerMachine,
  BatchSchedulerCommand,
} from '../../machines/batch-scheduler.ts';
import {
  batchRunMachine,
  type BatchRunCommand,
  type BatchRunEvent,
} from '../../machines/batch-run.ts';
import { retryDelayMs, type BatchConfig } from './config.ts';
import { EventAges } from './event-ages.ts';
import { BatchRunLog } from './run-log.ts';
import { ProcessorSharing } from './sharing.ts';

/** Event kinds on the calendar: the runs' own, then the schedule's (simulation.ts). */
export const SETUP_DONE = 2;
export const WORK_CHECK = 3;
export const RETRY = 4;

type Command = BatchSchedulerCommand | BatchRunCommand;

interface ActiveRun {
  actor: Actor<typeof batchRunMachine>;
  /** Worker-ms one attempt needs: its rows, sampled once (a retry scores the same rows). */
  work: number;
  /** Rows it publishes: the events it read at its start (or the fixed count in force then). */
  rows: number;
  /** Its data interval (fromMs, cutoffMs]: the events in it are its rows. */
  fromMs: number;
  cutoffMs: number;
}

/**
 * The runs of a batch schedule: each a statechart actor that reads the events since the last
 * cut-off, scores them on the shared cluster (fluid processor sharing) in model calls, retries on
 * failure and publishes to the prediction store. The schedule that starts them is the subclass's
 * (simulation.ts). The statecharts decide; this class carries out their commands, owns the random
 * numbers and counts what happened. Only active runs exist as actors, so memory stays bounded.
 */
export abstract class BatchRuns {
  readonly kernel = new Kernel();
  readonly runDuration = new LogHistogram();
  /** From each event to the publication that makes its prediction usable. */
  readonly events: EventAges;
  /** Runs started and not finished (retry waits included). */
  readonly runsActive = new TimeWeighted();
  /** 1 while an attempt executes (set-up or scoring): the ephemeral cluster is up and paid. */
  readonly clusterUp = new TimeWeighted();
  /** 1 while rows are being scored: processor sharing keeps every worker busy then. */
  readonly scoring = new TimeWeighted();

  /** The parameters in force: the constructor's, with every change `retune` applied. */
  protected current: BatchConfig;
  protected abstract readonly scheduler: ReturnType<
    typeof createActor<typeof batchSchedulerMachine>
  >;
  protected readonly runs = new Map<number, ActiveRun>();
  protected readonly log = new BatchRunLog();
  protected readonly cluster: ProcessorSharing;
  protected row: Distribution;
  private readonly rowRng: Rng;
  private readonly failureRng: Rng;
  private readonly commands: Command[] = [];
  protected readonly listen = (command: Command): void => void this.commands.push(command);
  private draining = false;
  private executing = 0;
  /** The pending completion check on the calendar (its handle) and its time. */
  private checkHandle = 0;
  private checkAtMs = Number.NaN;
  protected published = false;
  /** Start of the attempt whose predictions the store serves: the time its data was read. */
  protected dataAsOfMs = 0;
  protected rowsPublished = 0;
  protected completed = 0;
  protected failed = 0;
  protected retries = 0;

  constructor(params: BatchConfig) {
    const p = params;
    this.current = params;
    this.cluster = new ProcessorSharing(p.workers);
    this.row = createDistribution(p.service);
    this.rowRng = Rng.stream(p.seed, 'rows');
    this.failureRng = Rng.stream(p.seed, 'failures');
    // The same stream name as online's requests: with the same seed and rate, the same events.
    this.events = EventAges.poisson(
      p.arrivalRatePerS,
      Rng.stream(p.seed, 'arrivals'),
      Rng.stream(p.seed, 'arrivals-before'),
      p.intervalS * 1000,
      () => this.current.rows,
    );
  }

  /** The parameters in force (the constructor's, with the changes `retune` applied). */
  get params(): BatchConfig {
    return this.current;
  }

  /** A completion check fired: it is no longer pending. */
  protected checkFired(): void {
    this.checkHandle = 0;
  }

  /** Sends an event and carries out the commands it produces, and theirs, in order. */
  protected send<E>(actor: { send(event: E): void }, event: E): void {
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

  protected sendRun(runId: number, event: BatchRunEvent): void {
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
    const { rows, fromMs } = this.events.cutoff(now);
    this.log.rowsRead(runId, rows);
    this.runs.set(runId, { actor, work: this.sampleWork(rows), rows, fromMs, cutoffMs: now });
    this.runsActive.add(now, 1);
    this.send(actor, { type: 'START', nowMs: now });
  }

  /** A skipped interval still gets its run, which ends at once in `skipped`. */
  private skipRun(runId: number, now: number): void {
    const actor = this.newRunActor(runId);
    this.send(actor, { type: 'SKIP', nowMs: now });
    actor.stop();
  }

  /**
   * Worker-ms to score `rows` rows in model calls of `batchSize`: t(b) = a + c b per call, so a
   * call's fixed cost a is paid once per `batchSize` rows (REFERENCE.md: a per-batch overhead plus
   * a per-item cost). The per-row part is a sum of row costs, or a product when all are alike.
   */
  private sampleWork(rows: number): number {
    const { service, batchSize, batchOverheadMs } = this.params;
    const calls = Math.ceil(rows / batchSize);
    if (service.kind === 'deterministic') return rows * service.mean + calls * batchOverheadMs;
    let sum = calls * batchOverheadMs;
    for (let i = 0; i < rows; i++) sum += this.row.sample(this.rowRng);
    return sum;
  }

  private startAttempt(runId: number, now: number): void {
    if (this.executing++ === 0) this.clusterUp.set(now, 1);
    if (this.params.setupMs > 0) this.kernel.schedule(now + this.params.setupMs, SETUP_DONE, runId);
    else this.beginScoring(runId, now);
  }

  protected beginScoring(runId: number, now: number): void {
    const run = this.runs.get(runId) as ActiveRun;
    this.cluster.add(now, runId, run.work);
    this.scoring.set(now, 1);
  }

  /** Ends every attempt whose rows are all scored by `now`; each may fail and retry. */
  protected completeDue(now: number): void {
    const p = this.params;
    for (let runId = this.cluster.popDone(now); runId >= 0; runId = this.cluster.popDone(now)) {
      if (--this.executing === 0) this.clusterUp.set(now, 0);
      if (this.cluster.jobs === 0) this.scoring.set(now, 0);
      const failed = p.failureProb > 0 && this.failureRng.uniform() < p.failureProb;
      this.sendRun(runId, { type: 'ATTEMPT_DONE', nowMs: now, failed });
    }
  }

  /**
   * Keeps one calendar entry at the next completion time: a start or an end moves it, so the
   * entry it supersedes is cancelled.
   */
  protected scheduleCompletionCheck(): void {
    const next = this.cluster.nextCompletionMs();
    if (this.checkHandle !== 0 && next === this.checkAtMs) return;
    this.kernel.cancel(this.checkHandle);
    this.checkHandle = 0;
    this.checkAtMs = next;
    if (next !== Number.POSITIVE_INFINITY)
      this.checkHandle = this.kernel.schedule(next, WORK_CHECK);
  }

  /**
   * The store keeps the newest data: with overlapping runs an older run can finish after a newer
   * one, and lookups read the newest partition, so it does not roll predictions back.
   */
  private publish(runId: number, dataAsOfMs: number, now: number): void {
    if (!this.published || dataAsOfMs > this.dataAsOfMs) this.dataAsOfMs = dataAsOfMs;
    this.published = true;
    const run = this.runs.get(runId) as ActiveRun;
    this.rowsPublished += run.rows;
    this.events.publish(run.fromMs, run.cutoffMs, now);
    this.sendRun(runId, { type: 'PUBLISHED', nowMs: now });
  }

  private endRun(runId: number, succeeded: boolean, startedAtMs: number, endedAtMs: number): void {
    const run = this.runs.get(runId) as ActiveRun;
    run.actor.stop();
    this.runs.delete(runId);
    if (succeeded) this.completed++;
    else {
      this.failed++;
      this.events.drop(run.fromMs, run.cutoffMs);
    }
    this.runDuration.record(endedAtMs - startedAtMs);
    this.runsActive.add(endedAtMs, -1);
    this.send(this.scheduler, { type: 'RUN_FINISHED', runId, nowMs: endedAtMs });
  }
}
