import { describe, expect, test } from 'vitest';
import type { Course } from '../../../src/lessons/types.ts';
import {
  challengesMet,
  courseSeen,
  lessonWidgets,
  exportFileName,
  resumeTarget,
  seenWithin,
} from '../../../src/ui/settings/summary.ts';

/** Only what the summary reads: ids, numbers, titles and how many slides. */
function course(lengths: Record<string, number>): Course {
  const lessons = Object.entries(lengths).map(([id, n], k) => ({
    id,
    number: k + 1,
    title: { es: `L${k + 1}`, en: `L${k + 1}` },
    slides: Array.from({ length: n }, () => ({})),
  }));
  return { lessons } as unknown as Course;
}

describe('progress summary', () => {
  test('slides seen beyond a lesson’s current length do not count', () => {
    expect(seenWithin([1, 2, 9], 3)).toBe(2);
  });

  test('the course total adds up every lesson, seen or not', () => {
    const seen: Record<string, number[]> = { a: [1, 2], b: [5] };
    expect(courseSeen(course({ a: 3, b: 4, c: 2 }), (id) => seen[id] ?? [])).toEqual({
      seen: 2,
      total: 9,
    });
  });

  test('resume goes to the last slide, clamped to the lesson, or nowhere', () => {
    const c = course({ a: 3, b: 4 });
    expect(resumeTarget(c, { lessonId: 'b', slide: 2 })).toEqual({
      lessonId: 'b',
      number: 2,
      title: { es: 'L2', en: 'L2' },
      slide: 2,
    });
    expect(resumeTarget(c, { lessonId: 'b', slide: 9 })?.slide).toBe(4);
    expect(resumeTarget(c, { lessonId: 'gone', slide: 1 })).toBeNull();
    expect(resumeTarget(c, null)).toBeNull();
  });

  test('export files are named after the local day', () => {
    expect(exportFileName(new Date(2025, 0, 9, 23, 59))).toBe(
      'tipos-de-despliegue-progress-2025-01-09.json',
    );
  });
});

describe('challenges counted on the lesson index', () => {
  test('each widget once, in slide order, and only the met ones counted', () => {
    const slides = [{ widget: 'b' }, {}, { widget: 'a' }, { widget: 'b' }];
    const widgets = lessonWidgets({ slides } as never);
    expect(widgets).toEqual(['b', 'a']);
    const records: Record<string, { solved: boolean }> = {
      a: { solved: true },
      b: { solved: false },
    };
    expect(challengesMet(widgets, (name) => records[name] ?? null)).toBe(1);
    expect(challengesMet(widgets, () => null)).toBe(0);
  });
});
