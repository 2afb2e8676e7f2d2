import type { RecentEvent } from '../../sim/stats/recent-events.ts';
import type { ReplicaState } from '../../machines/replica.ts';
import { refusedKeys, type LiveSession } from '../live-session.ts';
import type { HistogramBucket } from '../live-view.ts';
import type { ParamValue } from '../param-table.ts';
import { onlineConfig, type OnlineValues } from './config.ts';
import { onlineHeadline } from './headline.ts';
import type { Headline } from '../headline.ts';
import type { OnlineReport } from './report.ts';
import { OnlineSimulation } from './simulation.ts';
import { onlineTheory, type OnlineTheory } from './theory.ts';

/** Events kept for the request-flow animation between two snapshots (about 1/30 s of play). */
const RECENT_EVENTS = 256;

export interface OnlineView {
  report: OnlineReport;
  headline: Headline;
  /** The formula's prediction for these parameters, where one applies (Erlang C, P-K...). */
  theory: OnlineTheory | null;
  /** Every replica that exists, with its statechart's state. */
  replicas: Array<{ slot: number; uid: number; version: number; state: ReplicaState }>;
  /** Each autoscaler's state ('stable' | 'panic'), null for a version without one. */
  autoscalers: Array<string | null>;
  rollout: string | null;
  latencyBuckets: HistogramBucket[];
  /** Requests waiting at the snapshot's moment (the series only has bucket averages). */
  queued: number;
  /** Events since the previous snapshot (bounded), for the request-flow animation. */
  recent: RecentEvent[];
}

type Values = Readonly<Record<string, ParamValue>>;
const configOf = (values: Values) => onlineConfig(values as OnlineValues);

export class OnlineLive implements LiveSession<OnlineView> {
  private readonly sim: OnlineSimulation;
  private seenEvents = 0;

  constructor(private values: Values) {
    this.sim = new OnlineSimulation(configOf(values), {
      series: true,
      liveSeries: true,
      recentEvents: RECENT_EVENTS,
    });
  }

  get nowMs(): number {
    return this.sim.kernel.now;
  }

  get endMs(): number {
    return (this.sim.params.durationS ?? 0) * 1000;
  }

  get finished(): boolean {
    return this.nowMs >= this.endMs;
  }

  advance(untilMs: number): void {
    this.sim.advance(Math.min(untilMs, this.endMs));
  }

  stepEvent(): boolean {
    return !this.finished && this.sim.kernel.step();
  }

  finish(): void {
    this.advance(this.endMs);
  }

  retune(values: Values): string[] {
    const refused = this.sim.retune(configOf(values));
    const keys = refusedKeys(this.values, values, configOf, refused);
    this.values = values;
    return keys;
  }

  view(): OnlineView {
    const machines = this.sim.machineStates();
    const recent = this.sim.recent.toArray(this.seenEvents);
    this.seenEvents = this.sim.recent.total;
    const report = this.sim.report();
    return {
      report,
      headline: onlineHeadline(report, this.values),
      theory: onlineTheory(this.sim.params),
      replicas: machines.replicas,
      autoscalers: machines.autoscalers,
      rollout: machines.rollout,
      latencyBuckets: this.sim.latency.buckets(),
      queued: this.sim.queued,
      recent,
    };
  }
}
