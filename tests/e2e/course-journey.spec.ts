import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './guarded-test.ts';

/**
 * The whole journey of a learner, once in each language: open the course, read a lesson by
 * keyboard, take its quiz, lose the network and reload, resume where they left off, switch
 * language, and carry their progress away in a file and back after a reset. The other specs test
 * each step in depth; this one proves the steps hold together in either language.
 */
test.describe.configure({ timeout: 180_000 });

const LESSON = '01-tipos-de-despliegue';

interface QuizQuestion {
  type: 'single' | 'multiple' | 'classify';
  options?: Array<{ id: string; text: Record<Locale, string> }>;
  answer?: string;
  answers?: string[];
  items?: Array<{ text: Record<Locale, string>; answer: Mode }>;
}
type Locale = 'es' | 'en';
type Mode = 'batch' | 'online' | 'streaming';

const quiz = JSON.parse(readFileSync(`lessons/${LESSON}/quiz.json`, 'utf8')) as {
  questions: QuizQuestion[];
};
/** The lesson's slide titles, from the content files the app reads. */
const titles = (locale: Locale) =>
  [...readFileSync(`lessons/${LESSON}/${locale}.md`, 'utf8').matchAll(/^## (.+)$/gm)].map(
    (m) => m[1],
  );

const TEXT = {
  es: {
    browser: 'es-ES',
    other: 'en',
    sections: 'Secciones',
    lessons: 'Lecciones',
    settings: 'Ajustes',
    lessonLink: 'Lección 1: Tipos de despliegue',
    slideOf: (n: number, total: number) => `Diapositiva ${n} de ${total}`,
    quizLink: 'Hacer el cuestionario',
    question: (n: number, total: number) => `Pregunta ${n} de ${total}`,
    check: 'Comprobar',
    modes: { batch: 'Por lotes (batch)', online: 'En línea (tiempo real)', streaming: 'Streaming' },
    finalScore: (n: number) => `Puntuación final: ${n} de ${n} puntos.`,
    resume: (slide: number) =>
      `Continuar donde lo dejaste: Lección 1, «Tipos de despliegue», diapositiva ${slide}`,
    switchTo: 'English',
    seen: (n: number, total: number) => `${n} de ${total} diapositivas vistas`,
    export: 'Exportar el progreso',
    import: 'Importar el progreso desde un archivo',
    imported: 'Progreso importado.',
    reset: 'Borrar el progreso…',
    resetConfirm: 'Sí, borrar todo',
    resetDone: 'Progreso y ajustes borrados.',
  },
  en: {
    browser: 'en-GB',
    other: 'es',
    sections: 'Sections',
    lessons: 'Lessons',
    settings: 'Settings',
    lessonLink: 'Lesson 1: Deployment types',
    slideOf: (n: number, total: number) => `Slide ${n} of ${total}`,
    quizLink: 'Take the quiz',
    question: (n: number, total: number) => `Question ${n} of ${total}`,
    check: 'Check',
    modes: { batch: 'Batch', online: 'Online (real time)', streaming: 'Streaming' },
    finalScore: (n: number) => `Final score: ${n} of ${n} points.`,
    resume: (slide: number) =>
      `Continue where you left off: Lesson 1, “Deployment types”, slide ${slide}`,
    switchTo: 'Español',
    seen: (n: number, total: number) => `${n} of ${total} slides seen`,
    export: 'Export progress',
    import: 'Import progress from a file',
    imported: 'Progress imported.',
    reset: 'Reset progress…',
    resetConfirm: 'Yes, delete everything',
    resetDone: 'Progress and settings deleted.',
  },
} as const;

/** Lesson 1's line on the settings page (another lesson has three slides too). */
const lessonOne = (page: Page, locale: Locale) =>
  page.getByRole('listitem').filter({ hasText: TEXT[locale].lessonLink });

/** Answers every question with its key, as the quiz file gives it, and checks each. */
async function answerQuiz(page: Page, locale: Locale) {
  const t = TEXT[locale];
  const total = quiz.questions.length;
  for (const [i, q] of quiz.questions.entries()) {
    const form = page.getByRole('form', { name: t.question(i + 1, total) });
    const optionText = (id: string) => q.options?.find((o) => o.id === id)?.text[locale] ?? id;
    if (q.type === 'single') {
      await form.getByRole('radio', { name: optionText(q.answer ?? '') }).check();
    } else if (q.type === 'multiple') {
      for (const id of q.answers ?? [])
        await form.getByRole('checkbox', { name: optionText(id) }).check();
    } else {
      for (const item of q.items ?? [])
        await form
          .getByRole('group', { name: item.text[locale] })
          .getByRole('radio', { name: t.modes[item.answer] })
          .check();
    }
    await form.getByRole('button', { name: t.check }).click();
  }
  await expect(page.getByText(t.finalScore(total))).toBeVisible();
}

for (const locale of ['es', 'en'] as const) {
  const t = TEXT[locale];
  const other = TEXT[t.other];
  const slides = titles(locale);

  test.describe(`a learner in ${locale}`, () => {
    test.use({ locale: t.browser });

    test('takes a lesson and its quiz, goes offline, resumes, switches language, and keeps the progress in a file', async ({
      page,
      context,
    }) => {
      // Open the course and read lesson 1 by keyboard.
      await page.goto('./');
      await page
        .getByRole('navigation', { name: t.sections })
        .getByRole('link', { name: t.lessons })
        .click();
      await page.getByRole('link', { name: t.lessonLink }).click();
      const heading = page.getByRole('heading', { level: 2 });
      await expect(heading).toHaveText(slides[0]);
      for (let n = 2; n <= slides.length; n++) {
        await page.keyboard.press('ArrowRight');
        await expect(heading).toHaveText(slides[n - 1]);
      }
      await expect(page.getByText(t.slideOf(slides.length, slides.length))).toBeVisible();

      // Its quiz, every answer right.
      await page.getByRole('link', { name: t.quizLink }).click();
      await answerQuiz(page, locale);

      // The service worker has kept the whole site: the network goes, a reload still works.
      await expect
        .poll(
          () => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state),
          {
            timeout: 60_000,
          },
        )
        .toBe('activated');
      await context.setOffline(true);
      await page.goto('./');
      await page.reload();
      await page.getByRole('link', { name: t.resume(slides.length) }).click();
      await expect(heading).toHaveText(slides[slides.length - 1]);

      // The other language, on the same slide, kept across a reload (still offline).
      await page.getByRole('button', { name: t.switchTo }).click();
      const otherSlides = titles(t.other);
      await expect(heading).toHaveText(otherSlides[otherSlides.length - 1]);
      await page.reload();
      await expect(heading).toHaveText(otherSlides[otherSlides.length - 1]);

      // Progress goes out to a file, survives a reset by coming back in, language included.
      await page
        .getByRole('navigation', { name: other.sections })
        .getByRole('link', { name: other.settings })
        .click();
      await expect(lessonOne(page, t.other)).toContainText(
        other.seen(slides.length, slides.length),
      );
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: other.export }).click();
      const file = await (await downloading).path();
      const exported = readFileSync(file, 'utf8');
      expect(JSON.parse(exported)).toMatchObject({
        slidesSeen: { [LESSON]: slides.map((_, i) => i + 1) },
        lastSlide: { lessonId: LESSON, slide: slides.length },
        quizzes: { [LESSON]: { best: quiz.questions.length, max: quiz.questions.length } },
        settings: { locale: t.other },
      });

      await page.getByRole('button', { name: other.reset }).click();
      await page.getByRole('button', { name: other.resetConfirm }).click();
      // A reset forgets the language too: the page is back in the browser's.
      await expect(page.getByText(t.resetDone)).toBeVisible();
      await expect(lessonOne(page, locale)).toContainText(t.seen(0, slides.length));
      await page.getByLabel(t.import).setInputFiles({
        name: 'progress.json',
        mimeType: 'application/json',
        buffer: Buffer.from(exported),
      });
      await expect(page.getByText(other.imported)).toBeVisible();
      await expect(lessonOne(page, t.other)).toContainText(
        other.seen(slides.length, slides.length),
      );
      await context.setOffline(false);
    });
  });
}
