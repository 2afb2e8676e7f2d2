import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lessons/content-error.ts';
import { parseQuiz } from '../../../src/lessons/parse-quiz.ts';

const FILE = 'lessons/09-prueba/quiz.json';
const t = (s: string) => ({ es: `${s} (es)`, en: `${s} (en)` });
const option = (id: string) => ({ id, text: t(id), feedback: t(`why ${id}`) });

function quiz(...questions: unknown[]) {
  return JSON.stringify({ title: t('Quiz'), questions });
}
const single = {
  id: 'uno',
  type: 'single',
  prompt: t('¿?'),
  options: [option('a'), option('b')],
  answer: 'b',
};
const multiple = {
  id: 'varias',
  type: 'multiple',
  prompt: t('¿?'),
  options: [option('a'), option('b'), option('c')],
  answers: ['a', 'c'],
};
const classify = {
  id: 'clasifica',
  type: 'classify',
  prompt: t('¿?'),
  items: [
    { id: 'x', text: t('x'), answer: 'batch', feedback: t('x'), preset: 'content-popularity' },
    { id: 'y', text: t('y'), answer: 'online', feedback: t('y') },
  ],
};
const predict = {
  id: 'predice',
  type: 'predict',
  prompt: t('¿?'),
  run: { preset: 'fraud-detection', mode: 'streaming', set: { 'trigger-ms': 1000 } },
  field: 'latencyMs.p50',
  unit: 'ms',
  tolerance: { kind: 'relative', value: 0.3 },
  feedback: t('porque'),
};

function errorOf(text: string): ContentError {
  try {
    parseQuiz(text, FILE, '09-prueba');
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected a ContentError');
}

describe('parseQuiz', () => {
  it('reads every kind of question, with defaults', () => {
    const q = parseQuiz(quiz(single, multiple, classify, predict), FILE, '09-prueba');
    expect(q.id).toBe('09-prueba');
    expect(q.title).toEqual(t('Quiz'));
    expect(q.questions.map((x) => x.type)).toEqual(['single', 'multiple', 'classify', 'predict']);
    expect(q.questions[1]).toMatchObject({ scoring: 'partial', answers: ['a', 'c'] });
    expect(q.questions[2]).toMatchObject({
      items: [{ preset: 'content-popularity' }, { preset: null }],
    });
    expect(q.questions[3]).toMatchObject({
      run: { preset: 'fraud-detection', mode: 'streaming', set: { 'trigger-ms': 1000 } },
      tolerance: { kind: 'relative', value: 0.3 },
    });
  });

  it('defaults a predict run without settings to none', () => {
    const { set: _, ...run } = predict.run;
    const q = parseQuiz(quiz({ ...predict, run }), FILE, 'x').questions[0];
    expect(q).toMatchObject({ run: { set: {} } });
  });

  it('names the file, question and field of an invalid answer key', () => {
    const e = errorOf(quiz({ ...single, answer: 'z' }));
    expect(e.message).toBe(
      'lessons/09-prueba/quiz.json, question "uno", field "answer": "z" is not one of the option ids a, b',
    );
    expect(errorOf(quiz({ ...multiple, answers: ['a', 'q'] })).message).toMatch(
      /field "answers\[1\]": "q" is not one of the option ids/,
    );
  });

  it('rejects multiple choice with every option right, or a repeated answer', () => {
    expect(errorOf(quiz({ ...multiple, answers: ['a', 'b', 'c'] })).message).toMatch(
      /add at least one wrong/,
    );
    expect(errorOf(quiz({ ...multiple, answers: ['a', 'a'] })).message).toMatch(/listed twice/);
    expect(errorOf(quiz({ ...multiple, scoring: 'generous' })).message).toMatch(
      /field "scoring": expected one of partial, all-or-nothing/,
    );
  });

  it('requires both languages in every text', () => {
    const e = errorOf(quiz({ ...single, prompt: { es: 'solo español' } }));
    expect(e.message).toMatch(/question "uno", field "prompt.en": missing/);
    expect(errorOf(quiz({ ...single, prompt: { es: 'a', en: 'b', fr: 'c' } })).message).toMatch(
      /field "prompt.fr": unknown field/,
    );
    expect(errorOf(quiz({ ...single, prompt: { es: ' ', en: 'b' } })).message).toMatch(
      /field "prompt.es": expected a non-empty string/,
    );
  });

  it('rejects unknown fields, types and repeated ids', () => {
    expect(errorOf(quiz({ ...single, answers: ['a'] })).message).toMatch(
      /field "answers": not a field of a single question/,
    );
    expect(errorOf(quiz({ ...single, type: 'essay' })).message).toMatch(
      /field "type": expected one of single/,
    );
    expect(errorOf(quiz(single, single)).message).toMatch(/question id "uno" is used twice/);
    const repeated = { ...single, options: [option('a'), option('a')] };
    expect(errorOf(quiz(repeated)).message).toMatch(
      /field "options\[1\].id": option id "a" is used twice/,
    );
  });

  it('checks classification items', () => {
    const bad = {
      ...classify,
      items: [classify.items[0], { ...classify.items[1], answer: 'edge' }],
    };
    expect(errorOf(quiz(bad)).message).toMatch(
      /field "items\[1\].answer": expected one of batch, online, streaming/,
    );
    const preset = {
      ...classify,
      items: [{ ...classify.items[0], preset: 'x' }, classify.items[1]],
    };
    expect(errorOf(quiz(preset)).message).toMatch(/unknown preset "x"/);
  });

  it('checks predict questions: preset, mode, field, unit and tolerance', () => {
    expect(errorOf(quiz({ ...predict, run: { ...predict.run, preset: 'x' } })).message).toMatch(
      /field "run.preset": unknown preset/,
    );
    expect(errorOf(quiz({ ...predict, run: { ...predict.run, mode: 'edge' } })).message).toMatch(
      /field "run.mode"/,
    );
    expect(errorOf(quiz({ ...predict, field: 'latency ms' })).message).toMatch(/field "field"/);
    expect(errorOf(quiz({ ...predict, unit: 'hours' })).message).toMatch(
      /field "unit": expected one of ms, s, min, h/,
    );
    expect(errorOf(quiz({ ...predict, unit: '%' })).message).toMatch(
      /field "unit": "latencyMs.p50" is a duration: use one of ms, s, min, h/,
    );
    expect(
      errorOf(quiz({ ...predict, tolerance: { kind: 'relative', value: 0 } })).message,
    ).toMatch(/tolerance.value": expected a number above 0/);
    expect(
      errorOf(quiz({ ...predict, tolerance: { kind: 'relative', value: 1.5 } })).message,
    ).toMatch(/share below 1/);
    expect(
      errorOf(quiz({ ...predict, run: { ...predict.run, set: { '--seed': 1 } } })).message,
    ).toMatch(/field "run.set.--seed": a flag name/);
    expect(
      errorOf(quiz({ ...predict, run: { ...predict.run, set: { autoscale: false } } })).message,
    ).toMatch(/a flag value is a number, a string, or true/);
  });

  it('reports invalid JSON with the file name', () => {
    expect(errorOf('{ "title": ').message).toMatch(
      /^lessons\/09-prueba\/quiz\.json: not valid JSON/,
    );
    expect(errorOf(JSON.stringify({ title: t('x'), questions: [] })).message).toMatch(
      /field "questions": expected at least 1 entry,/,
    );
  });
});
