import { describe, expect, it } from 'vitest';
import { loadCourseWithVite } from '../../../src/lessons/load-vite.ts';

// Vitest runs modules through Vite, so the browser's glob import is exercised here for real.
describe('loadCourseWithVite', () => {
  it('finds every lesson file through import.meta.glob and loads the course', async () => {
    const course = await loadCourseWithVite();
    expect(course.lessons.length).toBeGreaterThanOrEqual(5);
    expect(course.lessons[0].id).toBe('01-tipos-de-despliegue');
    expect(course.finalQuiz.questions.length).toBeGreaterThan(0);
  });
});
