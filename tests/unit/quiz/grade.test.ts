import { describe, expect, it } from 'vitest';
import { AnswerError } from '../../../src/quiz/answer-error.ts';
import {
  gradeClassify,
  gradeMultiple,
  gradePrediction,
  gradeQuestion,
  gradeSingle,
} from '../../../src/quiz/grade.ts';
import type { DeploymentMode } from '../../../src/modes/mode-names.ts';
import { classify, multiple, predict, single } from './fixtures.ts';

function rejection(fn: () => unknown): AnswerError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AnswerError);
    return error as AnswerError;
  }
  throw new Error('expected an AnswerError');
}

describe('gradeSingle', () => {
  it('gives 1 for the answer and 0 otherwise, with feedback on every option', () => {
    const right = gradeSingle(single, 'b');
    expect(right).toMatchObject({ questionId: 'single', score: 1, correct: true });
    expect(right.options.map((o) => [o.id, o.chosen, o.right])).toEqual([
      ['a', false, false],
      ['b', true, true],
      ['c', false, false],
    ]);
    expect(right.options[0].feedback.es).toBe('why a (es)');
    expect(gradeSingle(single, 'c')).toMatchObject({ score: 0, correct: false });
  });

  it('rejects no choice and an unknown option, in both languages', () => {
    const empty = rejection(() => gradeSingle(single, ''));
    expect(empty.code).toBe('empty');
    expect(empty.message).toBe('Choose an option before checking your answer.');
    expect(empty.text.es).toMatch(/Elige una opción/);
    expect(rejection(() => gradeSingle(single, 'z')).code).toBe('unknown-option');
  });
});

describe('gradeMultiple', () => {
  it('partial credit: right picks minus wrong picks, over the right options', () => {
    expect(gradeMultiple(multiple, ['a', 'c', 'd'])).toMatchObject({ score: 1, correct: true });
    expect(gradeMultiple(multiple, ['a', 'c']).score).toBeCloseTo(2 / 3);
    expect(gradeMultiple(multiple, ['a', 'c', 'd', 'b'])).toMatchObject({ correct: false });
    expect(gradeMultiple(multiple, ['a', 'c', 'd', 'b']).score).toBeCloseTo(2 / 3);
    expect(gradeMultiple(multiple, ['a', 'b']).score).toBe(0);
  });

  it('partial credit never goes below 0, and ticking everything earns little', () => {
    expect(gradeMultiple(multiple, ['b', 'e']).score).toBe(0);
    expect(gradeMultiple(multiple, ['a', 'b', 'e']).score).toBe(0);
    expect(gradeMultiple(multiple, ['a', 'b', 'c', 'd', 'e']).score).toBeCloseTo(1 / 3);
  });

  it('all-or-nothing: 1 only for exactly the right set', () => {
    const strict = { ...multiple, scoring: 'all-or-nothing' as const };
    expect(gradeMultiple(strict, ['d', 'a', 'c']).score).toBe(1);
    expect(gradeMultiple(strict, ['a', 'c']).score).toBe(0);
    expect(gradeMultiple(multiple, ['a', 'c'], 'all-or-nothing').score).toBe(0);
  });

  it('marks each option chosen or not, right or not', () => {
    const grade = gradeMultiple(multiple, ['a', 'b']);
    expect(
      grade.options.map((o) => `${o.id}${o.chosen ? '+' : '-'}${o.right ? 'R' : 'W'}`),
    ).toEqual(['a+R', 'b+W', 'c-R', 'd-R', 'e-W']);
  });

  it('rejects an empty, repeated or unknown choice', () => {
    expect(rejection(() => gradeMultiple(multiple, [])).code).toBe('empty');
    expect(rejection(() => gradeMultiple(multiple, ['a', 'a'])).code).toBe('repeated-option');
    expect(rejection(() => gradeMultiple(multiple, ['a', 'q'])).code).toBe('unknown-option');
  });
});

