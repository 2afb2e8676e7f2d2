import { describe, expect, it } from 'vitest';
import {
  check,
  choicesOf,
  optionTone,
  optionVerdict,
  placementsOf,
} from '../../../src/ui/quiz/answers.ts';
import { classify, multiple, predict, single } from '../quiz/fixtures.ts';

describe('composing answers from the form', () => {
  it('lists ticked options in the order the question shows them', () => {
    expect(choicesOf(multiple.options, { e: true, a: true, c: false })).toEqual(['a', 'e']);
    expect(choicesOf(multiple.options, {})).toEqual([]);
  });

  it('leaves unplaced scenarios out, so the grader can say what is missing', () => {
    expect(placementsOf(classify.items, { y: 'online', x: undefined, z: 'batch' })).toEqual({
      y: 'online',
      z: 'batch',
    });
  });
});

describe('check', () => {
  it('grades a complete answer', () => {
    const result = check(single, { type: 'single', choice: 'b' });
    expect(result.ok && result.grade.correct).toBe(true);
  });

  it('returns what to fix, in both languages, for an answer that cannot be graded', () => {
    const empty = check(single, { type: 'single', choice: '' });
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.problem.es).toMatch(/Elige una opción/);
    const missing = check(classify, { type: 'classify', placements: { x: 'batch' } });
    if (missing.ok) throw new Error('expected a problem');
    expect(missing.problem.en).toMatch(/3 scenarios are not placed/);
    const nan = check(predict, { type: 'predict', prediction: Number.NaN, simulated: 1 });
    expect(nan.ok).toBe(false);
  });

  it('lets a programming error through instead of showing it to the learner', () => {
    // A unit that cannot express the field is the quiz file's fault, caught by the content test.
    const broken = { ...predict, unit: 'runs' as const };
    expect(() => check(broken, { type: 'predict', prediction: 1, simulated: 1 })).toThrow(
      /is a duration/,
    );
  });
});

describe('option verdicts and marks', () => {
  const grade = check(multiple, { type: 'multiple', choices: ['a', 'b'] });
  if (!grade.ok || grade.grade.type === 'classify' || grade.grade.type === 'predict')
    throw new Error('a choice grade expected');
  const byId = new Map(grade.grade.options.map((o) => [o.id, o]));
  const option = (id: string) =>
    byId.get(id) ?? { id, chosen: false, right: false, feedback: { es: '', en: '' } };

  it('says of every option whether it was picked and whether it is right', () => {
    expect(optionVerdict(option('a'))).toBe('picked-right');
    expect(optionVerdict(option('b'))).toBe('picked-wrong');
    expect(optionVerdict(option('c'))).toBe('missed');
    expect(optionVerdict(option('e'))).toBe('left-out');
  });

  it('marks the right options and the wrong picks, and leaves the rest plain', () => {
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => optionTone(option(id)))).toEqual([
      'right',
      'wrong',
      'right',
      'right',
      'neutral',
    ]);
  });
});
