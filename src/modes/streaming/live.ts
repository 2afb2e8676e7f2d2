import { TimedLive } from '../live-session.ts';
import type { Headline } from '../headline.ts';
import type { HistogramBucket } from '../live-view.ts';
import type { ParamValue } from '../params/table.ts';
import { streamingConfig, type StreamingConfig, type StreamingValues } from './config.ts';
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

export class StreamingLive extends TimedLive<StreamingConfig, StreamingView> {
  private readonly streaming: StreamingSimulation;

  constructor(values: Values) {
    const sim = new StreamingSimulation(configOf(values), { series: true });
    super(values, sim, configOf, () => sim.params.durationS * 1000);
    this.streaming = sim;
  }

  view(): StreamingView {
    const report = this.streaming.report();
    return {
      report,
      headline: streamingHeadline(report, this.values),
      group: this.streaming.machineStates().consumerGroup,
      partitions: this.streaming.partitionViews(),
      latencyBuckets: this.streaming.latency.buckets(),
    };
  }
}
