import { OnlineSimulation } from './simulation.ts';
import { onlineTheory } from './theory.ts';
import type { OnlineParams } from './config.ts';
import { onlineFlagOf } from '../../cli/online-command.ts';
import { paramsFor } from '../../lab/lab-params.ts';
import type { EngineFlags } from '../../lab/lab-state.ts';
import type { OnlineView } from '../../lab/snapshot.ts';
import type { ModeEngine } from '../live-session.ts';

/** Events kept for the request-flow animation between two snapshots (about 1/30 s of play). */
const RECENT_EVENTS = 256;

export class OnlineEngine implements ModeEngine<OnlineView> {
  private readonly sim: OnlineSimulation;
  private seenEvents = 0;

  constructor(flags: EngineFlags) {
    this.sim = new OnlineSimulation(paramsFor('online', flags), {
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

  retune(flags: EngineFlags): string[] {
    const next: OnlineParams = paramsFor('online', flags);
    return this.sim.retune(next).map((field) => onlineFlagOf(field) ?? field);
  }

  view(): OnlineView {
    const machines = this.sim.machineStates();
    const recent = this.sim.recent.toArray(this.seenEvents);
    this.seenEvents = this.sim.recent.total;
    return {
      report: this.sim.report(),
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
