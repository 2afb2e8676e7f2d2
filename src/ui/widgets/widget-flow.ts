import type { WidgetSpec } from '../../lessons/widget-spec.ts';
import {
  guessIsClose,
  type WidgetControls,
  type WidgetLesson,
  type WidgetReports,
} from '../../lessons/widget-lesson.ts';
import type { DeploymentMode } from '../../modes/mode-names.ts';
import type { ParamValue } from '../../modes/params/table.ts';
import { sameParamValue } from '../../modes/params/text.ts';

/**
 * The steps of a slide widget (TEACHING.md, predict - observe - explain, then guided):
 * - `asking`: the question is on screen; the runs wait at time 0 and the knobs at their start;
 * - `running`: the learner answered and pressed Run; the mechanism moves;
 * - `revealed`: the runs at the start finished; the outcome stands beside the answer, with why,
 *   then one thing to try and a challenge, and the knobs are free.
 */
export type WidgetStep = 'asking' | 'running' | 'revealed';

/**
 * The challenge as the learner sees it: 'met' by the run just finished, 'before' met on an
 * earlier visit, 'not-yet' failed by the run just finished, 'checking' while a run is under way.
 */
export type ChallengeStatus = 'met' | 'before' | 'not-yet' | 'checking';

/** One run of the widget as the page last saw it. */
export interface RunStatus {
  mode: DeploymentMode;
  finished: boolean;
  /** `{...report, headline}`, or null before the first snapshot. */
  report: unknown;
  /** The parameters the run was set with (the snapshot's `values`). */
  values: Readonly<Record<string, ParamValue>>;
}

/**
 * Whether a run was set with the knobs at `controls`: a snapshot names the values its run was
 * set with, so a run still on screen from before a knob moved (its snapshots still in flight) is
 * never taken for the new setting's.
 */
export function runMatches(
  spec: WidgetSpec,
  mode: DeploymentMode,
  values: Readonly<Record<string, ParamValue>>,
  controls: WidgetControls,
): boolean {
  return spec.controls.every(
    (control) =>
      !control.modes.includes(mode) ||
      !(control.key in controls) ||
      sameParamValue(values[control.key], controls[control.key]),
  );
}

/** Every run finished at the knobs' current values: their reports, by mode; otherwise null. */
export function finishedReports(
  spec: WidgetSpec,
  runs: readonly RunStatus[],
  controls: WidgetControls,
): WidgetReports | null {
  const reports: Partial<Record<DeploymentMode, unknown>> = {};
  for (const run of runs) {
    if (!run.finished || run.report === null) return null;
    if (!runMatches(spec, run.mode, run.values, controls)) return null;
    // A live run's report has no `params` (the CLI's has): the run's values stand in, so a lesson
    // reads `params.networkRttMs` alike in the content test and in the browser.
    reports[run.mode] = { params: run.values, ...(run.report as object) };
  }
  return reports;
}

/** The outcome of the question: what the run measured and whether the guess bore it out. */
export type Verdict =
  | { kind: 'choice'; answer: string; right: boolean }
  | { kind: 'number'; measured: number; right: boolean };

export function verdictOf(
  lesson: WidgetLesson,
  reports: WidgetReports,
  guess: string | number,
): Verdict {
  const { predict } = lesson;
  if (predict.kind === 'choice') {
    const answer = predict.answer(reports);
    return { kind: 'choice', answer, right: guess === answer };
  }
  const measured = predict.measure(reports);
  return {
    kind: 'number',
    measured,
    right: typeof guess === 'number' && guessIsClose(predict, guess, measured),
  };
}

/** A typed number guess: accepted, or refused with the range to name in the message. */
export type GuessCheck =
  { ok: true; value: number } | { ok: false; reason: 'empty' | 'not-a-number' | 'out-of-range' };

/**
 * The number in what the learner typed, read the way people write: with both marks, the last
 * one is the decimal mark ("1.234,5" and "1,234.5"); with one kind only, it is the decimal mark
 * unless it is the locale's thousands separator followed by groups of three digits ("1.000" in
 * Spanish is a thousand, "2.5" is two and a half anywhere). Spaces are dropped.
 */
export function parseTypedNumber(text: string, decimalMark: ',' | '.'): number | null {
  const plain = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^-?[\d.,]+$/.test(plain) || !/\d/.test(plain)) return null;
  const lastDot = plain.lastIndexOf('.');
  const lastComma = plain.lastIndexOf(',');
  let decimal: string | null = null;
  let thousands: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) {
    decimal = lastDot > lastComma ? '.' : ',';
    thousands = decimal === '.' ? ',' : '.';
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const grouped = new RegExp(`^-?\\d{1,3}(\\${mark}\\d{3})+$`).test(plain);
    if (mark !== decimalMark && grouped) thousands = mark;
    else decimal = mark;
  }
  const parts = thousands === null ? plain : plain.split(thousands).join('');
  if (decimal !== null && parts.split(decimal).length > 2) return null;
  const normal = decimal === null ? parts : parts.replace(decimal, '.');
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
  return Number(normal);
}

/** What the learner typed, checked against the question's range. */
export function readGuess(
  text: string,
  range: { min: number; max: number },
  decimalMark: ',' | '.',
): GuessCheck {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  const value = parseTypedNumber(text, decimalMark);
  if (value === null) return { ok: false, reason: 'not-a-number' };
  if (value < range.min || value > range.max) return { ok: false, reason: 'out-of-range' };
  return { ok: true, value };
}
