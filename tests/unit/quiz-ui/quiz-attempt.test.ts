import { describe, expect, it } from 'vitest';
import { gradeQuestion, type PredictGrade } from '../../../src/quiz/grade.ts';
import {
  acceptedRange,
  attemptScore,
  outcomeOf,
  roundPoints,
  withGrade,
} from '../../../src/ui/quiz/quiz-attempt.ts';
import { classify, multiple, predict, quiz, single } from '../quiz/fixtures.ts';

const right = gradeQuestion(single, { type: 'single', choice: 'b' });
const wrong = gradeQuestion(single, { type: 'single', choice: 'a' });
/** Two right picks of three, one wrong: (2 - 1) / 3. */
const partial = gradeQuestion(multiple, { type: 'multiple', choices: ['a', 'c', 'b'] });
const placed = gradeQuestion(classify, {
  type: 'classify',
  placements: { x: 'batch', y: 'online', z: 'streaming', w: 'online' },
});
const predicted = gradeQuestion(predict, {
  type: 'predict',
  prediction: 105,
  simulated: 100,
}) as PredictGrade;

describe('an attempt', () => {
  it('keeps one grade per question, the latest', () => {
    const grades = withGrade(withGrade([right], partial), wrong);
    expect(grades).toEqual([partial, wrong]);
  });

  it('is complete, with its points, once every question is checked', () => {
    const some = attemptScore(quiz, [right, partial]);
    expect(some.complete).toBe(false);
    expect(some.answered).toBe(2);
    const all = attemptScore(quiz, [right, partial, placed, predicted]);
    expect(all.complete).toBe(true);
    expect(all.points).toBeCloseTo(1 + 1 / 3 + 3 / 4 + 1, 12);
    expect(roundPoints(all.points)).toBe(3.08);
    expect(all.maxPoints).toBe(4);
  });

  it('rounds points to hundredths, as shown and stored', () => {
    expect(roundPoints(0.1 + 0.2)).toBe(0.3);
    expect(roundPoints(2 / 3)).toBe(0.67);
    expect(roundPoints(5)).toBe(5);
  });
});

describe('outcomes', () => {
  it('tell full marks, some and none apart', () => {
    expect([right, partial, wrong].map(outcomeOf)).toEqual(['right', 'partial', 'wrong']);
  });

  it('give the range a prediction had to fall in', () => {
    expect(acceptedRange(predicted)).toEqual({ low: 90, high: 110 });
  });
});
