import * as v from 'valibot';
import { parseDistribution } from '../../sim/distribution-spec.ts';
import { createDistribution } from '../../sim/distributions.ts';
import type {
  Bilingual,
  DistributionParam,
  NumberParam,
  ParamRule,
  ParamSpec,
  ParamTable,
  ParamValue,
} from './table.ts';

/**
 * Validation of a mode's values, built from its table with valibot (one schema per entry, then
 * the table's rules across entries). The outcome names the first bad parameter, the value it got
 * and what it accepts, as data: the CLI words it with the flag, the app in the learner's language
 * with the control's label (params/messages.ts).
 */
export type Accepted =
  | {
      kind: 'range';
      min: number;
      max: number;
      integer: boolean;
      exclusiveMin: boolean;
      optional: boolean;
    }
  | { kind: 'choice'; choices: readonly string[]; optional: boolean }
  | { kind: 'toggle' }
  | { kind: 'distribution'; minMean: number; maxMean: number; optional: boolean }
  | { kind: 'text'; accepted: Bilingual }
  | { kind: 'rule'; accepted: Bilingual };

export interface Refusal {
  /** The parameter (a table key). */
  key: string;
  got: unknown;
  accepted: Accepted;
  /** For a broken rule, every key it concerns (`key` is the first): any of them may be the fault. */
  ruleKeys?: readonly string[];
}

export type Checked =
  { ok: true; values: Record<string, ParamValue> } | { ok: false; refusal: Refusal };

/** A refusal thrown where a caller cannot go on (the CLI, a worker command). */
export class ParamRefusal extends Error {
  constructor(readonly refusal: Refusal) {
    super(`${refusal.key}: refused ${JSON.stringify(refusal.got)}`);
    this.name = 'ParamRefusal';
  }
}

/** What an entry accepts, for messages. */
export function acceptedBy(spec: ParamSpec): Accepted {
  switch (spec.kind) {
    case 'number':
      return {
        kind: 'range',
        min: spec.min,
        max: spec.max,
        integer: spec.integer,
        exclusiveMin: spec.exclusiveMin ?? false,
        optional: spec.optional,
      };
    case 'choice':
      return { kind: 'choice', choices: spec.choices, optional: spec.optional };
    case 'toggle':
      return { kind: 'toggle' };
    case 'distribution':
      return {
        kind: 'distribution',
        minMean: spec.minMean,
        maxMean: spec.maxMean,
        optional: spec.optional,
      };
    case 'text':
      return { kind: 'text', accepted: TEXT_ACCEPTED };
  }
}

const TEXT_ACCEPTED: Bilingual = {
  en: 'text in the format the help describes',
  es: 'un texto con el formato que describe la ayuda',
};

function numberSchema(spec: NumberParam) {
  const low = spec.exclusiveMin
    ? v.gtValue<number, number>(spec.min)
    : v.minValue<number, number>(spec.min);
  const high = v.maxValue<number, number>(spec.max);
  const base = spec.integer
    ? v.pipe(v.number(), v.finite(), low, high, v.integer())
    : v.pipe(v.number(), v.finite(), low, high);
  return spec.optional ? v.nullable(base) : base;
}

/** The mean of a distribution's text, or NaN when the text is not a distribution. */
export function distributionMean(text: string): number {
  try {
    return createDistribution(parseDistribution('service', text)).mean;
  } catch {
    return Number.NaN;
  }
}

function distributionSchema(spec: DistributionParam) {
  const base = v.pipe(
    v.string(),
    v.maxLength(100_000),
    v.check((text) => {
      const mean = distributionMean(text);
      return mean >= spec.minMean && mean <= spec.maxMean;
    }),
  );
  return spec.optional ? v.nullable(base) : base;
}

function entrySchema(spec: ParamSpec) {
  switch (spec.kind) {
    case 'number':
      return numberSchema(spec);
    case 'choice': {
      const picklist = v.picklist(spec.choices as [string, ...string[]]);
      return spec.optional ? v.nullable(picklist) : picklist;
    }
    case 'toggle':
      return v.boolean();
    case 'distribution':
      return distributionSchema(spec);
    case 'text': {
      const one = v.pipe(
        v.string(),
        v.maxLength(spec.maxLength),
        v.check((text) => spec.check(text) === null),
      );
      return spec.list ? v.array(one) : v.nullable(one);
    }
  }
}

const schemas = new WeakMap<ParamTable, ReturnType<typeof buildSchema>>();

function buildSchema(table: ParamTable) {
  return v.strictObject(Object.fromEntries(table.map((spec) => [spec.key, entrySchema(spec)])));
}

/**
 * Checks every value against its entry, in the table's order, then the rules; the first problem
 * found is the refusal. `values` must hold every key (merge defaults first).
 */
export function checkValues(
  table: ParamTable,
  rules: readonly ParamRule[],
  values: Readonly<Record<string, ParamValue>>,
): Checked {
  let schema = schemas.get(table);
  if (schema === undefined) {
    schema = buildSchema(table);
    schemas.set(table, schema);
  }
  const result = v.safeParse(schema, values);
  if (!result.success) {
    const bad = new Set(result.issues.map((issue) => String(issue.path?.[0]?.key ?? '')));
    const spec = table.find((s) => bad.has(s.key));
    if (spec === undefined) {
      const key = [...bad][0] ?? '';
      return { ok: false, refusal: { key, got: values[key], accepted: UNKNOWN_KEY } };
    }
    return textRefusal(spec, values[spec.key]) ?? refusal(spec, values[spec.key]);
  }
  for (const rule of rules) {
    const broken = rule.check(values);
    if (broken !== null) {
      const key = rule.keys[0];
      return {
        ok: false,
        refusal: {
          key,
          got: values[key],
          accepted: { kind: 'rule', accepted: broken },
          ruleKeys: keysRead(rule, values),
        },
      };
    }
  }
  return { ok: true, values: { ...values } };
}

/**
 * The rule's keys, then every other value its check reads (found by running it once more on a
 * proxy that notes each read): a rule that also reads the panic window or the arrival pattern can
 * be broken by either, so blame (blame.ts) must be able to name them.
 */
function keysRead(rule: ParamRule, values: Readonly<Record<string, ParamValue>>): string[] {
  const read = new Set<string>(rule.keys);
  const noting = new Proxy(values, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  rule.check(noting);
  return [...read];
}

const UNKNOWN_KEY: Accepted = {
  kind: 'rule',
  accepted: { en: 'one of the parameters of this mode', es: 'uno de los parámetros de este modo' },
};

function refusal(spec: ParamSpec, got: unknown): Checked {
  return { ok: false, refusal: { key: spec.key, got, accepted: acceptedBy(spec) } };
}

/** A text entry names its own accepted format (an arrival pattern's, a membership change's). */
function textRefusal(spec: ParamSpec, got: unknown): Checked | null {
  if (spec.kind !== 'text') return null;
  const entries = Array.isArray(got) ? got : [got];
  for (const entry of entries) {
    if (typeof entry !== 'string') continue;
    if (entry.length > spec.maxLength) break;
    const accepted = spec.check(entry);
    if (accepted !== null)
      return {
        ok: false,
        refusal: { key: spec.key, got: entry, accepted: { kind: 'text', accepted } },
      };
  }
  return null;
}
