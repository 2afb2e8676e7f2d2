import { defineMode } from '../mode.ts';
import type { Headline } from '../headline.ts';
import type { ParamValue } from '../params/table.ts';
import { presetValues } from '../preset-values.ts';
import { onlineConfig, ONLINE_RULES, type OnlineValues } from './config.ts';
import { onlineHeadline } from './headline.ts';
import { OnlineLive, type OnlineView } from './live.ts';
import { ONLINE_PARAMS } from './params.ts';
import type { OnlineReport } from './report.ts';
import { formatOnlineReport } from './report-text.ts';
import { OnlineSimulation } from './simulation.ts';
import { onlineTheory, type OnlineTheory } from './theory.ts';

/** An online run as the CLI prints it: the engine's report, the values it ran with, theory, headline. */
export type OnlineModeReport = OnlineReport & {
  params: Readonly<Record<string, ParamValue>>;
  theory: OnlineTheory | null;
  headline: Headline;
};

export function simulateOnline(
  values: Readonly<Record<string, ParamValue>>,
  options: { series: boolean },
): OnlineModeReport {
  const config = onlineConfig(values as OnlineValues);
  const report = new OnlineSimulation(config, { series: options.series }).run();
  return {
    ...report,
    params: values,
    theory: onlineTheory(config),
    headline: onlineHeadline(report, values),
  };
}

export const ONLINE_MODE = defineMode<OnlineModeReport, OnlineView>({
  id: 'online',
  title: { en: 'Online (real time)', es: 'Online (en tiempo real)' },
  summary: 'client requests answered one by one by model replicas behind a queue',
  params: ONLINE_PARAMS,
  rules: ONLINE_RULES,
  presetValues: (preset) => presetValues(preset, 'online', ONLINE_PARAMS),
  simulate: simulateOnline,
  theory: (values) => onlineTheory(onlineConfig(values as OnlineValues)),
  formatReport: formatOnlineReport,
  live: (values) => new OnlineLive(values),
});
