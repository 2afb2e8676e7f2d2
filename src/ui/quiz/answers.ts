import type { LocalizedText } from '../../lessons/localized.ts';
import type { ChoiceOption, ClassifyItem, Question } from '../../lessons/quiz-types.ts';
import { AnswerError } from '../../quiz/answer-error.ts';
import {
  gradeQuestion,
  type Answer,
  type Grade,
  type OptionFeedback,
  type OptionVerdict,
} from '../../quiz/grade.ts';
import type { DeploymentMode } from '../../modes/mode-names.ts';

/**
 * From what the form holds to what the grader takes, and back to what the page says about each
 * option. Pure, so the rules are tested without a browser.
 */

/** The ticked options, in the question's order (the order the learner read them in). */
export function choicesOf(
  options: readonly ChoiceOption[],
  ticked: Readonly<Record<string, boolean>>,
): string[] {
  return options.filter((o) => ticked[o.id] === true).map((o) => o.id);
}

/** The scenarios placed so far; an unplaced one is left out, and the grader says it is missing. */
export function placementsOf(
  items: readonly ClassifyItem[],
  chosen: Readonly<Record<string, DeploymentMode | undefined>>,
): Record<string, DeploymentMode> {
  const placements: Record<string, DeploymentMode> = {};
  for (const item of items) {
    const mode = chosen[item.id];
    if (mode !== undefined) placements[item.id] = mode;
  }
  return placements;
}

export type Checked = { ok: true; grade: Grade } | { ok: false; problem: LocalizedText };

/**
 * Grades an answer, or says what to fix first (nothing chosen, a scenario not placed). An
 * answer that cannot be graded costs nothing: the learner completes it and checks again.
 */
export function check(question: Question, answer: Answer): Checked {
  try {
    return { ok: true, grade: gradeQuestion(question, answer) };
  } catch (error) {
    if (error instanceof AnswerError) return { ok: false, problem: error.text };
    throw error;
  }
}

export function optionVerdict(option: OptionFeedback): OptionVerdict {
  if (option.chosen) return option.right ? 'picked-right' : 'picked-wrong';
  return option.right ? 'missed' : 'left-out';
}

/**
 * How an option is marked after checking: every right option as right (picked or missed), a
 * wrong pick as wrong, and a wrong option rightly left alone as neither, so the marks point at
 * the answer rather than at everything.
 */
export function optionTone(option: OptionFeedback): 'right' | 'wrong' | 'neutral' {
  if (option.right) return 'right';
  return option.chosen ? 'wrong' : 'neutral';
}
