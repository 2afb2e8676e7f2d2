/**
 * The report fields a slide widget may draw (its `shows` list: dotted paths into a mode's
 * `--json` report, where `headline` is the metrics contract), and the kind of quantity each is,
 * which decides how it is written (a duration, money, a share, a count) and whether bars of it
 * can stand side by side. One list: the figure, its labels and the content test read it.
 */
export const WIDGET_FIELD_KINDS = {
  'headline.eventToPredictionMs.p50': 'duration',
  'headline.eventToPredictionMs.p99': 'duration',
  'headline.lookupMs.p50': 'duration',
  'headline.costPer1000Predictions': 'money',
  'headline.utilization': 'share',
  'latencyMs.p50': 'duration',
  'latencyMs.p99': 'duration',
  'stalenessMs.mean': 'duration',
  'stalenessMs.max': 'duration',
  'batch.meanRunMs': 'duration',
  'batch.maxConcurrentRuns': 'count',
  'batch.runsCompleted': 'count',
  'batch.runsSkipped': 'count',
  clusterUpShare: 'share',
  utilization: 'share',
  costPerHour: 'money',
  coldStarts: 'count',
  completedByVersion: 'counts',
  'counts.completed': 'count',
  'counts.rejected': 'count',
  'counts.timedOut': 'count',
  'replicas.max': 'count',
  'replicas.mean': 'number',
  'streaming.idleConsumers': 'count',
  'streaming.lag.max': 'count',
  'streaming.lag.final': 'count',
  'streaming.rebalances': 'count',
} as const;

export type WidgetField = keyof typeof WIDGET_FIELD_KINDS;
export type WidgetFieldKind = (typeof WIDGET_FIELD_KINDS)[WidgetField];

export function isWidgetField(path: string): path is WidgetField {
  return Object.hasOwn(WIDGET_FIELD_KINDS, path);
}

/** A dotted path's value in a report, or undefined where the path leads nowhere. */
export function readField(report: unknown, path: string): unknown {
  let value: unknown = report;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Fields of a time to a prediction: the figure draws the case's target beside them. */
export function isTimeToPrediction(field: WidgetField): boolean {
  return field.startsWith('headline.eventToPredictionMs') || field.startsWith('latencyMs');
}
