import type { Locale } from '../../locale/locales.ts';
import { isRefusal, problem, type Problem } from './problems.ts';
import type { MotionSetting, Theme } from './limits.ts';
import { readWidgets, type WidgetRecord } from './widget-records.ts';

export type { MotionSetting, Theme, WidgetRecord };
import {
  isPlainObject,
  readLastSlide,
  readQuizzes,
  readSettings,
  readSlidesSeen,
} from './sections.ts';

/**
 * The learner's progress and settings as kept in the browser and written to an export file (the
 * same document in both places, so an export is a backup of exactly what is stored).
 *
 * Validation rule, in two levels:
 * - The envelope must be whole, or the whole document is refused and nothing is read from it: an
 *   object, the `app` marker, `version` 1, and the four required sections each of the right type and within
 *   the size limits. That is what tells this course's data from another app's or a damaged file.
 * - Inside a sound envelope each entry stands alone: a lesson with a bad id, a bad slide number, a
 *   quiz record with any bad field is dropped and reported, and the rest is kept. A bad setting falls
 *   back to its default, reported too. The optional `widgets` section (widget-records.ts) is
 *   read like an entry: a bad one is dropped and reported, never a reason to refuse the rest.
 */
export const PROGRESS_APP = 'tipos-de-despliegue';
export const PROGRESS_VERSION = 1;

export interface QuizRecord {
  /** Points of the best attempt (by fraction of `max`); questions can score partially. */
  best: number;
  /** The quiz's maximum when that best attempt was made. */
  max: number;
  attempts: number;
  /** When the latest attempt ended, as an ISO 8601 UTC timestamp. */
  lastAt: string;
}

export interface SlideRef {
  lessonId: string;
  /** 1-based, as in the slide's address. */
  slide: number;
}

export interface ProgressSettings {
  /** null: follow the browser's languages. */
  locale: Locale | null;
  /** 'system': follow the operating system's light or dark preference. */
  theme: Theme;
  /**
   * 'system': follow the operating system's prefers-reduced-motion. Added after version 1 was
   * first released, as an optional field of version 1 rather than as a version 2 (see
   * `readSettings` in sections.ts for why); absent, it reads as 'system'.
   */
  motion: MotionSetting;
}

export interface ProgressV1 {
  app: typeof PROGRESS_APP;
  version: 1;
  /** Per lesson id, the 1-based numbers of the slides seen, ascending and without repeats. */
  slidesSeen: Record<string, number[]>;
  lastSlide: SlideRef | null;
  quizzes: Record<string, QuizRecord>;
  settings: ProgressSettings;
  /**
   * Per widget name, the learner's answer and challenge (widget-records.ts); optional in a
   * stored document, always present once read.
   */
  widgets: Record<string, WidgetRecord>;
}

export function emptyProgress(): ProgressV1 {
  return {
    app: PROGRESS_APP,
    version: 1,
    slidesSeen: {},
    lastSlide: null,
    quizzes: {},
    settings: { locale: null, theme: 'system', motion: 'system' },
    widgets: {},
  };
}

/** `problems` lists what was dropped even when the document is accepted. */
export type Validation =
  { ok: true; value: ProgressV1; problems: Problem[] } | { ok: false; problems: Problem[] };

const TOP_FIELDS = ['app', 'version', 'slidesSeen', 'lastSlide', 'quizzes', 'settings', 'widgets'];

function refuse(code: Problem['code'], path: string): Validation {
  return { ok: false, problems: [problem(code, path)] };
}

/** A version-1 document, checked field by field; see the rule at the top of this file. */
export function validateProgress(input: unknown): Validation {
  if (!isPlainObject(input)) return refuse('not-an-object', '');
  if (input.app !== PROGRESS_APP) return refuse('foreign', 'app');
  const { version } = input;
  if (typeof version === 'number' && Number.isInteger(version) && version > PROGRESS_VERSION)
    return refuse('newer-version', 'version');
  if (version !== PROGRESS_VERSION) return refuse('unknown-version', 'version');

  const problems: Problem[] = [];
  const slidesSeen = readSlidesSeen(input.slidesSeen, problems);
  const lastSlide = readLastSlide(input.lastSlide, problems);
  const quizzes = readQuizzes(input.quizzes, problems);
  const settings = readSettings(input.settings, problems);
  const widgets = readWidgets(input.widgets, problems);
  if (slidesSeen === null || lastSlide === undefined || quizzes === null || settings === null)
    return { ok: false, problems: problems.filter(isRefusal) };

  for (const key of Object.keys(input))
    if (!TOP_FIELDS.includes(key)) problems.push(problem('unknown-field', key));
  return {
    ok: true,
    value: { app: PROGRESS_APP, version: 1, slidesSeen, lastSlide, quizzes, settings, widgets },
    problems,
  };
}
