import { defineMode } from '../mode.ts';
import type { Headline } from '../headline.ts';
import type { ParamValue } from '../params/table.ts';
import { presetValues } from '../preset-values.ts';
import {
  streamingCapacity,
  streamingConfig,
  STREAMING_RULES,
  type StreamingCapacity,
  type StreamingValues,
} from './config.ts';
import { streamingHeadline } from './headline.ts';
import { StreamingLive, type StreamingView } from './live.ts';
import { STREAMING_PARAMS } from './params.ts';
import type { StreamingReport } from './report.ts';
import { formatStreamingReport } from './report-text.ts';
import { StreamingSimulation } from './simulation.ts';

/** A streaming run as the CLI prints it: the engine's report, the values and the headline. */
export type StreamingModeReport = StreamingReport & {
  params: Readonly<Record<string, ParamValue>>;
  theory: StreamingCapacity;
  headline: Headline;
};

export function simulateStreaming(
  values: Readonly<Record<string, ParamValue>>,
  options: { series: boolean },
): StreamingModeReport {
  const config = streamingConfig(values as StreamingValues);
  const report = new StreamingSimulation(config, { series: options.series }).run();
  return {
    ...report,
    params: values,
    theory: streamingCapacity(config),
    headline: streamingHeadline(report, values),
  };
}

export const STREAMING_MODE = defineMode<StreamingModeReport, StreamingView>({
  id: 'streaming',
  title: { en: 'Streaming', es: 'Streaming' },
  summary: 'a consumer group scores a partitioned stream of events in micro-batches',
  params: STREAMING_PARAMS,
  rules: STREAMING_RULES,
  presetValues: (preset) => presetValues(preset, 'streaming', STREAMING_PARAMS),
  simulate: simulateStreaming,
  theory: (values) => streamingCapacity(streamingConfig(values as StreamingValues)),
  formatReport: formatStreamingReport,
  live: (values) => new StreamingLive(values),
});
