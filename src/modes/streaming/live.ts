import { StreamingSimulation } from './simulation.ts';
import { streamingFlagOf } from '../../cli/streaming-command.ts';
import { paramsFor } from '../../lab/lab-params.ts';
import type { EngineFlags } from '../../lab/lab-state.ts';
import type { StreamingView } from '../../lab/snapshot.ts';
import type { ModeEngine } from '../live-session.ts';

export class StreamingEngine implements ModeEngine<StreamingView> {
  private readonly sim: StreamingSimulation;

  constructor(flags: EngineFlags) {
    this.sim = new StreamingSimulation(paramsFor('streaming', flags), { series: true });
  }

  get nowMs(): number {
    return this.sim.kernel.now;
  }

  get endMs(): number {
    return this.sim.params.durationS * 1000;
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
    return this.sim
      .retune(paramsFor('streaming', flags))
      .map((field) => streamingFlagOf(field) ?? field);
  }

  view(): StreamingView {
    return {
      report: this.sim.report(),
      group: this.sim.machineStates().consumerGroup,
      partitions: this.sim.partitionViews(),
      latencyBuckets: this.sim.latency.buckets(),
    };
  }
}
