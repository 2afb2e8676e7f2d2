import type { WidgetSpec } from '../../lessons/widget-spec.ts';
import {
  isTimeToPrediction,
  isWidgetField,
  readField,
  WIDGET_FIELD_KINDS,
  type WidgetField,
} from '../../lessons/widget-fields.ts';
import type { DeploymentMode } from '../../modes/mode-names.ts';

/**
 * What a slide widget draws: only the report fields its `shows` list names (TEACHING.md, "one
 * widget, one idea"), as bars where bars compare like with like, and as plain values elsewhere.
 * - A field that several modes show: one bar per mode, on one scale (the metrics contract makes
 *   them comparable: the same quantity for every mode).
 * - Durations that one mode shows: one bar per field, on one scale (p50 beside p99).
 * - Anything else: its value, written out.
 * Times to a prediction are drawn with the case's target on the same scale. A scale spanning more
 * than SPAN_FOR_LOG (milliseconds beside hours) is logarithmic, and says so.
 */
export const SPAN_FOR_LOG = 50;

export interface FigureRow {
  /** A mode (several modes' bars) or a field (one mode's durations). */
  key: string;
  value: number | null;
}

export type FigurePanel =
  | {
      kind: 'bars';
      /** The field every row shows, or null when the rows are fields of one mode. */
      field: WidgetField | null;
      mode: DeploymentMode | null;
      rows: FigureRow[];
      log: boolean;
      /** The case's target, where the rows are times to a prediction. */
      targetMs: number | null;
      /** The scale's end, when it is fixed: 1 for shares (a bar is its share of the whole). */
      fullScale: number | null;
    }
  | { kind: 'value'; field: WidgetField; mode: DeploymentMode; value: unknown };

export type ShownReports = Partial<Record<DeploymentMode, unknown>>;

const numberOrNull = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** The panels for a widget's runs as they stand (`reports[mode]` is `{...report, headline}`). */
export function widgetFigure(
  spec: WidgetSpec,
  reports: ShownReports,
  targetMs: number | null,
): FigurePanel[] {
  const panels: FigurePanel[] = [];
  const byField = new Map<WidgetField, DeploymentMode[]>();
  for (const mode of spec.modes)
    for (const path of spec.shows[mode] ?? [])
      if (isWidgetField(path)) byField.set(path, [...(byField.get(path) ?? []), mode]);

  const singleDurations = new Map<DeploymentMode, WidgetField[]>();
  for (const [field, modes] of byField) {
    const kind = WIDGET_FIELD_KINDS[field];
    if (modes.length > 1 && kind !== 'counts') {
      const rows = modes.map((mode) => ({
        key: mode,
        value: numberOrNull(readField(reports[mode], field)),
      }));
      panels.push(bars(field, null, rows, isTimeToPrediction(field) ? targetMs : null));
    } else if (kind === 'duration') {
      for (const mode of modes)
        singleDurations.set(mode, [...(singleDurations.get(mode) ?? []), field]);
    } else {
      for (const mode of modes)
        panels.push({ kind: 'value', field, mode, value: readField(reports[mode], field) });
    }
  }
  for (const [mode, fields] of singleDurations) {
    if (fields.length === 1) {
      panels.push({
        kind: 'value',
        field: fields[0],
        mode,
        value: readField(reports[mode], fields[0]),
      });
      continue;
    }
    const rows = fields.map((field) => ({
      key: field,
      value: numberOrNull(readField(reports[mode], field)),
    }));
    panels.push(bars(null, mode, rows, fields.some(isTimeToPrediction) ? targetMs : null));
  }
  return panels;
}

function bars(
  field: WidgetField | null,
  mode: DeploymentMode | null,
  rows: FigureRow[],
  targetMs: number | null,
): FigurePanel {
  const positive = [...rows.map((r) => r.value), targetMs].filter(
    (v): v is number => v !== null && v > 0,
  );
  // A share is drawn against the whole, 0 to 100 %: scaled to the largest, a machine busy
  // 0.05 % of the time would fill its bar.
  if (field !== null && WIDGET_FIELD_KINDS[field] === 'share')
    return { kind: 'bars', field, mode, rows, log: false, targetMs, fullScale: 1 };
  const log = positive.length > 1 && Math.max(...positive) / Math.min(...positive) > SPAN_FOR_LOG;
  return { kind: 'bars', field, mode, rows, log, targetMs, fullScale: null };
}

/**
 * Where a value sits along its panel's scale, from 0 to 1: linear from 0, or logarithmic over
 * the panel's positive values (a tenth of the smallest at 0, so the smallest bar still shows).
 */
export function barPosition(panel: Extract<FigurePanel, { kind: 'bars' }>, value: number): number {
  const values = [...panel.rows.map((r) => r.value), panel.targetMs].filter(
    (v): v is number => v !== null && v > 0,
  );
  if (values.length === 0 || value <= 0) return 0;
  const max = panel.fullScale ?? Math.max(...values);
  if (!panel.log) return Math.min(1, value / max);
  const low = Math.log10(Math.min(...values) / 10);
  const high = Math.log10(max);
  return Math.min(1, Math.max(0, (Math.log10(value) - low) / (high - low)));
}
