import { expect, test } from './guarded-test.ts';

/**
 * The course read by ArrowRight alone (issue 14, "The course flows"): every slide of every lesson
 * in order, then its quiz, then the next lesson, ending at the final quiz; ArrowLeft goes back.
 */
test.describe('the whole course by the arrow keys', () => {
  test.use({ locale: 'en-GB' });

  test('ArrowRight reaches every slide and every quiz in order, and ArrowLeft comes back', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('./#/lessons/01-tipos-de-despliegue/1');
    await expect(page.getByText('Slide 1 of 3')).toBeVisible();
    const visited: string[] = [];
    let lesson = 0;
    let expectedSlide = 1;
    for (let step = 0; step < 200; step++) {
      const hash = new URL(page.url()).hash;
      visited.push(hash);
      if (hash === '#/quiz/final') break;
      const slide = /^#\/lessons\/([a-z0-9-]+)\/(\d+)$/.exec(hash);
      if (slide) {
        // Each slide in turn, shown before the next key (SlideView marks what it draws).
        expect(Number(slide[2]), hash).toBe(expectedSlide);
        const position = page.getByText(new RegExp(`Slide ${expectedSlide} of (\\d+)`)).first();
        await expect(position).toBeVisible();
        const total = Number(/of (\d+)/.exec((await position.textContent()) ?? '')?.[1]);
        await page.keyboard.press('ArrowRight');
        if (expectedSlide === total) {
          // After the last slide: the lesson's quiz.
          await expect(page).toHaveURL(new RegExp(`#/lessons/${slide[1]}/quiz$`));
          expectedSlide = 1;
        } else {
          expectedSlide++;
          await expect(page).toHaveURL(new RegExp(`#/lessons/${slide[1]}/${expectedSlide}$`));
        }
        continue;
      }
      // A lesson's quiz: the next key opens the next lesson's first slide, or the final quiz.
      expect(hash, 'a quiz page').toMatch(/^#\/lessons\/[a-z0-9-]+\/quiz$/);
      lesson++;
      // The quiz page itself, drawn (its code loads on demand), before the next key.
      await expect(page.getByText(`Lesson ${lesson} quiz`, { exact: true })).toBeVisible();
      await page.keyboard.press('ArrowRight');
      await expect(page).not.toHaveURL(new RegExp(hash.replace(/[/]/g, '\\/') + '$'));
    }
    expect(visited.at(-1)).toBe('#/quiz/final');
    expect(lesson).toBe(5);
    // Each lesson's slides, then its quiz, then the next lesson, in the course's order.
    const lessonsInOrder = [
      ...new Set(visited.map((h) => /#\/lessons\/([a-z0-9-]+)\//.exec(h)?.[1])),
    ];
    expect(lessonsInOrder.filter(Boolean)).toEqual([
      '01-tipos-de-despliegue',
      '02-batch',
      '03-online',
      '04-streaming',
      '05-como-elegir',
    ]);

    // Back from the final quiz (drawn first: its page loads on demand), to the last lesson's
    // quiz, then to that lesson's last slide.
    await expect(page.getByText("The course's final quiz", { exact: true })).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/#\/lessons\/05-como-elegir\/quiz$/);
    await expect(page.getByText('Lesson 5 quiz', { exact: true })).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    const lastSlide = visited.filter((h) => h.startsWith('#/lessons/05-como-elegir/')).at(-2);
    await expect(page).toHaveURL(new RegExp(`${lastSlide}$`));
  });

  test('a quiz with some questions checked keeps its attempt: the arrows wait and say why', async ({
    page,
  }) => {
    await page.goto('./#/lessons/01-tipos-de-despliegue/quiz');
    const first = page.getByRole('form', { name: /^Question 1 of/ });
    await first.getByRole('radio').first().check();
    await first.getByRole('button', { name: 'Check' }).click();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    await expect(
      page.getByRole('status').filter({ hasText: 'a half-done attempt is not kept' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/#\/lessons\/01-tipos-de-despliegue\/quiz$/);
  });
});
