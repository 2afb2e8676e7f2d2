import type { LocalizedText } from '../lessons/localized.ts';
import { DEPLOYMENT_MODES } from '../modes/mode-names.ts';
import type {
  ChoiceOption,
  ClassifyQuestion,
  MultipleChoiceQuestion,
  MultipleScoring,
  PredictQuestion,
  Question,
  SingleChoiceQuestion,
} from '../lessons/quiz-types.ts';
import type { DeploymentMode } from '../modes/mode-names.ts';
import { AnswerError } from './answer-error.ts';
import { checkTolerance } from './tolerance.ts';
import { toDisplayUnit, type DisplayUnit } from '../lessons/quiz-units.ts';

/**
 * Pure grading: a question and the learner's answer in, a score in [0, 1] and feedback for every
 * option or item out. An answer that cannot be graded throws an AnswerError instead.
 */
export type Answer =
  | { type: 'single'; choice: string }
  | { type: 'multiple'; choices: readonly string[] }
  | { type: 'classify'; placements: Readonly<Record<string, DeploymentMode>> }
  /** `simulated` is the report's raw value (readReportField), in the report's own unit. */
  | { type: 'predict'; prediction: number; simulated: number };

export interface OptionFeedback {
  id: string;
  chosen: boolean;
  /** Whether the option is one of the right answers. */
  right: boolean;
  feedback: LocalizedText;
}

/**
 * What the page says about one option after checking. Every option gets one, so the learner
 * reads why each is right or wrong, not only about the ones they picked.
 */
export type OptionVerdict =
  /** Picked, and right. */
  | 'picked-right'
  /** Picked, and wrong. */
  | 'picked-wrong'
  /** Not picked, but right: missed. */
  | 'missed'
  /** Not picked, and wrong: rightly left out. */
  | 'left-out';

interface GradeBase {
  questionId: string;
  /** In [0, 1]. */
  score: number;
  /** Full marks. */
  correct: boolean;
}

export interface ChoiceGrade extends GradeBase {
  type: 'single' | 'multiple';
  options: readonly OptionFeedback[];
}

export interface ClassifyGrade extends GradeBase {
  type: 'classify';
  items: ReadonlyArray<{
    id: string;
    placed: DeploymentMode;
    expected: DeploymentMode;
    correct: boolean;
    feedback: LocalizedText;
  }>;
}

export interface PredictGrade extends GradeBase {
  type: 'predict';
  unit: DisplayUnit;
  prediction: number;
  /** The simulated value in `unit`. */
  simulated: number;
  /** The largest |prediction - simulated| accepted, in `unit`. */
  allowed: number;
  verdict: 'within' | 'too-low' | 'too-high';
  feedback: LocalizedText;
}

/** Which way a prediction went: inside the accepted interval, or below or above it. */
export type PredictVerdict = PredictGrade['verdict'];

export type Grade = ChoiceGrade | ClassifyGrade | PredictGrade;

export function gradeQuestion(question: Question, answer: Answer): Grade {
  if (answer.type !== question.type)
    throw new AnswerError('wrong-type', {
      es: `Esta pregunta es de tipo «${question.type}», no «${answer.type}».`,
      en: `This is a "${question.type}" question, not "${answer.type}".`,
    });
  switch (question.type) {
    case 'single':
      return gradeSingle(question, (answer as { choice: string }).choice);
    case 'multiple':
      return gradeMultiple(question, (answer as { choices: readonly string[] }).choices);
    case 'classify':
      return gradeClassify(
        question,
        (answer as { placements: Readonly<Record<string, DeploymentMode>> }).placements,
      );
    case 'predict': {
      const a = answer as { prediction: number; simulated: number };
      return gradePrediction(question, a.prediction, a.simulated);
    }
  }
}

function knownOption(question: { options: readonly ChoiceOption[] }, id: string): void {
  if (!question.options.some((o) => o.id === id))
    throw new AnswerError('unknown-option', {
      es: `«${id}» no es una de las opciones de esta pregunta.`,
      en: `"${id}" is not one of this question's options.`,
    });
}

function optionFeedback(
  question: { options: readonly ChoiceOption[] },
  chosen: ReadonlySet<string>,
  right: ReadonlySet<string>,
): OptionFeedback[] {
  return question.options.map((o) => ({
    id: o.id,
    chosen: chosen.has(o.id),
    right: right.has(o.id),
    feedback: o.feedback,
  }));
}

export function gradeSingle(question: SingleChoiceQuestion, choice: string): ChoiceGrade {
  if (typeof choice !== 'string' || choice === '')
    throw new AnswerError('empty', {
      es: 'Elige una opción antes de revisar tu respuesta.',
      en: 'Choose an option before checking your answer.',
    });
  knownOption(question, choice);
  const correct = choice === question.answer;
  return {
    type: 'single',
    questionId: question.id,
    score: correct ? 1 : 0,
    correct,
    options: optionFeedback(question, new Set([choice]), new Set([question.answer])),
  };
}

