import type { DeploymentMode } from '../modes/mode-names.ts';
import type { ParamValue } from '../modes/params/table.ts';
import type { TimeUnit } from '../locale/time-units.ts';
import type { LocalizedText } from './localized.ts';
import { readField } from './widget-fields.ts';

/**
 * What a slide widget teaches, after TEACHING.md (predict, observe, explain; then guided, then
 * free): a question asked before the run, two sentences on why the run came out as it did, one
 * thing to try and a challenge the widget checks itself.
 *
 * Every answer and every check is computed from the widget's own finished runs, never typed in:
 * `answer`, `measure` and `met` read the reports the learner has just watched. The content test
 * (tests/content/widget-lessons.test.ts) runs each widget to check that the question has an
 * answer at the knobs' starting values, and that the challenge is not met there but is met at
 * some setting of the knobs.
 */

/** Each mode's finished report (the `--json` report, `headline` included), by mode. */
export type WidgetReports = Readonly<Partial<Record<DeploymentMode, unknown>>>;

/** The knobs' values (table keys), as the widget's controls hold them. */
export type WidgetControls = Readonly<Record<string, ParamValue>>;

export interface WidgetChoiceOption {
  id: string;
  label: LocalizedText;
}

/** A question answered by picking one option; the run decides which one was right. */
export interface ChoiceQuestion {
  kind: 'choice';
  question: LocalizedText;
  options: readonly WidgetChoiceOption[];
  /** The option the finished runs bear out (one of `options`' ids). */
  answer: (reports: WidgetReports) => string;
}

/**
 * The unit a learner types a number in: a time unit, a share in percent, a plain count, a
 * ratio ("times"), or money per 1000 predictions in the preset's currency.
 */
export type GuessUnit = TimeUnit | 'percent' | 'runs' | 'times' | 'per1000';

/** A question answered with a number; close enough (within a factor) counts as right. */
export interface NumberQuestion {
  kind: 'number';
  question: LocalizedText;
  unit: GuessUnit;
  /** Accepted guesses, in `unit` (the form refuses others and names this range). */
  range: { min: number; max: number };
  /** The finished runs' value, in `unit`. */
  measure: (reports: WidgetReports) => number;
  /** A guess g is right when measure / within <= g <= measure * within (e.g. 1.5). */
  within: number;
}

export type WidgetQuestion = ChoiceQuestion | NumberQuestion;

export interface WidgetChallenge {
  /** The goal, stating its thresholds (each one a constant the `met` check uses). */
  task: LocalizedText;
  /** Met by the finished runs at the knobs' current values? */
  met: (reports: WidgetReports, controls: WidgetControls) => boolean;
  /**
   * One setting of the knobs that meets it (the content test runs it; the widget can offer it
   * once the learner has tried). Knobs not named keep their starting values.
   */
  solution: WidgetControls;
}

export interface WidgetLesson {
  predict: WidgetQuestion;
  /** Why the run came out as it did, in two sentences: the mechanism, not only the result. */
  explain: LocalizedText;
  /** One thing to try once the outcome is revealed. */
  tryThis: LocalizedText;
  challenge: WidgetChallenge;
}

/** A number in a mode's report (dotted path), or NaN when the run has none there. */
export function reportNumber(reports: WidgetReports, mode: DeploymentMode, path: string): number {
  const value = readField(reports[mode], path);
  return typeof value === 'number' ? value : Number.NaN;
}

/** Is `guess` within the question's factor of the measured value? */
export function guessIsClose(question: NumberQuestion, guess: number, measured: number): boolean {
  if (!Number.isFinite(guess) || !Number.isFinite(measured)) return false;
  if (measured === 0) return guess === 0;
  const low = Math.min(measured / question.within, measured * question.within);
  const high = Math.max(measured / question.within, measured * question.within);
  return guess >= low && guess <= high;
}
