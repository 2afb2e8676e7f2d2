import type { DeploymentMode } from '../modes/mode-names.ts';
import type { PresetName } from '../model/case-names.ts';
import type { DisplayUnit } from './quiz-units.ts';
import type { LocalizedText } from './localized.ts';
import type { FlagSettings } from './widget-spec.ts';

/** An option of a choice question; `feedback` says why it is right or wrong. */
export interface ChoiceOption {
  id: string;
  text: LocalizedText;
  feedback: LocalizedText;
}

interface QuestionBase {
  /** Unique within its quiz. */
  id: string;
  prompt: LocalizedText;
}

export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single';
  options: readonly ChoiceOption[];
  answer: string;
}

/**
 * How a multiple-choice question is scored. 'partial' (the default): right picks minus wrong
 * picks over the number of right options, floored at 0. 'all-or-nothing': 1 only for exactly
 * the right set.
 */
export type MultipleScoring = 'partial' | 'all-or-nothing';

export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple';
  options: readonly ChoiceOption[];
  answers: readonly string[];
  scoring: MultipleScoring;
}

/** A scenario to place in batch, online or streaming. */
export interface ClassifyItem {
  id: string;
  text: LocalizedText;
  answer: DeploymentMode;
  feedback: LocalizedText;
  /** The deck's example the scenario is, to open in the lab, if any. */
  preset: PresetName | null;
}

export interface ClassifyQuestion extends QuestionBase {
  type: 'classify';
  items: readonly ClassifyItem[];
}

/** One simulation: `npm run simulate -- --preset P --mode M --set flag=value ...`. */
export interface SimulationRun {
  preset: PresetName;
  mode: DeploymentMode;
  set: FlagSettings;
}

/** Relative: |prediction - simulated| <= value x |simulated|. Absolute: <= value, in `unit`. */
export type Tolerance = { kind: 'relative'; value: number } | { kind: 'absolute'; value: number };

/**
 * Predict, then run: the learner predicts a figure of a named run, runs it, and is graded
 * against the simulated value with a stated tolerance.
 */
export interface PredictQuestion extends QuestionBase {
  type: 'predict';
  run: SimulationRun;
  /** Dotted path into the run's report, e.g. "latencyMs.p99". */
  field: string;
  /** The unit the learner answers in; the report's value is converted to it. */
  unit: DisplayUnit;
  tolerance: Tolerance;
  /** The explanation shown after the run. */
  feedback: LocalizedText;
}

export type Question =
  SingleChoiceQuestion | MultipleChoiceQuestion | ClassifyQuestion | PredictQuestion;

export type QuestionType = Question['type'];

export interface Quiz {
  /** The lesson's folder name, or "final". */
  id: string;
  title: LocalizedText;
  questions: readonly Question[];
}
