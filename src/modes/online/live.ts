import type { RecentEvent } from '../../sim/stats/recent-events.ts';
import type { ReplicaState } from '../../machines/replica.ts';
import { TimedLive } from '../live-session.ts';
import type { HistogramBucket } from '../live-view.ts';
import type { ParamValue } from '../params/table.ts';
import { onlineConfig, type OnlineConfig, type OnlineValues } from './config.ts';
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

export class OnlineLive extends TimedLive<OnlineConfig, OnlineView> {
  private readonly online: OnlineSimulation;
  private seenEvents = 0;

  constructor(values: Values) {
    const sim = new OnlineSimulation(configOf(values), {
      series: true,
      liveSeries: true,
      recentEvents: RECENT_EVENTS,
    });
    super(values, sim, configOf, () => (sim.params.durationS ?? 0) * 1000);
    this.online = sim;
  }

  view(): OnlineView {
    const machines = this.online.machineStates();
    const recent = this.online.recent.toArray(this.seenEvents);
    this.seenEvents = this.online.recent.total;
    const report = this.online.report();
    return {
      report,
      headline: onlineHeadline(report, this.values),
      theory: onlineTheory(this.online.params),
      replicas: machines.replicas,
      autoscalers: machines.autoscalers,
      rollout: machines.rollout,
      latencyBuckets: this.online.latency.buckets(),
      queued: this.online.queued,
      recent,
    };
  }
}
