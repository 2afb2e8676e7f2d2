import type { LocalizedText } from '../../lessons/localized.ts';
import type { Course, Lesson } from '../../lessons/types.ts';
import type { SlideRef } from '../../store/progress/schema.ts';

/**
 * Progress measured against the course as it is now: a lesson may have lost slides since they were
 * seen, so numbers beyond its length do not count (they stay stored, in case they come back).
 */
export function seenWithin(seen: readonly number[], total: number): number {
  return seen.filter((slide) => slide <= total).length;
}

/** The widgets a lesson's slides carry, each once, in the order they first appear. */
export function lessonWidgets(lesson: Pick<Lesson, 'slides'>): string[] {
  return [...new Set(lesson.slides.flatMap((slide) => (slide.widget ? [slide.widget] : [])))];
}

/** How many of `widgets` have their challenge met. */
export function challengesMet(
  widgets: readonly string[],
  record: (name: string) => { solved: boolean } | null,
): number {
  return widgets.filter((name) => record(name)?.solved === true).length;
}

export function courseSeen(
  course: Course,
  slidesSeen: (lessonId: string) => readonly number[],
): { seen: number; total: number } {
  let seen = 0;
  let total = 0;
  for (const lesson of course.lessons) {
    seen += seenWithin(slidesSeen(lesson.id), lesson.slides.length);
    total += lesson.slides.length;
  }
  return { seen, total };
}

export interface ResumeTarget {
  lessonId: string;
  /** The lesson's 1-based position, as the interface numbers lessons. */
  number: number;
  title: LocalizedText;
  slide: number;
}

/**
 * Where "continue" leads: the last slide visited, in a lesson that still exists, clamped to the
 * lesson's length; null when there is nowhere to go back to.
 */
export function resumeTarget(course: Course, last: SlideRef | null): ResumeTarget | null {
  if (!last) return null;
  const lesson = course.lessons.find((l) => l.id === last.lessonId);
  if (!lesson || lesson.slides.length === 0) return null;
  return {
    lessonId: lesson.id,
    number: lesson.number,
    title: lesson.title,
    slide: Math.min(last.slide, lesson.slides.length),
  };
}

/** The name an export is saved under, dated so successive backups do not overwrite each other. */
export function exportFileName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `tipos-de-despliegue-progress-${day}.json`;
}
