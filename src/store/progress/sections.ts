import { isLocale } from '../../locale/locales.ts';
import { problem, type Problem } from './problems.ts';
import { isMotionSetting, isProgressId, isSlideNumber, isTheme, limits } from './limits.ts';
import type { ProgressSettings, QuizRecord, SlideRef } from './schema.ts';

/*
 * One reader per section of a progress document. Each returns the section's valid part and pushes
 * what it dropped onto `problems`; a section it cannot read at all (wrong type, too many entries)
 * comes back as null (undefined for lastSlide, whose valid values include null) with a refusal.
 */

/** A JSON-style object: not null, not an array, not a class instance such as a Date. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function entriesOf(
  value: unknown,
  section: string,
  max: number,
  problems: Problem[],
): [string, unknown][] | null {
  if (!isPlainObject(value)) {
    problems.push(problem('bad-section', section));
    return null;
  }
  const entries = Object.entries(value);
  if (entries.length > max) {
    problems.push(problem('too-many-entries', section));
    return null;
  }
  return entries;
}

export function readSlidesSeen(
  value: unknown,
  problems: Problem[],
): Record<string, number[]> | null {
  const entries = entriesOf(value, 'slidesSeen', limits.lessons, problems);
  if (entries === null) return null;
  const kept: Record<string, number[]> = {};
  for (const [lessonId, slides] of entries) {
    const path = `slidesSeen.${lessonId}`;
    if (!isProgressId(lessonId)) problems.push(problem('bad-id', path));
    else if (!Array.isArray(slides) || slides.length > limits.slidesPerLesson)
      problems.push(problem('bad-slide-list', path));
    else kept[lessonId] = readSlideList(slides, path, problems);
  }
  return kept;
}

/** Valid numbers kept, ascending; bad ones and repeats dropped and reported. */
function readSlideList(slides: unknown[], path: string, problems: Problem[]): number[] {
  const seen = new Set<number>();
  slides.forEach((slide, k) => {
    if (!isSlideNumber(slide)) problems.push(problem('bad-slide-number', `${path}[${k}]`));
    else if (seen.has(slide)) problems.push(problem('duplicate-slide', `${path}[${k}]`));
    else seen.add(slide);
  });
  return [...seen].sort((a, b) => a - b);
}

/** undefined: the section is unreadable (refusal pushed); null: no slide visited yet. */
export function readLastSlide(value: unknown, problems: Problem[]): SlideRef | null | undefined {
  if (value === null) return null;
  if (!isPlainObject(value)) {
    problems.push(problem('bad-section', 'lastSlide'));
    return undefined;
  }
  const { lessonId, slide } = value;
  const exact = Object.keys(value).length === 2;
  if (!exact || !isProgressId(lessonId) || !isSlideNumber(slide)) {
    // A bad pointer only costs the "continue" link, so it is dropped rather than refusing the rest.
    problems.push(problem('bad-last-slide', 'lastSlide'));
    return null;
  }
  return { lessonId, slide };
}

export function readQuizzes(
  value: unknown,
  problems: Problem[],
): Record<string, QuizRecord> | null {
  const entries = entriesOf(value, 'quizzes', limits.quizzes, problems);
  if (entries === null) return null;
  const kept: Record<string, QuizRecord> = {};
  for (const [quizId, record] of entries) {
    const path = `quizzes.${quizId}`;
    if (!isProgressId(quizId)) problems.push(problem('bad-id', path));
    else {
      const checked = readQuizRecord(record);
      if (checked === null) problems.push(problem('bad-quiz', path));
      else kept[quizId] = checked;
    }
  }
  return kept;
}

const QUIZ_FIELDS = ['best', 'max', 'attempts', 'lastAt'];
/** What `Date.prototype.toISOString` writes: UTC, milliseconds optional. */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export function isIsoDate(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= limits.dateChars &&
    ISO_UTC.test(value) &&
    sameInstant(value)
  );
}

/** Date.parse rolls 30 February over to 2 March; a real date prints back as the same fields. */
function sameInstant(value: string): boolean {
  const time = Date.parse(value);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
}

/** A record with every field right, or null: a half-right score would mislead the learner. */
function readQuizRecord(value: unknown): QuizRecord | null {
  if (!isPlainObject(value)) return null;
  if (Object.keys(value).some((key) => !QUIZ_FIELDS.includes(key))) return null;
  const { best, max, attempts, lastAt } = value;
  const maxOk =
    typeof max === 'number' && Number.isFinite(max) && max > 0 && max <= limits.quizPoints;
  if (!maxOk) return null;
  if (typeof best !== 'number' || !Number.isFinite(best) || best < 0 || best > max) return null;
  if (
    !Number.isInteger(attempts) ||
    (attempts as number) < 1 ||
    (attempts as number) > limits.attempts
  )
    return null;
  if (!isIsoDate(lastAt)) return null;
  return { best, max, attempts: attempts as number, lastAt };
}

const SETTINGS_FIELDS = ['locale', 'theme', 'motion'];

/**
 * `motion` came after the first release of version 1, and is optional: absent, it is 'system',
 * exactly how the course behaved before the setting existed (it followed the operating system).
 * So every document written before it is still a complete, correct version-1 document, and no
 * migration is needed; a version 2 would instead make the builds already out there (a tab left
 * open, a copy kept by the service worker) refuse the whole document as 'newer-version' and show
 * no progress at all, where they now only drop this one field as unknown and keep the rest.
 * A present but bad value is reported like any other bad setting and falls back to the default.
 */
export function readSettings(value: unknown, problems: Problem[]): ProgressSettings | null {
  if (!isPlainObject(value)) {
    problems.push(problem('bad-section', 'settings'));
    return null;
  }
  const { locale, theme, motion } = value;
  const settings: ProgressSettings = { locale: null, theme: 'system', motion: 'system' };
  if (locale === null || isLocale(locale)) settings.locale = locale;
  else problems.push(problem('bad-locale', 'settings.locale'));
  if (isTheme(theme)) settings.theme = theme;
  else problems.push(problem('bad-theme', 'settings.theme'));
  if (isMotionSetting(motion)) settings.motion = motion;
  else if (Object.hasOwn(value, 'motion')) problems.push(problem('bad-motion', 'settings.motion'));
  for (const key of Object.keys(value))
    if (!SETTINGS_FIELDS.includes(key)) problems.push(problem('unknown-field', `settings.${key}`));
  return settings;
}
