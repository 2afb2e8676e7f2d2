import type { DeploymentMode } from '../modes/mode-names.ts';
import type { PresetName } from '../model/case-names.ts';
import type { LocalizedText } from './localized.ts';
import type { ParamValue } from '../modes/params/table.ts';

/**
 * The names of the live widgets that slides embed, and the shape of each widget's entry in the
 * table (src/lessons/widgets.ts). Slides name widgets, so parsing a slide needs only this file.
 */
export const WIDGET_NAMES = [
  'resource-use',
  'batch-overlap',
  'mode-latency',
  'silent-model-swap',
  'scale-under-load',
  'model-size-tradeoff',
  'network-dependence',
  'infrastructure-cost',
  'stream-scaling',
  'queueing-knee',
  'batching-amortisation',
  'batch-freshness',
  'streaming-trigger',
] as const;

export type WidgetName = (typeof WIDGET_NAMES)[number];

export type FlagValue = ParamValue;
export type FlagSettings = Readonly<Record<string, ParamValue>>;

export interface WidgetChoice {
  value: FlagValue;
  label: LocalizedText;
}

/** A knob the learner turns: a slider (`range`) or a set of `choices`, never both. */
export interface WidgetControl {
  /** A parameter of the modes' tables (its key): kind, unit and accepted range come from there. */
  key: string;
  /** The runs it changes (each mode's table must have the key). */
  modes: readonly DeploymentMode[];
  label: LocalizedText;
  range?: { min: number; max: number; step: number };
  choices?: readonly WidgetChoice[];
}

export interface WidgetSpec {
  name: WidgetName;
  title: LocalizedText;
  /** The deck's claim that the widget makes visible, in one or two sentences. */
  claim: LocalizedText;
  /** The modes run side by side, in the deck's order. */
  modes: readonly DeploymentMode[];
  preset: PresetName;
  /** Flags set on top of the preset, per mode; the controls start from the resulting values. */
  fixed: Readonly<Partial<Record<DeploymentMode, FlagSettings>>>;
  controls: readonly WidgetControl[];
  /** Report fields drawn, per mode (dotted paths into the `--json` report). */
  shows: Readonly<Partial<Record<DeploymentMode, readonly string[]>>>;
  /**
   * A picture of its own: a widget with a `figure` is drawn by that figure component
   * (src/ui/widgets/figures/: `knee` KneeFigure, `amortisation` AmortisationFigure) instead of
   * the generic bars of its `shows` fields, which still name the report fields it reads.
   */
  figure?: 'knee' | 'amortisation';
}

export function isWidgetName(name: string): name is WidgetName {
  return (WIDGET_NAMES as readonly string[]).includes(name);
}
