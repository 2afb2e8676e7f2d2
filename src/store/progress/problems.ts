/**
 * What can be wrong with saved or imported progress. Codes are stable names (tests and the
 * interface's translations key on them); `path` says where, e.g. `slidesSeen.02-batch[2]`.
 */
export type RefusalCode =
  /** The text is longer than any progress this course can produce: not read at all. */
  | 'too-large'
  | 'not-json'
  /** Valid JSON, but an array, a string, a number or null rather than an object. */
  | 'not-an-object'
  /** An object without this course's marker: another app's file. */
  | 'foreign'
  /** Written by a later version of the course, which this one cannot read safely. */
  | 'newer-version'
  /** A version number that never existed. */
  | 'unknown-version'
  /** One of the four sections is missing or of the wrong type. */
  | 'bad-section'
  /** A section holds more entries than the course could ever write. */
  | 'too-many-entries';

export type DropCode =
  | 'unknown-field'
  | 'bad-id'
  | 'bad-slide-list'
  | 'bad-slide-number'
  | 'duplicate-slide'
  | 'bad-last-slide'
  | 'bad-quiz'
  | 'bad-locale'
  | 'bad-theme'
  | 'bad-motion'
  /** The widgets section is not an object of at most limits.widgets entries. */
  | 'bad-widgets'
  | 'bad-widget';

export type ProblemCode = RefusalCode | DropCode;

export interface Problem {
  code: ProblemCode;
  path: string;
}

/** Refusal codes, in the order a reader should hear about them. */
export const refusalCodes: readonly RefusalCode[] = [
  'too-large',
  'not-json',
  'not-an-object',
  'foreign',
  'newer-version',
  'unknown-version',
  'bad-section',
  'too-many-entries',
];

export function problem(code: ProblemCode, path: string): Problem {
  return { code, path };
}

/** A refusal rejects the whole document; any other problem only drops the entry it names. */
export function isRefusal(p: Problem): boolean {
  return (refusalCodes as readonly ProblemCode[]).includes(p.code);
}
