import type { Quiz } from '../../lessons/quiz-types.ts';
import type { Grade, PredictGrade } from '../../quiz/grade.ts';
import { scoreQuiz, type QuizScore } from '../../quiz/score.ts';
import type { Outcome } from '../../i18n/quiz-text.ts';

/**
 * One attempt at a quiz: the grades of the questions checked so far, one per question (a
 * question is checked once per attempt; "Try again" starts a new attempt with none).
 */
export function withGrade(grades: readonly Grade[], grade: Grade): Grade[] {
  return [...grades.filter((g) => g.questionId !== grade.questionId), grade];
}

export interface AttemptScore extends QuizScore {
  /** Every question checked: the attempt's score is final and is reported. */
  complete: boolean;
}

export function attemptScore(quiz: Quiz, grades: readonly Grade[]): AttemptScore {
  const score = scoreQuiz(quiz, grades);
  return { ...score, complete: score.answered === score.total };
}

/**
 * Points as they are shown and stored: partial credit gives thirds and fifths, kept to two
 * decimals so 0.1 + 0.2 is stored as 0.3 and a best score compares as the learner reads it.
 */
export function roundPoints(points: number): number {
  return Math.round(points * 100) / 100;
}

export function outcomeOf(grade: Grade): Outcome {
  if (grade.correct) return 'right';
  return grade.score > 0 ? 'partial' : 'wrong';
}

/** The interval a prediction had to fall in, in the question's unit. */
export function acceptedRange(grade: PredictGrade): { low: number; high: number } {
  return { low: grade.simulated - grade.allowed, high: grade.simulated + grade.allowed };
}
