import { loadCourse } from './course.ts';
import type { Course } from './types.ts';

/**
 * The course as the browser gets it: every lesson file as raw text through Vite's glob import
 * (each file its own small chunk, fetched on first use), then the same pure, checked loading as
 * in the tests. The only file of src/lessons that needs Vite.
 */
export async function loadCourseWithVite(): Promise<Course> {
  const loaders = import.meta.glob<string>('/lessons/*/*', { query: '?raw', import: 'default' });
  const entries = await Promise.all(
    Object.entries(loaders).map(async ([path, load]) => [path, await load()] as const),
  );
  return loadCourse(Object.fromEntries(entries));
}
