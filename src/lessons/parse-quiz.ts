import { isPresetName, PRESET_NAMES } from '../model/case-names.ts';
import { DISPLAY_UNITS, unitMismatch, type DisplayUnit } from './quiz-units.ts';
import { ContentError } from './content-error.ts';
import { JsonFields, join } from './json-fields.ts';
import { DEPLOYMENT_MODES } from '../modes/mode-names.ts';
import { SLUG } from './parse-slides.ts';
import type {
  ChoiceOption,
  ClassifyItem,
  MultipleScoring,
  PredictQuestion,
  Question,
  Quiz,
  SimulationRun,
  Tolerance,
} from './quiz-types.ts';
import type { FlagValue } from './widget-spec.ts';

/**
 * A quiz file (`quiz.json`), both languages inside:
 *
 *     { "title": { "es": "...", "en": "..." },
 *       "questions": [ { "id": "...", "type": "single" | "multiple" | "classify" | "predict",
 *                        "prompt": { "es": "...", "en": "..." }, ...fields of the type } ] }
 *
 * lessons/README.md describes each type's fields. Unknown fields are errors, so a misspelt key
 * is caught rather than ignored.
 */
const QUESTION_TYPES = ['single', 'multiple', 'classify', 'predict'] as const;
const SCORINGS: readonly MultipleScoring[] = ['partial', 'all-or-nothing'];
const OPTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FIELD_PATH = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*$/;
const FLAG_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export function parseQuiz(source: string, file: string, id: string): Quiz {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new ContentError(file, `not valid JSON: ${(error as Error).message}`);
  }
  const json = new JsonFields(file);
  const top = json.object(data, '', ['title', 'questions']);
  const title = json.localized(top.title, 'title');
  const raw = json.array(top.questions, 'questions', 1);
  const seen = new Set<string>();
  const questions = raw.map((value, i) => {
    const field = join('questions', i);
    const record = json.record(value, field);
    const qid = json.matching(
      record.id,
      join(field, 'id'),
      SLUG,
      'lowercase words joined by hyphens',
    );
    if (seen.has(qid)) json.fail(join(field, 'id'), `question id "${qid}" is used twice`);
    seen.add(qid);
    return parseQuestion(record, json.forQuestion(qid), qid);
  });
  return { id, title, questions };
}

function onlyFields(q: JsonFields, record: Record<string, unknown>, allowed: readonly string[]) {
  for (const key of Object.keys(record))
    if (!allowed.includes(key))
      q.fail(
        key,
        `not a field of a ${String(record.type)} question; its fields: ${allowed.join(', ')}`,
      );
}

function parseQuestion(record: Record<string, unknown>, q: JsonFields, id: string): Question {
  const type = q.oneOf(record.type, 'type', QUESTION_TYPES);
  const prompt = q.localized(record.prompt, 'prompt');
  const common = ['id', 'type', 'prompt'];
  switch (type) {
    case 'single': {
      onlyFields(q, record, [...common, 'options', 'answer']);
      const options = parseOptions(q, record.options);
      const answer = q.string(record.answer, 'answer');
      if (!options.some((o) => o.id === answer))
        q.fail('answer', `"${answer}" is not one of the option ids ${ids(options)}`);
      return { id, type, prompt, options, answer };
    }
    case 'multiple': {
      onlyFields(q, record, [...common, 'options', 'answers', 'scoring']);
      const options = parseOptions(q, record.options);
      const answers = q.array(record.answers, 'answers', 1).map((a, i) => {
        const answer = q.string(a, join('answers', i));
        if (!options.some((o) => o.id === answer))
          q.fail(join('answers', i), `"${answer}" is not one of the option ids ${ids(options)}`);
        return answer;
      });
      if (new Set(answers).size !== answers.length) q.fail('answers', 'an answer is listed twice');
      if (answers.length === options.length)
        q.fail('answers', 'every option is right: add at least one wrong option');
      const scoring =
        record.scoring === undefined ? 'partial' : q.oneOf(record.scoring, 'scoring', SCORINGS);
      return { id, type, prompt, options, answers, scoring };
    }
    case 'classify': {
      onlyFields(q, record, [...common, 'items']);
      return { id, type, prompt, items: parseItems(q, record.items) };
    }
    case 'predict': {
      onlyFields(q, record, [...common, 'run', 'field', 'unit', 'tolerance', 'feedback']);
      return { id, type, prompt, ...parsePredict(q, record) };
    }
  }
}

