import { createActor, type Actor } from 'xstate';
import { LogHistogram } from '../../sim/stats/histogram.ts';
import {
  rolloutMachine,
  type AnalysisResult,
  type RolloutStrategy,
} from '../../machines/rollout.ts';
import type { RolloutConfig } from './config.ts';

/** What the rollout asks of the online simulation. */
export interface RolloutHost {
  /** Adds version 1 with no traffic yet. */
  startVersion(nowMs: number): void;
  /** Replicas a version has or is starting (draining ones excluded). */
  activeReplicas(version: number): number;
  readyReplicas(version: number): number;
  /** Starts or drains replicas until `replicas` are running or starting. */
  sizeVersion(version: number, replicas: number, nowMs: number): void;
  setWeights(weights: [number, number], nowMs: number): void;
  retire(version: number, nowMs: number): void;
  /** A fixed fleet's size, or null when an autoscaler sizes each version. */
  fixedServers(): number | null;
  /** Puts an analysis on the calendar; returns its handle. */
  scheduleAnalysis(atMs: number): void;
}

/** One analysis of a canary step, for the lab and `--json`. */
export interface RolloutStep {
  atMs: number;
  /** The new version's share of traffic during the interval analysed, percent. */
  percent: number;
  requests: number;
  errorRate: number;
  p99Ms: number;
  result: AnalysisResult;
}

export interface RolloutReport {
  strategy: RolloutStrategy;
  /** serving, preparing, analysing, drainingOld, promoted, rollingBack or rolledBack. */
  state: string;
  /** The new version's share of traffic now, percent. */
  percent: number;
  steps: RolloutStep[];
  /** When it took all traffic, or went back to the old version; null until then. */
  promotedAtMs: number | null;
  rolledBackAtMs: number | null;
}

/**
 * Runs a rollout statechart against the simulation: sizes each version for its share of traffic
 * (a fixed fleet of N splits into ceil(N x share) and ceil(N x (1 - share)) replicas, as Argo
 * Rollouts scales a canary without a traffic router; with autoscaling each version's own
 * autoscaler takes over, as Knative scales each revision), and runs each canary analysis over the
 * new version's answers in the interval: its error rate and its p99 latency.
 */
export class RolloutDriver {
  private readonly actor: Actor<typeof rolloutMachine>;
  private readonly window = new LogHistogram();
  private windowFailed = 0;
  private readySizeWanted = 0;
  readonly steps: RolloutStep[] = [];
  private promotedAtMs: number | null = null;
  private rolledBackAtMs: number | null = null;
  private percent = 0;
  /** Simulated time of the latest event given to the machine, for the outcome's timestamp. */
  private nowMs = 0;

  constructor(
    private readonly config: RolloutConfig,
    private readonly host: RolloutHost,
  ) {
    this.actor = createActor(rolloutMachine);
    this.actor.on('prepare', (e) => this.prepare(e.percent, e.nowMs));
    this.actor.on('setWeights', (e) => this.shift(e.weights, e.nowMs));
    this.actor.on('analyse', (e) => this.openWindow(e.nowMs));
    this.actor.on('retireVersion', (e) => this.host.retire(e.version, e.nowMs));
    // Events may be queued while the machine is busy (a version drained at once when retired),
    // so the outcome is read from each new snapshot, not right after a send.
    this.actor.subscribe((snapshot) => {
      if (snapshot.matches('promoted')) this.promotedAtMs ??= this.nowMs;
      if (snapshot.matches('rolledBack')) this.rolledBackAtMs ??= this.nowMs;
    });
    this.actor.start();
  }

  get state(): string {
    return String(this.actor.getSnapshot().value);
  }

  start(nowMs: number): void {
    this.nowMs = nowMs;
    const c = this.config;
    this.host.startVersion(nowMs);
    this.actor.send({
      type: 'START',
      strategy: c.strategy,
      stepPercent: c.canary.stepPercent,
      maxPercent: c.canary.maxPercent,
      threshold: c.canary.threshold,
      nowMs,
    });
  }

  rollback(nowMs: number): void {
    this.nowMs = nowMs;
    this.actor.send({ type: 'ROLLBACK', nowMs });
  }

  drained(version: number, nowMs: number): void {
    this.nowMs = nowMs;
    this.actor.send({ type: 'DRAINED', version, nowMs });
  }

  /** A replica of `version` became ready: traffic may move once the version's size is reached. */
  onReady(version: number, nowMs: number): void {
    if (version !== 1 || !this.actor.getSnapshot().matches('preparing')) return;
    this.nowMs = nowMs;
    if (this.host.readyReplicas(1) >= this.readySizeWanted)
      this.actor.send({ type: 'READY', nowMs });
  }

  /** A request of the new version was answered (in `latencyMs`, failed or not). */
  observe(latencyMs: number, failed: boolean): void {
    this.window.record(latencyMs);
    if (failed) this.windowFailed++;
  }

  /** The interval is over: judge it by the thresholds and tell the machine. */
  analyse(nowMs: number): void {
    if (!this.actor.getSnapshot().matches('analysing')) return;
    const c = this.config.canary;
    const requests = this.window.count;
    const errorRate = requests > 0 ? this.windowFailed / requests : 0;
    const p99Ms = requests > 0 ? this.window.quantile(0.99) : 0;
    const result: AnalysisResult =
      requests === 0
        ? 'inconclusive'
        : errorRate <= c.maxErrorRate && p99Ms <= c.maxP99Ms
          ? 'passed'
          : 'failed';
    this.steps.push({ atMs: nowMs, percent: this.percent, requests, errorRate, p99Ms, result });
    this.nowMs = nowMs;
    this.actor.send({ type: 'ANALYSIS', result, nowMs });
  }

  report(): RolloutReport {
    return {
      strategy: this.config.strategy,
      state: this.state,
      percent: this.percent,
      steps: [...this.steps],
      promotedAtMs: this.promotedAtMs,
      rolledBackAtMs: this.rolledBackAtMs,
    };
  }

  stop(): void {
    this.actor.stop();
  }

  /** Sizes the new version for `percent` of the traffic before any of it moves. */
  private prepare(percent: number, nowMs: number): void {
    const fixed = this.host.fixedServers();
    const base = fixed ?? Math.max(1, this.host.activeReplicas(0));
    this.readySizeWanted = Math.max(1, Math.ceil((base * percent) / 100));
    if (this.host.activeReplicas(1) < this.readySizeWanted)
      this.host.sizeVersion(1, this.readySizeWanted, nowMs);
    // Already big enough: traffic may move now (queued: the machine is entering `preparing`).
    if (this.host.readyReplicas(1) >= this.readySizeWanted)
      this.actor.send({ type: 'READY', nowMs });
  }

  /** Moves traffic; a fixed fleet's old version shrinks to what its share needs. */
  private shift(weights: [number, number], nowMs: number): void {
    this.percent = Math.round(weights[1] * 100);
    this.host.setWeights(weights, nowMs);
    const fixed = this.host.fixedServers();
    if (fixed !== null && weights[0] > 0 && weights[1] > 0)
      this.host.sizeVersion(0, Math.max(1, Math.ceil(fixed * weights[0])), nowMs);
  }

  private openWindow(nowMs: number): void {
    this.window.reset();
    this.windowFailed = 0;
    this.host.scheduleAnalysis(nowMs + this.config.canary.intervalMs);
  }
}
