import { describe, expect, it } from 'vitest';
import type { Question, Quiz } from '../../src/lessons/quiz-types.ts';
import { gradePrediction } from '../../src/quiz/grade.ts';
import { readReportField } from '../../src/quiz/report-field.ts';
import { course } from './course-files.ts';
import { helpFlagsByMode, simulate } from './simulate.ts';

const quizzes = (): Quiz[] => [...course().lessons.map((l) => l.quiz), course().finalQuiz];
const questions = (): Question[] => quizzes().flatMap((q) => q.questions);

/**
 * For each predict question, the figure its feedback reasons its way to. Each must land within
 * the question's tolerance of the simulated value: the explanation a learner reads after the run
 * has to agree with the run. A new predict question needs its entry here.
 */
const REASONED_ESTIMATES: Record<string, number> = {
  // 24 h / 2 + about 3 min, in hours.
  'antiguedad-contenido': 12,
  // 200 ms network + 25 ms model.
  'red-lenta': 225,
  // 1000 ms / 2 + about 100 ms of processing.
  'latencia-micro-lotes': 600,
  // 60 min / 2 + about 4 min.
  'formularios-por-hora': 34,
  // 10 ms network + 0.5 ms model.
  'fraude-online': 10.5,
  // 30 s of set-up (and a fraction of a second of scoring) of every 3600, at 0.10 per hour.
  'costo-batch-por-hora': (0.1 * 30) / 3600,
};

describe('quizzes', () => {
  it('one per lesson, and a final one', () => {
    expect(quizzes().map((q) => q.id)).toEqual([...course().lessons.map((l) => l.id), 'final']);
  });

  it('ask every kind of question across the course, and each kind in the final quiz', () => {
    const kinds = ['single', 'multiple', 'classify', 'predict'];
    expect([...new Set(questions().map((q) => q.type))].sort()).toEqual([...kinds].sort());
    expect([...new Set(course().finalQuiz.questions.map((q) => q.type))].sort()).toEqual(
      [...kinds].sort(),
    );
  });

  it('have right answers among their options, and a wrong one in every multiple choice', () => {
    for (const q of questions()) {
      if (q.type === 'single') expect(q.options.map((o) => o.id)).toContain(q.answer);
      if (q.type === 'multiple') {
        for (const a of q.answers) expect(q.options.map((o) => o.id)).toContain(a);
        expect(q.answers.length).toBeLessThan(q.options.length);
      }
    }
  });

  it('classify scenarios into more than one type each time', () => {
    for (const q of questions())
      if (q.type === 'classify')
        expect(new Set(q.items.map((i) => i.answer)).size, q.id).toBeGreaterThan(1);
  });

  it('do not always put the right single-choice answer in the same place', () => {
    const places = new Set(
      questions()
        .filter((q) => q.type === 'single')
        .map((q) => q.options.findIndex((o) => o.id === q.answer)),
    );
    expect(places.size).toBeGreaterThan(1);
  });
});

describe('predict-then-run questions', () => {
  const flags = helpFlagsByMode();
  const predicts = questions().filter((q) => q.type === 'predict');

  it('each have a reasoned estimate in this test', () => {
    expect(predicts.map((q) => q.id).sort()).toEqual(Object.keys(REASONED_ESTIMATES).sort());
  });

  it.each(predicts.map((q) => [q.id, q] as const))('%s runs and grades', (id, q) => {
    for (const flag of Object.keys(q.run.set))
      expect(flags[q.run.mode].has(flag), `--${flag} in --mode ${q.run.mode}`).toBe(true);
    const simulated = readReportField(simulate(q.run.preset, q.run.mode, q.run.set), q.field);
    if (q.tolerance.kind === 'relative') expect(simulated).not.toBe(0);
    const grade = gradePrediction(q, REASONED_ESTIMATES[id], simulated);
    expect(grade.verdict, `simulated ${grade.simulated} ${q.unit}`).toBe('within');
    // A prediction far off must fail: the tolerance is not so wide that anything passes.
    expect(gradePrediction(q, grade.simulated * 3 + 10, simulated).correct).toBe(false);
  });
});
