import { describe, expect, it } from 'vitest';
import { gradeMultiple, gradePrediction, gradeSingle } from '../../../src/quiz/grade.ts';
import { scoreQuiz } from '../../../src/quiz/score.ts';
import { multiple, predict, quiz, single } from './fixtures.ts';

describe('scoreQuiz', () => {
  it('adds the scores; unanswered questions count 0', () => {
    const score = scoreQuiz(quiz, [gradeSingle(single, 'b'), gradeMultiple(multiple, ['a', 'c'])]);
    expect(score.points).toBeCloseTo(1 + 2 / 3);
    expect(score).toMatchObject({ maxPoints: 4, answered: 2, correct: 1, total: 4 });
    expect(score.fraction).toBeCloseTo((1 + 2 / 3) / 4);
  });

  it('counts the latest attempt of a retried question by default', () => {
    const attempts = [gradeSingle(single, 'b'), gradeSingle(single, 'a')];
    expect(scoreQuiz(quiz, attempts)).toMatchObject({ points: 0, answered: 1, correct: 0 });
    expect(scoreQuiz(quiz, attempts.reverse())).toMatchObject({ points: 1, correct: 1 });
  });

  it('can count the best attempt instead', () => {
    const attempts = [gradePrediction(predict, 100, 100), gradePrediction(predict, 500, 100)];
    expect(scoreQuiz(quiz, attempts, 'best')).toMatchObject({ points: 1, answered: 1 });
    expect(scoreQuiz(quiz, attempts, 'latest')).toMatchObject({ points: 0, answered: 1 });
  });

  it('is zero with no answers', () => {
    expect(scoreQuiz(quiz, [])).toEqual({
      points: 0,
      maxPoints: 4,
      fraction: 0,
      answered: 0,
      correct: 0,
      total: 4,
    });
  });

  it('throws on a grade from another quiz', () => {
    const other = gradeSingle({ ...single, id: 'elsewhere' }, 'b');
    expect(() => scoreQuiz(quiz, [other])).toThrow(/quiz "test" has no question "elsewhere"/);
  });
});
