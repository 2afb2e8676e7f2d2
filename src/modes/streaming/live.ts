import { refusedKeys, type LiveSession } from '../live-session.ts';
import type { Headline } from '../headline.ts';
import type { HistogramBucket } from '../live-view.ts';
import type { ParamValue } from '../param-table.ts';
import { streamingConfig, type StreamingValues } from './config.ts';
import { streamingHeadline } from './headline.ts';
import type { PartitionView, StreamingMachineStates, StreamingReport } from './report.ts';
import { StreamingSimulation } from './simulation.ts';

export interface StreamingView {
  report: StreamingReport;
  headline: Headline;
  group: StreamingMachineStates['consumerGroup'];
  partitions: PartitionView[];
  latencyBuckets: HistogramBucket[];
}

type Values = Readonly<Record<string, ParamValue>>;
const configOf = (values: Values) => streamingConfig(values as StreamingValues);

export class StreamingLive implements LiveSession<StreamingView> {
  private readonly sim: StreamingSimulation;

  constructor(private values: Values) {
    this.sim = new StreamingSimulation(configOf(values), { series: true });
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

  retune(values: Values): string[] {
    const refused = this.sim.retune(configOf(values));
    const keys = refusedKeys(this.values, values, configOf, refused);
    this.values = values;
    return keys;
  }

  view(): StreamingView {
    const report = this.sim.report();
    return {
      report,
      headline: streamingHeadline(report, this.values),
      group: this.sim.machineStates().consumerGroup,
      partitions: this.sim.partitionViews(),
      latencyBuckets: this.sim.latency.buckets(),
    };
  }
}
