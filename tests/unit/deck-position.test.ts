import { describe, expect, it } from 'vitest';
import { slideAt, upNext } from '../../src/ui/lessons/deck-position.ts';
import { course } from '../content/course-files.ts';

describe('finding a slide and what comes next', () => {
  const { lessons } = course();
  const [first, second] = lessons;
  const last = lessons[lessons.length - 1];

  it('finds a slide by lesson and 1-based number, with its lesson size and the next lesson', () => {
    const at = slideAt(course(), first.id, 2);
    expect(at?.slide).toBe(first.slides[1]);
    expect(at?.total).toBe(first.slides.length);
    expect(at?.nextLesson).toBe(second);
  });

  it.each([0, -1, 1.5, Number.NaN, 999])('finds no slide number %d', (n) => {
    expect(slideAt(course(), first.id, n)).toBeNull();
  });

  it('finds nothing in a lesson that does not exist', () => {
    expect(slideAt(course(), 'no-such-lesson', 1)).toBeNull();
  });

  it("previews the lesson's next slide, then the next lesson's first, then nothing", () => {
    const inLesson = upNext(slideAt(course(), first.id, 1)!);
    expect(inLesson).toEqual({
      lesson: first,
      number: 2,
      slide: first.slides[1],
      newLesson: false,
    });

    const lessonEnd = upNext(slideAt(course(), first.id, first.slides.length)!);
    expect(lessonEnd).toEqual({
      lesson: second,
      number: 1,
      slide: second.slides[0],
      newLesson: true,
    });

    const courseEnd = slideAt(course(), last.id, last.slides.length)!;
    expect(courseEnd.nextLesson).toBeNull();
    expect(upNext(courseEnd)).toBeNull();
  });
});