describe('gradeClassify', () => {
  const all: Record<string, DeploymentMode> = {
    x: 'batch',
    y: 'online',
    z: 'streaming',
    w: 'batch',
  };

  it('scores the share of scenarios placed right', () => {
    expect(gradeClassify(classify, all)).toMatchObject({ score: 1, correct: true });
    const grade = gradeClassify(classify, { ...all, y: 'streaming' });
    expect(grade).toMatchObject({ score: 0.75, correct: false });
    expect(grade.items[1]).toMatchObject({
      id: 'y',
      placed: 'streaming',
      expected: 'online',
      correct: false,
    });
  });

  it('rejects an incomplete, empty or unknown placement', () => {
    const missing = rejection(() => gradeClassify(classify, { x: 'batch', y: 'online' }));
    expect(missing.code).toBe('missing-item');
    expect(missing.message).toBe('2 scenarios are not placed yet.');
    expect(missing.text.es).toBe('Falta clasificar 2 situaciones.');
    expect(rejection(() => gradeClassify(classify, {})).code).toBe('empty');
    expect(rejection(() => gradeClassify(classify, { ...all, q: 'batch' })).code).toBe(
      'unknown-item',
    );
    const edge = { ...all, x: 'edge' as DeploymentMode };
    expect(rejection(() => gradeClassify(classify, edge)).code).toBe('unknown-category');
  });
});

describe('gradePrediction', () => {
  it('accepts a prediction within the tolerance and says which way a miss went', () => {
    expect(gradePrediction(predict, 230, 220)).toMatchObject({
      score: 1,
      correct: true,
      verdict: 'within',
      simulated: 220,
      unit: 'ms',
    });
    expect(gradePrediction(predict, 150, 220)).toMatchObject({ score: 0, verdict: 'too-low' });
    expect(gradePrediction(predict, 300, 220)).toMatchObject({ score: 0, verdict: 'too-high' });
  });

  it('includes both boundaries of a relative tolerance, and nothing past them', () => {
    expect(gradePrediction(predict, 110, 100).correct).toBe(true);
    expect(gradePrediction(predict, 90, 100).correct).toBe(true);
    expect(gradePrediction(predict, 110.001, 100).correct).toBe(false);
    expect(gradePrediction(predict, 89.999, 100).correct).toBe(false);
    // 0.1 x 0.3 is 0.030000000000000002 in floating point; 0.33 is still on the boundary.
    expect(gradePrediction(predict, 0.33, 0.3).correct).toBe(true);
    expect(gradePrediction(predict, 110, 100).allowed).toBeCloseTo(10);
  });

  it('includes both boundaries of an absolute tolerance', () => {
    const absolute = { ...predict, tolerance: { kind: 'absolute' as const, value: 2 } };
    expect(gradePrediction(absolute, 12.5, 10.5).correct).toBe(true);
    expect(gradePrediction(absolute, 8.5, 10.5).correct).toBe(true);
    expect(gradePrediction(absolute, 12.51, 10.5).correct).toBe(false);
    expect(gradePrediction(absolute, 10.5, 10.5).allowed).toBe(2);
  });

  it('converts the report value to the unit the learner answers in', () => {
    const hours = { ...predict, field: 'stalenessMs.mean', unit: 'h' as const };
    expect(gradePrediction(hours, 12, 12.05 * 3_600_000)).toMatchObject({ correct: true });
    expect(gradePrediction(hours, 12, 12.05 * 3_600_000).simulated).toBeCloseTo(12.05);
  });

  it('rejects a prediction that is not a finite number', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity, '250' as unknown as number]) {
      const e = rejection(() => gradePrediction(predict, bad, 220));
      expect(e.code).toBe('not-a-number');
      expect(e.text.es).toMatch(/como un número/);
    }
  });

  it('rejects a missing simulated value as the simulation’s problem, not the learner’s', () => {
    expect(rejection(() => gradePrediction(predict, 200, Number.NaN)).code).toBe(
      'no-simulated-value',
    );
  });

  it('with a relative tolerance, only the exact value matches a simulated 0', () => {
    expect(gradePrediction(predict, 0, 0).correct).toBe(true);
    expect(gradePrediction(predict, 0.001, 0).correct).toBe(false);
  });
});

describe('gradeQuestion', () => {
  it('dispatches on the question type', () => {
    expect(gradeQuestion(single, { type: 'single', choice: 'b' }).score).toBe(1);
    expect(gradeQuestion(multiple, { type: 'multiple', choices: ['a', 'c', 'd'] }).score).toBe(1);
    expect(
      gradeQuestion(classify, {
        type: 'classify',
        placements: { x: 'batch', y: 'online', z: 'streaming', w: 'online' },
      }).score,
    ).toBe(0.75);
    expect(gradeQuestion(predict, { type: 'predict', prediction: 100, simulated: 100 }).score).toBe(
      1,
    );
  });

  it('rejects an answer of another type', () => {
    expect(rejection(() => gradeQuestion(single, { type: 'multiple', choices: ['b'] })).code).toBe(
      'wrong-type',
    );
  });
});
