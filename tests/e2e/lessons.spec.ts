import { expect, test } from './guarded-test.ts';

test.describe('lessons in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('the contents list five lessons and a lesson is read by keyboard, slide by slide', async ({
    page,
  }) => {
    await page.goto('./');
    await page
      .getByRole('navigation', { name: 'Secciones' })
      .getByRole('link', { name: 'Lecciones' })
      .click();
    const contents = page.getByRole('navigation', { name: 'Contenido del curso' });
    await expect(contents.getByRole('heading', { level: 3 })).toHaveCount(5);
    await contents.getByRole('link', { name: 'Lección 1: Tipos de despliegue' }).click();

    const heading = page.getByRole('heading', { level: 2 });
    await expect(heading).toHaveText('Tipos de despliegue');
    await expect(page.getByText('Diapositiva 1 de 3')).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(heading).toHaveText('Una decisión desde el inicio');
    expect(page.url()).toMatch(/#\/lessons\/01-tipos-de-despliegue\/2$/);
    await page.keyboard.press('End');
    await expect(heading).toHaveText('La forma y la frecuencia de las predicciones');
    await page.keyboard.press('Home');
    await expect(heading).toHaveText('Tipos de despliegue');

    // Every slide has its own address: a reload stays on it, and the language can change there.
    await page.keyboard.press('ArrowRight');
    await page.reload();
    await expect(heading).toHaveText('Una decisión desde el inicio');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(heading).toHaveText('A decision from the start');
    await expect(page.getByText('Slide 2 of 3')).toBeVisible();

    await page.getByRole('link', { name: 'Next →' }).click();
    await page.getByRole('link', { name: /^Next lesson: / }).click();
    await expect(page.getByText('Slide 1 of 11')).toBeVisible();
    expect(page.url()).toMatch(/#\/lessons\/02-batch\/1$/);
  });

  test('an address with no such slide says so and leads back to the contents', async ({ page }) => {
    await page.goto('./#/lessons/02-batch/99');
    await expect(
      page.getByRole('heading', { name: 'No hay una diapositiva 99 en «02-batch».' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Volver al índice' }).click();
    await expect(page.getByRole('heading', { name: 'Lecciones', level: 2 })).toBeVisible();
  });
});

test.describe('lessons on a touch screen', () => {
  test.use({ locale: 'en-GB', hasTouch: true, viewport: { width: 390, height: 800 } });

  test('a sideways swipe turns the slide; a vertical one does not', async ({ page }) => {
    await page.goto('./#/lessons/01-tipos-de-despliegue/1');
    const heading = page.getByRole('heading', { level: 2 });
    await expect(heading).toHaveText('Deployment types');
    const swipe = (dx: number, dy: number) =>
      page.getByRole('article').evaluate(
        (article, [dx, dy]) => {
          const at = (type: string, x: number, y: number) =>
            article.dispatchEvent(
              new PointerEvent(type, {
                pointerType: 'touch',
                clientX: x,
                clientY: y,
                bubbles: true,
              }),
            );
          at('pointerdown', 300, 400);
          at('pointerup', 300 + dx, 400 + dy);
        },
        [dx, dy],
      );
    await swipe(-150, 10);
    await expect(heading).toHaveText('A decision from the start');
    await swipe(20, -200);
    await expect(page.getByText('Slide 2 of 3')).toBeVisible();
    await swipe(150, 0);
    await expect(heading).toHaveText('Deployment types');
  });
});