function ids(options: readonly { id: string }[]): string {
  return options.map((o) => o.id).join(', ');
}

function parseOptions(q: JsonFields, value: unknown): ChoiceOption[] {
  const options = q.array(value, 'options', 2).map((raw, i) => {
    const field = join('options', i);
    const o = q.object(raw, field, ['id', 'text', 'feedback']);
    return {
      id: q.matching(o.id, join(field, 'id'), OPTION_ID, 'a short id such as "a" or "b"'),
      text: q.localized(o.text, join(field, 'text')),
      feedback: q.localized(o.feedback, join(field, 'feedback')),
    };
  });
  const seen = new Set<string>();
  options.forEach((o, i) => {
    if (seen.has(o.id)) q.fail(join(join('options', i), 'id'), `option id "${o.id}" is used twice`);
    seen.add(o.id);
  });
  return options;
}

function parseItems(q: JsonFields, value: unknown): ClassifyItem[] {
  const seen = new Set<string>();
  return q.array(value, 'items', 2).map((raw, i) => {
    const field = join('items', i);
    const o = q.object(raw, field, ['id', 'text', 'answer', 'feedback', 'preset']);
    const itemId = q.matching(o.id, join(field, 'id'), OPTION_ID, 'a short id');
    if (seen.has(itemId)) q.fail(join(field, 'id'), `item id "${itemId}" is used twice`);
    seen.add(itemId);
    let preset: ClassifyItem['preset'] = null;
    if (o.preset !== undefined) {
      const name = q.string(o.preset, join(field, 'preset'));
      if (!isPresetName(name))
        q.fail(
          join(field, 'preset'),
          `unknown preset "${name}"; the presets are ${PRESET_NAMES.join(', ')}`,
        );
      preset = name;
    }
    return {
      id: itemId,
      text: q.localized(o.text, join(field, 'text')),
      answer: q.oneOf(o.answer, join(field, 'answer'), DEPLOYMENT_MODES),
      feedback: q.localized(o.feedback, join(field, 'feedback')),
      preset,
    };
  });
}

function parsePredict(
  q: JsonFields,
  record: Record<string, unknown>,
): Omit<PredictQuestion, 'id' | 'type' | 'prompt'> {
  const run = parseRun(q, record.run);
  const field = q.matching(
    record.field,
    'field',
    FIELD_PATH,
    'a dotted report path such as "latencyMs.p99"',
  );
  const unit: DisplayUnit = q.oneOf(record.unit, 'unit', DISPLAY_UNITS);
  const mismatch = unitMismatch(field, unit);
  if (mismatch !== null) q.fail('unit', mismatch);
  const t = q.object(record.tolerance, 'tolerance', ['kind', 'value']);
  const tolerance: Tolerance = {
    kind: q.oneOf(t.kind, 'tolerance.kind', ['relative', 'absolute'] as const),
    value: q.positiveNumber(t.value, 'tolerance.value'),
  };
  if (tolerance.kind === 'relative' && tolerance.value >= 1)
    q.fail('tolerance.value', 'a relative tolerance is a share below 1, e.g. 0.2 for 20 %');
  return { run, field, unit, tolerance, feedback: q.localized(record.feedback, 'feedback') };
}

function parseRun(q: JsonFields, value: unknown): SimulationRun {
  const run = q.object(value, 'run', ['preset', 'mode', 'set']);
  const preset = q.string(run.preset, 'run.preset');
  if (!isPresetName(preset))
    q.fail('run.preset', `unknown preset "${preset}"; the presets are ${PRESET_NAMES.join(', ')}`);
  const mode = q.oneOf(run.mode, 'run.mode', DEPLOYMENT_MODES);
  const set: Record<string, FlagValue> = {};
  if (run.set !== undefined) {
    const flags = q.record(run.set, 'run.set');
    for (const [flag, v] of Object.entries(flags)) {
      const where = join('run.set', flag);
      if (!FLAG_NAME.test(flag))
        q.fail(where, 'a flag name of npm run simulate, without the dashes');
      if (typeof v === 'number' ? !Number.isFinite(v) : typeof v !== 'string' && v !== true)
        q.fail(where, 'a flag value is a number, a string, or true for a switch');
      set[flag] = v as FlagValue;
    }
  }
  return { preset, mode, set };
}
