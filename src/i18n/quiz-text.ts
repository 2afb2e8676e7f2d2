import type { DeploymentMode } from '../modes/mode-names.ts';
import type { OptionVerdict, PredictVerdict } from '../quiz/grade.ts';

/** How well a question went: full marks, some, or none. */
export type Outcome = 'right' | 'partial' | 'wrong';

/**
 * Every string of the quiz pages, in both languages (src/i18n/quiz-messages.ts). Numbers arrive
 * already formatted in the learner's language, with their unit where they have one.
 */
export interface QuizText {
  /** The page: a lesson's quiz or the final one. */
  page: {
    loading: string;
    loadError: string;
    noSuchQuiz: (lessonId: string) => string;
    backToContents: string;
    lessonQuiz: (lessonNumber: number) => string;
    finalQuiz: string;
    backToLesson: (lessonTitle: string) => string;
    lead: string;
    best: (points: string, max: string) => string;
    /** Why the arrow keys do not leave a quiz with questions checked but not all. */
    keysWait: string;
  };
  /** Links to the quizzes, for the pages that lead to them (a lesson's last slide, the index). */
  links: { lessonQuiz: string; finalQuiz: string };
  questionNumber: (n: number, total: number) => string;
  /** How to answer, under the prompt. */
  howTo: Record<'single' | 'multiple' | 'classify' | 'predict', string>;
  check: string;
  /** The one-line result of a checked question. */
  outcome: (outcome: Outcome, points: string) => string;
  /** What each option was, after checking: for one answer, and for several. */
  optionVerdicts: Record<'single' | 'multiple', Record<OptionVerdict, string>>;
  /** The three deployment types, as the classify questions offer them. */
  modes: Record<DeploymentMode, string>;
  classifyVerdict: (placed: string, expected: string, right: boolean) => string;
  score: {
    heading: string;
    /** While questions remain: points so far and how many are checked. */
    partial: (points: string, max: string, checked: number, total: number) => string;
    final: (points: string, max: string) => string;
    tryAgain: string;
    tryAgainHelp: string;
  };
  predict: PredictText;
}

export interface PredictText {
  label: (unit: string) => string;
  /** The accepted input format, with an example in the learner's notation. */
  format: string;
  toleranceRelative: (percent: string) => string;
  toleranceAbsolute: (value: string) => string;
  run: string;
  cancel: string;
  progressLabel: string;
  running: string;
  progress: (percent: string) => string;
  cancelled: string;
  failed: string;
  problems: {
    empty: string;
    notANumber: string;
    ambiguous: (typed: string) => string;
  };
  resultHeading: string;
  prediction: string;
  simulated: string;
  allowed: string;
  /** The accepted interval: the margin and the range it gives. */
  allowedRange: (margin: string, low: string, high: string) => string;
  verdictLabel: string;
  verdicts: Record<PredictVerdict, string>;
}
