import type { Quiz } from '../lessons/quiz-types.ts';
import type { Grade } from './grade.ts';

export interface QuizScore {
  /** Sum of the counted questions' scores; each question is worth 1. */
  points: number;
  maxPoints: number;
  /** points / maxPoints, in [0, 1]. */
  fraction: number;
  answered: number;
  /** Questions with full marks. */
  correct: number;
  total: number;
}

/**
 * Which attempt counts when a question was tried more than once: the latest (the default, so a
 * retry replaces the previous answer, like a test one may resit) or the best.
 */
export type AttemptPolicy = 'latest' | 'best';

/**
 * A quiz's score from its grades, given in the order they were made. Unanswered questions count
 * 0. A grade for a question that is not in the quiz is a programming error and throws.
 */
export function scoreQuiz(
  quiz: Quiz,
  grades: readonly Grade[],
  policy: AttemptPolicy = 'latest',
): QuizScore {
  const ids = new Set(quiz.questions.map((q) => q.id));
  const counted = new Map<string, Grade>();
  for (const grade of grades) {
    if (!ids.has(grade.questionId))
      throw new Error(`quiz "${quiz.id}" has no question "${grade.questionId}"`);
    const previous = counted.get(grade.questionId);
    if (policy === 'latest' || previous === undefined || grade.score > previous.score)
      counted.set(grade.questionId, grade);
  }
  const kept = [...counted.values()];
  const points = kept.reduce((sum, g) => sum + g.score, 0);
  const total = quiz.questions.length;
  return {
    points,
    maxPoints: total,
    fraction: total === 0 ? 0 : points / total,
    answered: kept.length,
    correct: kept.filter((g) => g.correct).length,
    total,
  };
}
