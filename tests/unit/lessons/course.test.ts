import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lessons/content-error.ts';
import { loadCourse } from '../../../src/lessons/course.ts';
import { DECK_SLIDES } from '../../../src/lessons/deck.ts';

const t = (s: string) => ({ es: s, en: s });
const QUIZ = JSON.stringify({
  title: t('Quiz'),
  questions: [
    {
      id: 'q',
      type: 'single',
      prompt: t('?'),
      options: [
        { id: 'a', text: t('a'), feedback: t('a') },
        { id: 'b', text: t('b'), feedback: t('b') },
      ],
      answer: 'a',
    },
  ],
});

const N = DECK_SLIDES.length;

/** A lesson file whose slides cover the given deck slides, one slide per entry. */
function md(title: string, covers: ReadonlyArray<number | string>, idPrefix: string): string {
  const slides = covers.map(
    (deck, i) =>
      `<!-- slide: ${idPrefix}-${i + 1} -->\n<!-- deck: ${deck} -->\n\n## Slide ${i + 1}\n\nText.\n`,
  );
  return `# ${title}\n\n${slides.join('\n')}`;
}

/** A course of two lessons covering the whole deck: 1..10, then 10 (again) ..N. */
function files(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const first = Array.from({ length: 10 }, (_, i) => i + 1);
  const second = Array.from({ length: N - 9 }, (_, i) => i + 10);
  const base: Record<string, string | undefined> = {
    '/lessons/01-uno/es.md': md('Uno', first, 'uno'),
    '/lessons/01-uno/en.md': md('One', first, 'uno'),
    '/lessons/01-uno/quiz.json': QUIZ,
    '/lessons/02-dos/es.md': md('Dos', second, 'dos'),
    '/lessons/02-dos/en.md': md('Two', second, 'dos'),
    '/lessons/02-dos/quiz.json': QUIZ,
    '/lessons/final/quiz.json': QUIZ,
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(base).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

function errorOf(input: Record<string, string>): ContentError {
  try {
    loadCourse(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected a ContentError');
}

describe('loadCourse', () => {
  it('assembles lessons in both languages, their quizzes and the final quiz', () => {
    const course = loadCourse(files());
    expect(course.lessons.map((l) => [l.id, l.number])).toEqual([
      ['01-uno', 1],
      ['02-dos', 2],
    ]);
    expect(course.lessons[0].title).toEqual({ es: 'Uno', en: 'One' });
    expect(course.lessons[1].slides[0]).toMatchObject({ id: 'dos-1', deckSlides: [10] });
    expect(course.lessons[1].quiz.id).toBe('02-dos');
    expect(course.finalQuiz.id).toBe('final');
  });

  it('accepts paths with or without the leading slash', () => {
    const plain = Object.fromEntries(Object.entries(files()).map(([k, v]) => [k.slice(1), v]));
    expect(loadCourse(plain).lessons).toHaveLength(2);
  });

  it('requires every file, and no others', () => {
    expect(errorOf(files({ '/lessons/01-uno/en.md': undefined })).message).toBe(
      'lessons/01-uno/en.md: missing file',
    );
    expect(errorOf(files({ '/lessons/01-uno/fr.md': 'x' })).message).toMatch(
      /^lessons\/01-uno\/fr\.md: unexpected file/,
    );
    expect(errorOf(files({ '/lessons/final/quiz.json': undefined })).message).toMatch(
      /final quiz is missing/,
    );
  });

  it('requires lesson folders numbered without gaps', () => {
    const renamed = Object.fromEntries(
      Object.entries(files()).map(([k, v]) => [k.replace('02-dos', '03-dos'), v]),
    );
    expect(errorOf(renamed).message).toMatch(
      /^lessons\/03-dos: lessons are numbered .* expected number 02/,
    );
    expect(errorOf({ ...files(), '/lessons/extra/es.md': 'x' }).message).toMatch(
      /^lessons\/extra: a lesson folder is named NN-slug/,
    );
  });

  it('requires the same slides, in the same order, in every language', () => {
    const en = files()['/lessons/01-uno/en.md'];
    expect(
      errorOf(files({ '/lessons/01-uno/en.md': en.replace('uno-2 -->', 'otro -->') })).message,
    ).toMatch(
      /^lessons\/01-uno\/en\.md:\d+, slide "otro": slide 2 is "otro" here but "uno-2" in lessons\/01-uno\/es\.md/,
    );
    const shorter = en.slice(0, en.indexOf('<!-- slide: uno-10 -->'));
    expect(errorOf(files({ '/lessons/01-uno/en.md': shorter })).message).toMatch(
      /slide "uno-10": slide "uno-10" of lessons\/01-uno\/es\.md is missing here/,
    );
  });

  it('requires the same directives in every language', () => {
    const en = files()['/lessons/01-uno/en.md'].replace(
      '<!-- deck: 3 -->',
      '<!-- deck: 3 -->\n<!-- widget: resource-use -->',
    );
    expect(errorOf(files({ '/lessons/01-uno/en.md': en })).message).toMatch(
      /slide "uno-3", field "widget": is "resource-use" here but null in lessons\/01-uno\/es\.md/,
    );
    const notes = files()['/lessons/01-uno/en.md'].replace(
      'Text.\n',
      'Text.\n\n<!-- notes -->\n\nN.\n',
    );
    expect(errorOf(files({ '/lessons/01-uno/en.md': notes })).message).toMatch(
      /field "notes": lessons\/01-uno\/en\.md has speaker notes for this slide and lessons\/01-uno\/es\.md does not/,
    );
  });

  it('requires slide ids unique in the course', () => {
    const es = files()['/lessons/02-dos/es.md'].replace('dos-1 -->', 'uno-1 -->');
    const en = files()['/lessons/02-dos/en.md'].replace('dos-1 -->', 'uno-1 -->');
    expect(
      errorOf(files({ '/lessons/02-dos/es.md': es, '/lessons/02-dos/en.md': en })).message,
    ).toMatch(/slide "uno-1": slide id already used in lessons\/01-uno\/es\.md/);
  });

  it('requires the whole deck, in order', () => {
    const skip = (text: string) => text.replace('<!-- deck: 5 -->', '<!-- deck: 6 -->');
    const skipped = files({
      '/lessons/01-uno/es.md': skip(files()['/lessons/01-uno/es.md']),
      '/lessons/01-uno/en.md': skip(files()['/lessons/01-uno/en.md']),
    });
    expect(errorOf(skipped).message).toMatch(
      /slide "uno-5", field "deck": covers deck slide 6, but no slide before it covers deck slide 5/,
    );
  });
});
