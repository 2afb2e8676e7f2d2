import type {
  ClassifyQuestion,
  MultipleChoiceQuestion,
  PredictQuestion,
  Quiz,
  SingleChoiceQuestion,
} from '../../../src/lessons/quiz-types.ts';

const t = (s: string) => ({ es: `${s} (es)`, en: `${s} (en)` });
const option = (id: string) => ({ id, text: t(id), feedback: t(`why ${id}`) });

export const single: SingleChoiceQuestion = {
  id: 'single',
  type: 'single',
  prompt: t('?'),
  options: [option('a'), option('b'), option('c')],
  answer: 'b',
};

/** Three right options (a, c, d) and two wrong (b, e). */
export const multiple: MultipleChoiceQuestion = {
  id: 'multiple',
  type: 'multiple',
  prompt: t('?'),
  options: ['a', 'b', 'c', 'd', 'e'].map(option),
  answers: ['a', 'c', 'd'],
  scoring: 'partial',
};

export const classify: ClassifyQuestion = {
  id: 'classify',
  type: 'classify',
  prompt: t('?'),
  items: [
    { id: 'x', text: t('x'), answer: 'batch', feedback: t('x'), preset: null },
    { id: 'y', text: t('y'), answer: 'online', feedback: t('y'), preset: null },
    { id: 'z', text: t('z'), answer: 'streaming', feedback: t('z'), preset: 'fraud-detection' },
    { id: 'w', text: t('w'), answer: 'batch', feedback: t('w'), preset: null },
  ],
};

/** p99 latency in milliseconds, within 10 %. */
export const predict: PredictQuestion = {
  id: 'predict',
  type: 'predict',
  prompt: t('?'),
  run: { preset: 'hotel-activities', mode: 'online', set: { 'network-rtt-ms': 200 } },
  field: 'latencyMs.p99',
  unit: 'ms',
  tolerance: { kind: 'relative', value: 0.1 },
  feedback: t('because'),
};

export const quiz: Quiz = {
  id: 'test',
  title: t('Quiz'),
  questions: [single, multiple, classify, predict],
};
