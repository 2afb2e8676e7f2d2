/**
 * Bounds and id rules for progress documents: far above this course (5 lessons of at most a few
 * dozen slides, 6 quizzes) and low enough that a hostile file cannot make the page allocate much.
 */
export const limits = {
  idChars: 64,
  lessons: 64,
  slidesPerLesson: 500,
  quizzes: 64,
  widgets: 256,
  quizPoints: 1000,
  attempts: 1_000_000,
  dateChars: 30,
  /** Characters of JSON text: the largest valid document, pretty-printed, fits with room to spare. */
  textChars: 1_000_000,
} as const;

/** Lesson and quiz ids are folder names: lowercase letters, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9-]+$/;

export function isProgressId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= limits.idChars && ID_PATTERN.test(value);
}

export function isSlideNumber(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= limits.slidesPerLesson
  );
}

export type Theme = 'light' | 'dark' | 'system';
export const themes: readonly Theme[] = ['light', 'dark', 'system'];

/** Whether `value` is one of the strings of `list`: the settings are each a short fixed choice. */
function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

export function isTheme(value: unknown): value is Theme {
  return isOneOf(themes, value);
}

/**
 * How much the interface moves. 'system' follows the operating system's prefers-reduced-motion;
 * 'reduce' and 'full' override it either way (a learner may want calm on a machine they do not
 * control, or the animation on one whose setting was made for something else).
 */
export type MotionSetting = 'system' | 'reduce' | 'full';
export const motionSettings: readonly MotionSetting[] = ['system', 'reduce', 'full'];

export function isMotionSetting(value: unknown): value is MotionSetting {
  return isOneOf(motionSettings, value);
}
