import type { Locale } from '../../locale/locales.ts';
import { isProgressId, isSlideNumber, limits, type MotionSetting, type Theme } from './limits.ts';
import type { ProgressSettings, ProgressV1, QuizRecord } from './schema.ts';

/*
 * Pure updates of a progress document: each returns a new document, or the same one when nothing
 * changes (so the store can skip a write), and never produces one that validation would refuse.
 */

export function withSlideSeen(doc: ProgressV1, lessonId: string, slide: number): ProgressV1 {
  // Ids and numbers come from the address bar: anything the schema would refuse is ignored.
  if (!isProgressId(lessonId) || !isSlideNumber(slide)) return doc;
  // hasOwn, not `in`: an id such as "constructor" must not find Object.prototype's.
  const known = Object.hasOwn(doc.slidesSeen, lessonId);
  const seen = known ? doc.slidesSeen[lessonId] : [];
  const alreadySeen = seen.includes(slide);
  const sameLast = doc.lastSlide?.lessonId === lessonId && doc.lastSlide.slide === slide;
  if (alreadySeen && sameLast) return doc;
  if (!known && Object.keys(doc.slidesSeen).length >= limits.lessons) return doc;
  return {
    ...doc,
    slidesSeen: alreadySeen
      ? doc.slidesSeen
      : { ...doc.slidesSeen, [lessonId]: [...seen, slide].sort((a, b) => a - b) },
    lastSlide: { lessonId, slide },
  };
}

/**
 * One more attempt at a quiz. The best attempt is the one with the highest fraction of its maximum,
 * so a quiz that gained a question since does not make an older perfect score look worse or better.
 */
export function withQuizAttempt(
  doc: ProgressV1,
  quizId: string,
  score: number,
  max: number,
  at: Date,
): ProgressV1 {
  const valid =
    isProgressId(quizId) &&
    Number.isFinite(max) &&
    max > 0 &&
    max <= limits.quizPoints &&
    Number.isFinite(score) &&
    score >= 0 &&
    score <= max;
  if (!valid) return doc;
  const previous = Object.hasOwn(doc.quizzes, quizId) ? doc.quizzes[quizId] : undefined;
  if (!previous && Object.keys(doc.quizzes).length >= limits.quizzes) return doc;
  const better = !previous || score / max > previous.best / previous.max;
  const record: QuizRecord = {
    // + 0 turns -0 into 0: JSON writes -0 as 0, so a stored -0 would not read back the same.
    best: better ? score + 0 : previous.best,
    max: better ? max : previous.max,
    attempts: Math.min((previous?.attempts ?? 0) + 1, limits.attempts),
    lastAt: at.toISOString(),
  };
  return { ...doc, quizzes: { ...doc.quizzes, [quizId]: record } };
}

/** One setting changed; the same document when it already had that value. */
function withSetting<K extends keyof ProgressSettings>(
  doc: ProgressV1,
  key: K,
  value: ProgressSettings[K],
): ProgressV1 {
  return doc.settings[key] === value
    ? doc
    : { ...doc, settings: { ...doc.settings, [key]: value } };
}

export function withTheme(doc: ProgressV1, theme: Theme): ProgressV1 {
  return withSetting(doc, 'theme', theme);
}

export function withLocale(doc: ProgressV1, locale: Locale | null): ProgressV1 {
  return withSetting(doc, 'locale', locale);
}

export function withMotion(doc: ProgressV1, motion: MotionSetting): ProgressV1 {
  return withSetting(doc, 'motion', motion);
}

/** Whether two settings objects differ in any field (each field is a string or null). */
export function settingsDiffer(a: ProgressSettings, b: ProgressSettings): boolean {
  return (Object.keys(a) as (keyof ProgressSettings)[]).some((key) => a[key] !== b[key]);
}

/** The store's default clock, kept out of the runes file, where a Date would look like reactive state. */
export function currentTime(): Date {
  return new Date();
}
