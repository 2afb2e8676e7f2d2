import type { DecisionCase } from './decision-rule.ts';

/**
 * The assistant's case in its address, `#/decide?known=no&maxAgeS=0.3&blocking=yes&eventsPerS=200`,
 * so a shared link reproduces it. Reading never fails: a missing or bad value is replaced by the
 * default and reported with the field's name and what it accepts (the page shows a notice).
 */

export type DecideField = keyof DecisionCase;

/** The deck's streaming example (fraud review, presets.ts): what the page shows with no query. */
export const DEFAULT_CASE: DecisionCase = {
  known: false,
  maxAgeS: 60,
  blocking: false,
  eventsPerS: 1500,
};

/** Accepted ranges: from a millisecond to four weeks old (the longest target the modes take,
 *  common-params.ts); from about nine events a day (0.0001 a second) to a million a second. */
export const DECIDE_RANGES = {
  maxAgeS: { min: 0.001, max: 28 * 86_400 },
  eventsPerS: { min: 0.0001, max: 1_000_000 },
} as const;

export type DecideProblem =
  | { field: 'known' | 'blocking'; kind: 'not-yes-no'; given: string }
  | { field: 'maxAgeS' | 'eventsPerS'; kind: 'not-a-number' | 'out-of-range'; given: string }
  | { field: DecideField; kind: 'missing' };

export interface ReadCase {
  decisionCase: DecisionCase;
  /** Fields that were given but could not be used (a missing field is a problem only when the
   *  query names some fields and leaves others out). */
  problems: DecideProblem[];
}

const FIELDS: DecideField[] = ['known', 'maxAgeS', 'blocking', 'eventsPerS'];
/** Long enough for any number a person types; longer is not echoed back in a notice. */
const ECHO_CHARS = 24;

export function readDecideQuery(query: string): ReadCase {
  const params = new URLSearchParams(query);
  const given = FIELDS.filter((f) => params.has(f));
  const decisionCase = { ...DEFAULT_CASE };
  const problems: DecideProblem[] = [];
  for (const field of FIELDS) {
    const raw = params.get(field);
    if (raw === null) {
      if (given.length > 0) problems.push({ field, kind: 'missing' });
      continue;
    }
    const echo = raw.slice(0, ECHO_CHARS);
    if (field === 'known' || field === 'blocking') {
      if (raw === 'yes' || raw === 'no') decisionCase[field] = raw === 'yes';
      else problems.push({ field, kind: 'not-yes-no', given: echo });
      continue;
    }
    const value = raw.trim() === '' ? Number.NaN : Number(raw);
    const { min, max } = DECIDE_RANGES[field];
    if (!Number.isFinite(value)) problems.push({ field, kind: 'not-a-number', given: echo });
    else if (value < min || value > max)
      problems.push({ field, kind: 'out-of-range', given: echo });
    else decisionCase[field] = value;
  }
  return { decisionCase, problems };
}

export function formatDecideQuery(c: DecisionCase): string {
  const yesNo = (b: boolean) => (b ? 'yes' : 'no');
  return new URLSearchParams({
    known: yesNo(c.known),
    maxAgeS: String(c.maxAgeS),
    blocking: yesNo(c.blocking),
    eventsPerS: String(c.eventsPerS),
  }).toString();
}
