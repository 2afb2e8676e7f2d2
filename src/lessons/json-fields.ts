import { locales } from '../locale/locales.ts';
import { ContentError, type ContentLocation } from './content-error.ts';
import type { LocalizedText } from './localized.ts';

/**
 * Typed reads of a parsed JSON file, each failing with a ContentError that names the file, the
 * question and the field path ("options[2].feedback.en"), so a quiz file is checked field by
 * field instead of being cast and trusted.
 */
export class JsonFields {
  constructor(
    readonly file: string,
    readonly question?: string,
  ) {}

  forQuestion(id: string): JsonFields {
    return new JsonFields(this.file, id);
  }

  fail(field: string, problem: string): never {
    const at: ContentLocation = { field };
    if (this.question !== undefined) at.question = this.question;
    throw new ContentError(this.file, problem, at);
  }

  object(value: unknown, field: string, allowed: readonly string[]): Record<string, unknown> {
    const record = this.record(value, field);
    for (const key of Object.keys(record))
      if (!allowed.includes(key))
        this.fail(join(field, key), `unknown field; allowed here: ${allowed.join(', ')}`);
    return record;
  }

  /** An object whose keys are checked by the caller. */
  record(value: unknown, field: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      this.fail(field, `expected an object, got ${describe(value)}`);
    return value as Record<string, unknown>;
  }

  array(value: unknown, field: string, minLength: number): unknown[] {
    if (!Array.isArray(value)) this.fail(field, `expected an array, got ${describe(value)}`);
    if (value.length < minLength)
      this.fail(
        field,
        `expected at least ${minLength} ${minLength === 1 ? 'entry' : 'entries'}, got ${value.length}`,
      );
    return value;
  }

  string(value: unknown, field: string): string {
    if (typeof value !== 'string' || value.trim() === '')
      this.fail(field, `expected a non-empty string, got ${describe(value)}`);
    return value;
  }

  oneOf<T extends string>(value: unknown, field: string, choices: readonly T[]): T {
    const text = this.string(value, field);
    if (!(choices as readonly string[]).includes(text))
      this.fail(field, `expected one of ${choices.join(', ')}, got "${text}"`);
    return text as T;
  }

  matching(value: unknown, field: string, pattern: RegExp, what: string): string {
    const text = this.string(value, field);
    if (!pattern.test(text)) this.fail(field, `expected ${what}, got "${text}"`);
    return text;
  }

  positiveNumber(value: unknown, field: string): number {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
      this.fail(field, `expected a number above 0, got ${describe(value)}`);
    return value;
  }

  /** `{ "es": "...", "en": "..." }`: every language of the course, nothing else. */
  localized(value: unknown, field: string): LocalizedText {
    const record = this.object(value, field, locales);
    const text = {} as Record<(typeof locales)[number], string>;
    for (const locale of locales) {
      if (!Object.hasOwn(record, locale))
        this.fail(join(field, locale), 'missing: every text is given in every language');
      text[locale] = this.string(record[locale], join(field, locale));
    }
    return text;
  }
}

export function join(field: string, key: string | number): string {
  if (typeof key === 'number') return `${field}[${key}]`;
  return field === '' ? key : `${field}.${key}`;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
