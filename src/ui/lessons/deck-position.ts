import type { Course, Lesson, Slide } from '../../lessons/types.ts';

/** A slide found in the course by its address, with what the views show around it. */
export interface DeckSlide {
  lesson: Lesson;
  /** 1-based, as in the address. */
  number: number;
  slide: Slide;
  /** How many slides the lesson has. */
  total: number;
  /** The lesson after this one, if any. */
  nextLesson: Lesson | null;
}

/** The slide a lesson id and 1-based number name, or null when there is none. */
export function slideAt(course: Course, lessonId: string, number: number): DeckSlide | null {
  const index = course.lessons.findIndex((l) => l.id === lessonId);
  const lesson = index === -1 ? undefined : course.lessons[index];
  const slide = Number.isInteger(number) && number >= 1 ? lesson?.slides[number - 1] : undefined;
  if (!lesson || !slide) return null;
  return {
    lesson,
    number,
    slide,
    total: lesson.slides.length,
    nextLesson: course.lessons[index + 1] ?? null,
  };
}

/** What comes after a slide: the lesson's next one, else the next lesson's first, else nothing. */
export interface UpNext {
  lesson: Lesson;
  number: number;
  slide: Slide;
  /** True when it opens the next lesson. */
  newLesson: boolean;
}

export function upNext(at: DeckSlide): UpNext | null {
  if (at.number < at.total)
    return {
      lesson: at.lesson,
      number: at.number + 1,
      slide: at.lesson.slides[at.number],
      newLesson: false,
    };
  const first = at.nextLesson?.slides[0];
  return at.nextLesson && first
    ? { lesson: at.nextLesson, number: 1, slide: first, newLesson: true }
    : null;
}
