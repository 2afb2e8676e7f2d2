import { defineMode } from '../mode.ts';
import type { Headline } from '../headline.ts';
import type { ParamValue } from '../params/table.ts';
import { presetValues } from '../preset-values.ts';
import { batchConfig, BATCH_RULES, type BatchValues } from './config.ts';
import { batchHeadline } from './headline.ts';
import { BatchLive, type BatchView } from './live.ts';
import { BATCH_PARAMS } from './params.ts';
import type { BatchReport } from './report.ts';
import { formatBatchReport } from './report-text.ts';
import { BatchSimulation } from './simulation.ts';
import { batchTheory, type BatchTheory } from './theory.ts';

/** A batch run as the CLI prints it: the engine's report, the values, theory and headline. */
export type BatchModeReport = BatchReport & {
  params: Readonly<Record<string, ParamValue>>;
  theory: BatchTheory | null;
  headline: Headline;
};

export function simulateBatch(
  values: Readonly<Record<string, ParamValue>>,
  options: { series: boolean },
): BatchModeReport {
  const config = batchConfig(values as BatchValues);
  const { engine, series, ...rest } = new BatchSimulation(config, options).run();
  // Theory and headline go before the engine and the series, so the JSON reads simulation first.
  return {
    ...rest,
    params: values,
    theory: batchTheory(config),
    headline: batchHeadline({ ...rest, engine }, values),
    engine,
    ...(series === undefined ? {} : { series }),
  };
}

export const BATCH_MODE = defineMode<BatchModeReport, BatchView>({
  id: 'batch',
  title: { en: 'Batch', es: 'Batch' },
  summary: 'a scheduled job scores blocks of rows and stores the predictions for lookup',
  params: BATCH_PARAMS,
  rules: BATCH_RULES,
  presetValues: (preset) => presetValues(preset, 'batch', BATCH_PARAMS),
  simulate: simulateBatch,
  theory: (values) => batchTheory(batchConfig(values as BatchValues)),
  formatReport: formatBatchReport,
  live: (values) => new BatchLive(values),
});
