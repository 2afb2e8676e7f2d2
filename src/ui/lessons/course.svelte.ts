import { loadCourseWithVite } from '../../lessons/load-vite.ts';
import type { Course } from '../../lessons/types.ts';

/** The course, loaded once on first use and shared by every lesson page. */
const state = $state<{ course: Course | null; failed: boolean }>({ course: null, failed: false });
let loading: Promise<void> | null = null;

export function useCourse(): { readonly course: Course | null; readonly failed: boolean } {
  loading ??= loadCourseWithVite().then(
    (course) => {
      state.course = course;
    },
    () => {
      state.failed = true;
    },
  );
  return state;
}