/**
 * Multiple choice. With 'partial' scoring (the course's default) the score is
 * (right picks - wrong picks) / number of right options, floored at 0: each right pick earns
 * credit, and each wrong pick takes one away, so ticking every box earns nothing. It is used
 * because these questions list several independent facts (which of these are advantages of
 * batch?), and a learner who knows most of them should see that, while guessing stays
 * unrewarded. 'all-or-nothing' gives 1 only for exactly the right set, for questions whose
 * options only make sense together.
 */
export function gradeMultiple(
  question: MultipleChoiceQuestion,
  choices: readonly string[],
  scoring: MultipleScoring = question.scoring,
): ChoiceGrade {
  if (!Array.isArray(choices) || choices.length === 0)
    throw new AnswerError('empty', {
      es: 'Marca al menos una opción antes de revisar tu respuesta.',
      en: 'Tick at least one option before checking your answer.',
    });
  const chosen = new Set<string>();
  for (const id of choices) {
    knownOption(question, id);
    if (chosen.has(id))
      throw new AnswerError('repeated-option', {
        es: `La opción «${id}» aparece dos veces en la respuesta.`,
        en: `Option "${id}" appears twice in the answer.`,
      });
    chosen.add(id);
  }
  const right = new Set(question.answers);
  const rightPicks = [...chosen].filter((id) => right.has(id)).length;
  const wrongPicks = chosen.size - rightPicks;
  const exact = rightPicks === right.size && wrongPicks === 0;
  const score =
    scoring === 'all-or-nothing'
      ? exact
        ? 1
        : 0
      : Math.max(0, (rightPicks - wrongPicks) / right.size);
  return {
    type: 'multiple',
    questionId: question.id,
    score,
    correct: exact,
    options: optionFeedback(question, chosen, right),
  };
}

/** Classification: every scenario must be placed; the score is the share placed right. */
export function gradeClassify(
  question: ClassifyQuestion,
  placements: Readonly<Record<string, DeploymentMode>>,
): ClassifyGrade {
  if (typeof placements !== 'object' || placements === null || Object.keys(placements).length === 0)
    throw new AnswerError('empty', {
      es: 'Clasifica cada situación antes de revisar tu respuesta.',
      en: 'Place every scenario before checking your answer.',
    });
  for (const [id, mode] of Object.entries(placements)) {
    if (!question.items.some((item) => item.id === id))
      throw new AnswerError('unknown-item', {
        es: `«${id}» no es una de las situaciones de esta pregunta.`,
        en: `"${id}" is not one of this question's scenarios.`,
      });
    if (!DEPLOYMENT_MODES.includes(mode))
      throw new AnswerError('unknown-category', {
        es: `«${String(mode)}» no es un tipo de despliegue: usa batch, online o streaming.`,
        en: `"${String(mode)}" is not a deployment type: use batch, online or streaming.`,
      });
  }
  const missing = question.items.filter((item) => !Object.hasOwn(placements, item.id));
  if (missing.length > 0)
    throw new AnswerError('missing-item', {
      es: `Falta clasificar ${missing.length === 1 ? 'una situación' : `${missing.length} situaciones`}.`,
      en: `${missing.length === 1 ? 'One scenario is' : `${missing.length} scenarios are`} not placed yet.`,
    });
  const items = question.items.map((item) => ({
    id: item.id,
    placed: placements[item.id],
    expected: item.answer,
    correct: placements[item.id] === item.answer,
    feedback: item.feedback,
  }));
  const right = items.filter((i) => i.correct).length;
  return {
    type: 'classify',
    questionId: question.id,
    score: right / items.length,
    correct: right === items.length,
    items,
  };
}

/**
 * Predict, then run: `prediction` is in the question's unit, `simulated` is the report's raw
 * value (e.g. milliseconds for latencyMs.p99), converted here. Full marks within the tolerance,
 * none outside it; the verdict says which way a miss went.
 */
export function gradePrediction(
  question: PredictQuestion,
  prediction: number,
  simulated: number,
): PredictGrade {
  if (typeof prediction !== 'number' || !Number.isFinite(prediction))
    throw new AnswerError('not-a-number', {
      es: 'Escribe tu predicción como un número (por ejemplo, 250 o 0,5).',
      en: 'Enter your prediction as a number (for example 250 or 0.5).',
    });
  if (typeof simulated !== 'number' || !Number.isFinite(simulated))
    throw new AnswerError('no-simulated-value', {
      es: 'La simulación no produjo un valor con el que comparar; vuelve a ejecutarla.',
      en: 'The simulation produced no value to compare with; run it again.',
    });
  const value = toDisplayUnit(simulated, question.field, question.unit);
  const check = checkTolerance(prediction, value, question.tolerance);
  const verdict = check.within ? 'within' : check.error < 0 ? 'too-low' : 'too-high';
  return {
    type: 'predict',
    questionId: question.id,
    score: check.within ? 1 : 0,
    correct: check.within,
    unit: question.unit,
    prediction,
    simulated: value,
    allowed: check.allowed,
    verdict,
    feedback: question.feedback,
  };
}
