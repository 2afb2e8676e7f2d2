import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCourse } from '../../src/lessons/course.ts';
import type { Course } from '../../src/lessons/types.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every lesson file as the browser's glob sees it (`lessons/<folder>/<file>`), read from disk. */
export function readLessonFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const lessons = join(ROOT, 'lessons');
  for (const folder of readdirSync(lessons)) {
    const dir = join(lessons, folder);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir))
      files[`lessons/${folder}/${file}`] = readFileSync(join(dir, file), 'utf8');
  }
  return files;
}

let cached: Course | undefined;

export function course(): Course {
  cached ??= loadCourse(readLessonFiles());
  return cached;
}
