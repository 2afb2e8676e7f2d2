import { locales, type Locale } from '../locale/locales.ts';
import { ContentError } from './content-error.ts';
import { checkDeckCoverage } from './deck-coverage.ts';
import type { LocalizedText } from './localized.ts';
import type { Block } from './markdown.ts';
import { parseLessonText, type ParsedLessonText } from './parse-slides.ts';
import { parseQuiz } from './parse-quiz.ts';
import type { Course, Lesson, Slide, SlideText } from './types.ts';

/**
 * The course from its files: a map from path to contents, e.g. `lessons/02-batch/es.md`. The
 * paths may start with "/" (as Vite's import.meta.glob gives them) or not. Everything is checked
 * here, purely, so the same call runs in the content test under Node and in the browser:
 *
 * - `lessons/NN-slug/` holds one lesson: `<locale>.md` for each language and `quiz.json`;
 * - `lessons/final/quiz.json` is the course's final quiz;
 * - lessons are numbered 01, 02, ... without gaps;
 * - every language has the same slides, with the same ids and directives, in the same order;
 * - slide ids are unique in the course;
 * - the slides cover the whole deck, in order.
 */
export const FINAL_QUIZ_FOLDER = 'final';
const LESSON_FOLDER = /^(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function loadCourse(files: Readonly<Record<string, string>>): Course {
  const folders = new Map<string, Map<string, string>>();
  for (const [path, text] of Object.entries(files)) {
    const m = /^\/?(?:\.\/)?lessons\/([^/]+)\/([^/]+)$/.exec(path);
    if (m === null) throw new ContentError(path, 'lesson files live in lessons/<folder>/<file>');
    const folder = folders.get(m[1]) ?? new Map<string, string>();
    folder.set(m[2], text);
    folders.set(m[1], folder);
  }

  const finalFiles = folders.get(FINAL_QUIZ_FOLDER);
  folders.delete(FINAL_QUIZ_FOLDER);
  if (finalFiles === undefined)
    throw new ContentError(`lessons/${FINAL_QUIZ_FOLDER}/quiz.json`, 'the final quiz is missing');
  expectFiles(FINAL_QUIZ_FOLDER, finalFiles, ['quiz.json']);
  const finalQuiz = parseQuiz(
    finalFiles.get('quiz.json') as string,
    `lessons/${FINAL_QUIZ_FOLDER}/quiz.json`,
    FINAL_QUIZ_FOLDER,
  );

  const names = [...folders.keys()].sort();
  const lessons = names.map((name, i) => {
    const m = LESSON_FOLDER.exec(name);
    if (m === null)
      throw new ContentError(
        `lessons/${name}`,
        `a lesson folder is named NN-slug (e.g. 02-batch), or "${FINAL_QUIZ_FOLDER}" for the final quiz`,
      );
    if (Number(m[1]) !== i + 1)
      throw new ContentError(
        `lessons/${name}`,
        `lessons are numbered 01, 02, ... without gaps: expected number ${String(i + 1).padStart(2, '0')}`,
      );
    return loadLesson(name, i + 1, folders.get(name) as Map<string, string>);
  });
  if (lessons.length === 0) throw new ContentError('lessons', 'no lesson folders');

  const slideFile = new Map<string, string>();
  for (const lesson of lessons)
    for (const slide of lesson.slides) {
      const file = `lessons/${lesson.id}/${locales[0]}.md`;
      const other = slideFile.get(slide.id);
      if (other !== undefined)
        throw new ContentError(
          file,
          `slide id already used in ${other}: slide ids are unique in the course`,
          {
            slide: slide.id,
          },
        );
      slideFile.set(slide.id, file);
    }
  checkDeckCoverage(
    lessons.flatMap((lesson) =>
      lesson.slides.map((s) => ({
        file: `lessons/${lesson.id}/${locales[0]}.md`,
        id: s.id,
        deckSlides: s.deckSlides,
      })),
    ),
  );
  return { lessons, finalQuiz };
}

function expectFiles(
  folder: string,
  files: ReadonlyMap<string, string>,
  expected: readonly string[],
) {
  for (const name of expected)
    if (!files.has(name)) throw new ContentError(`lessons/${folder}/${name}`, 'missing file');
  for (const name of files.keys())
    if (!expected.includes(name))
      throw new ContentError(
        `lessons/${folder}/${name}`,
        `unexpected file: this folder holds ${expected.join(', ')}`,
      );
}

function loadLesson(id: string, number: number, files: ReadonlyMap<string, string>): Lesson {
  expectFiles(id, files, [...locales.map((l) => `${l}.md`), 'quiz.json']);
  const fileOf = (locale: Locale) => `lessons/${id}/${locale}.md`;
  const parsed = {} as Record<Locale, ParsedLessonText>;
  for (const locale of locales)
    parsed[locale] = parseLessonText(files.get(`${locale}.md`) as string, fileOf(locale));

  const [first, ...others] = locales;
  const base = parsed[first];
  for (const locale of others)
    compareLanguages(base, parsed[locale], fileOf(first), fileOf(locale));

  const byLocale = <T>(pick: (p: ParsedLessonText) => T) => {
    const out = {} as Record<Locale, T>;
    for (const locale of locales) out[locale] = pick(parsed[locale]);
    return out;
  };
  const slides: Slide[] = base.slides.map((slide, k) => ({
    id: slide.id,
    deckSlides: slide.deckSlides,
    widget: slide.widget,
    preset: slide.preset,
    text: byLocale<SlideText>((p) => p.slides[k].text),
  }));
  const notes: LocalizedText[] = base.notes.map((_, k) => byLocale((p) => p.notes[k]));
  return {
    id,
    number,
    title: byLocale((p) => p.title),
    summary: byLocale<readonly Block[]>((p) => p.summary),
    notes,
    slides,
    quiz: parseQuiz(files.get('quiz.json') as string, `lessons/${id}/quiz.json`, id),
  };
}

/** The other language must have the same slides, ids, directives and notes as the first. */
function compareLanguages(
  base: ParsedLessonText,
  other: ParsedLessonText,
  baseFile: string,
  otherFile: string,
): void {
  if (other.notes.length !== base.notes.length)
    throw new ContentError(
      otherFile,
      `has ${other.notes.length} lesson note(s) where ${baseFile} has ${base.notes.length}`,
      { field: 'note' },
    );
  const n = Math.max(base.slides.length, other.slides.length);
  for (let k = 0; k < n; k++) {
    const a = base.slides[k];
    const b = other.slides[k];
    if (b === undefined)
      throw new ContentError(otherFile, `slide "${a.id}" of ${baseFile} is missing here`, {
        slide: a.id,
      });
    if (a === undefined)
      throw new ContentError(otherFile, `this slide is not in ${baseFile}`, {
        line: b.line,
        slide: b.id,
      });
    if (a.id !== b.id)
      throw new ContentError(
        otherFile,
        `slide ${k + 1} is "${b.id}" here but "${a.id}" in ${baseFile}: same slides, same order`,
        { line: b.line, slide: b.id },
      );
    const differs = (field: string, x: unknown, y: unknown) => {
      if (JSON.stringify(x) !== JSON.stringify(y))
        throw new ContentError(
          otherFile,
          `is ${JSON.stringify(y)} here but ${JSON.stringify(x)} in ${baseFile}`,
          { line: b.line, slide: b.id, field },
        );
    };
    differs('deck', a.deckSlides, b.deckSlides);
    differs('widget', a.widget, b.widget);
    differs('preset', a.preset, b.preset);
    if (a.hasNotes !== b.hasNotes)
      throw new ContentError(
        otherFile,
        `${a.hasNotes ? baseFile : otherFile} has speaker notes for this slide and ${a.hasNotes ? otherFile : baseFile} does not`,
        { line: b.line, slide: b.id, field: 'notes' },
      );
  }
}
