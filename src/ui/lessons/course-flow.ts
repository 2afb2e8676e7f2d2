import { FINAL_QUIZ_FOLDER } from '../../lessons/course.ts';
import type { Course } from '../../lessons/types.ts';
import { quizHref, slideHref } from '../shell/routes.ts';

/**
 * The course read straight through, as a learner turns pages: every slide of a lesson, then its
 * quiz, then the next lesson; after the last lesson's quiz, the final quiz. ArrowRight and a
 * swipe to the left take the next place, ArrowLeft and a swipe to the right the one before.
 */
export type CoursePlace =
  | { kind: 'slide'; lesson: string; number: number }
  /** A lesson's quiz, or the final one (`lesson` is FINAL_QUIZ_FOLDER). */
  | { kind: 'quiz'; lesson: string };

/** Every place of the course, in reading order. */
export function coursePlaces(course: Course): CoursePlace[] {
  const places: CoursePlace[] = [];
  for (const lesson of course.lessons) {
    lesson.slides.forEach((_, i) =>
      places.push({ kind: 'slide', lesson: lesson.id, number: i + 1 }),
    );
    places.push({ kind: 'quiz', lesson: lesson.id });
  }
  places.push({ kind: 'quiz', lesson: FINAL_QUIZ_FOLDER });
  return places;
}

const samePlace = (a: CoursePlace, b: CoursePlace): boolean =>
  a.kind === b.kind &&
  a.lesson === b.lesson &&
  (a.kind === 'quiz' || (b.kind === 'slide' && a.number === b.number));

/** The place `step` away from `here` (1 next, -1 back), or null at either end or off course. */
export function stepThroughCourse(
  course: Course,
  here: CoursePlace,
  step: 1 | -1,
): CoursePlace | null {
  const places = coursePlaces(course);
  const index = places.findIndex((p) => samePlace(p, here));
  if (index === -1) return null;
  return places[index + step] ?? null;
}

export function placeHref(place: CoursePlace): string {
  return place.kind === 'slide' ? slideHref(place.lesson, place.number) : quizHref(place.lesson);
}

/** The direction a key turns the page: 1, -1, or null for any other key. */
export function pageStepOfKey(key: string): 1 | -1 | null {
  if (key === 'ArrowRight' || key === 'PageDown') return 1;
  if (key === 'ArrowLeft' || key === 'PageUp') return -1;
  return null;
}

/** A key press that belongs to a field (typing, a slider, a radio group) or carries a modifier. */
export function keyBelongsElsewhere(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return true;
  const target = event.target as HTMLElement | null;
  const tag = target?.tagName?.toLowerCase();
  return (
    tag === 'input' || tag === 'textarea' || tag === 'select' || target?.isContentEditable === true
  );
}
