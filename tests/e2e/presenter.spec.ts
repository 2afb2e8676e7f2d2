import type { Page } from '@playwright/test';
import { expect, test } from './guarded-test.ts';

/**
 * The instructor's presenter view (`#/present/...`) and the audience's window (`#/show/...`), kept
 * on the same slide over a BroadcastChannel. Lesson 1's first two slides have no widget, so the two
 * windows stay light.
 */
const LESSON = '01-tipos-de-despliegue';

/** The audience window is a second page: watched for errors as the guarded one is. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test.describe('the presenter view in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('opens from a slide with its notes and the next slide, and turns by keyboard', async ({
    page,
  }) => {
    await page.goto(`./#/lessons/${LESSON}/1`);
    await page.getByRole('link', { name: 'Vista del presentador' }).click();
    expect(page.url()).toMatch(new RegExp(`#/present/${LESSON}/1$`));

    const heading = page.getByRole('heading', { level: 2 });
    const controls = page.getByRole('region', { name: 'Controles de la presentación' });
    const notes = page.getByRole('region', { name: 'Notas del orador' });
    const next = page.getByRole('region', { name: 'A continuación' });
    await expect(heading).toHaveText('Tipos de despliegue');
    await expect(controls).toContainText('1 / 3');
    await expect(notes).toContainText('Presenta el tema y el recorrido');
    await expect(next).toHaveText(/Una decisión desde el inicio/);

    await page.keyboard.press('ArrowRight');
    await expect(heading).toHaveText('Una decisión desde el inicio');
    expect(page.url()).toMatch(new RegExp(`#/present/${LESSON}/2$`));
    await expect(controls).toContainText('2 / 3');
    await expect(notes).toContainText('Un ejemplo para la clase');
    await expect(next).toHaveText(/La forma y la frecuencia de las predicciones/);

    // At the lesson's end, what comes next is the next lesson's first slide.
    await page.keyboard.press('End');
    await expect(heading).toHaveText('La forma y la frecuencia de las predicciones');
    await expect(next).toContainText('Empieza la lección 2: Despliegue batch (por lotes)');
    await expect(next.getByText('Batch', { exact: true })).toBeVisible();

    await page.keyboard.press('PageUp');
    await expect(heading).toHaveText('Una decisión desde el inicio');
    await page.keyboard.press('Home');
    await expect(heading).toHaveText('Tipos de despliegue');
    await page.keyboard.press('PageDown');
    await expect(heading).toHaveText('Una decisión desde el inicio');
    expect(page.url()).toMatch(new RegExp(`#/present/${LESSON}/2$`));

    await page.getByRole('link', { name: 'Salir de la vista del presentador' }).click();
    expect(page.url()).toMatch(new RegExp(`#/lessons/${LESSON}/2$`));
  });

  test('the timer counts minutes and seconds, pauses and resets', async ({ page }) => {
    // Paused: installed, Playwright's clock would also tick with the wall clock, and a slow
    // machine would read 1:06 where 1:05 is due. Only runFor moves it.
    const start = new Date('2026-01-05T09:00:00Z');
    await page.clock.install({ time: start });
    await page.clock.pauseAt(new Date(start.getTime() + 1000));
    await page.goto(`./#/present/${LESSON}/1`);
    const timer = page.getByRole('timer', { name: 'Tiempo transcurrido' });
    await expect(timer).toHaveText(/^0:00\s*min:s$/);

    await page.clock.runFor(65_000);
    await expect(timer).toHaveText(/^1:05\s*min:s$/);
    await page.getByRole('button', { name: 'Pausar cronómetro' }).click();
    await page.clock.runFor(30_000);
    await expect(timer).toHaveText(/^1:05/);
    await page.getByRole('button', { name: 'Reanudar cronómetro' }).click();
    await page.clock.runFor(10_000);
    await expect(timer).toHaveText(/^1:15/);

    // The timer goes on across slides: the view stays while its address changes.
    await page.keyboard.press('ArrowRight');
    await page.clock.runFor(3_600_000);
    await expect(timer).toHaveText(/^1:01:15\s*h:min:s$/);

    await page.getByRole('button', { name: 'Reiniciar cronómetro' }).click();
    await expect(timer).toHaveText(/^0:00\s*min:s$/);
    await page.clock.runFor(2_000);
    await expect(timer).toHaveText(/^0:02/);
  });

  test('the audience window follows the presenter, and the presenter follows it', async ({
    page,
    context,
  }) => {
    await page.goto(`./#/present/${LESSON}/2`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Una decisión desde el inicio',
    );

    // Opened at an older address, the audience window asks where the talk is and goes there.
    const audience = await context.newPage();
    const audienceErrors = watchErrors(audience);
    await audience.goto(`./#/show/${LESSON}/1`);
    const shown = audience.getByRole('heading', { level: 2 });
    await expect(shown).toHaveText('Una decisión desde el inicio');
    expect(audience.url()).toMatch(new RegExp(`#/show/${LESSON}/2$`));
    // The slide alone: no site header, navigation, footer, or the presenter's notes.
    await expect(audience.getByRole('banner')).toHaveCount(0);
    await expect(audience.getByRole('navigation')).toHaveCount(0);
    await expect(audience.getByRole('contentinfo')).toHaveCount(0);
    await expect(audience.getByText('Un ejemplo para la clase')).toHaveCount(0);
    await expect(audience.getByRole('region', { name: 'Controles de la proyección' })).toHaveText(
      /2 \/ 3/,
    );

    await page.bringToFront();
    await page.keyboard.press('ArrowLeft');
    await expect(shown).toHaveText('Tipos de despliegue');
    expect(audience.url()).toMatch(new RegExp(`#/show/${LESSON}/1$`));

    // Two turns in a row: both windows end on the second. (That a followed turn is never echoed
    // back, which could undo a turn made faster than this, is tests/unit/presenter-sync.test.ts's.)
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(shown).toHaveText('La forma y la frecuencia de las predicciones');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'La forma y la frecuencia de las predicciones',
    );

    // A clicker plugged into the projector's computer turns the audience window: the presenter
    // follows.
    await audience.bringToFront();
    await audience.keyboard.press('PageUp');
    await expect(shown).toHaveText('Una decisión desde el inicio');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      'Una decisión desde el inicio',
    );
    expect(page.url()).toMatch(new RegExp(`#/present/${LESSON}/2$`));
    expect(audienceErrors).toEqual([]);
  });
  test('a widget turned or played in the presenter view does the same in the audience window', async ({
    page,
    context,
  }) => {
    // Lesson 2's ninth slide embeds the resource-use widget.
    await page.goto('./#/present/02-batch/9');
    const widgetIn = (p: Page) => p.getByRole('region', { name: /^Simulación: Uso de recursos/ });
    const answerIn = (p: Page) =>
      widgetIn(p)
        .getByRole('region', { name: /^Antes de ejecutar/ })
        .getByRole('radio');
    await expect(widgetIn(page)).toBeVisible();
    const audience = await context.newPage();
    const audienceErrors = watchErrors(audience);
    await audience.goto('./#/show/02-batch/9');
    const shown = widgetIn(audience);
    await expect(shown).toBeVisible();

    // The answer given in the presenter's window shows in the audience's, and so does the run.
    await page.bringToFront();
    await answerIn(page).nth(1).check();
    await expect(answerIn(audience).nth(1)).toBeChecked();
    const onlineCost = shown
      .getByRole('figure', { name: 'Costo por 1000 predicciones' })
      .getByRole('listitem')
      .filter({ hasText: 'En línea' });
    await expect(onlineCost).toContainText('sin dato');
    await widgetIn(page).getByRole('button', { name: 'Ejecutar', exact: true }).click();
    await expect(shown).toHaveAttribute('data-step', /running|revealed/);
    await widgetIn(page).getByRole('button', { name: 'Saltar al final' }).click();
    await expect(onlineCost).toContainText('€', { timeout: 30_000 });
    await expect(shown).toHaveAttribute('data-step', 'revealed', { timeout: 30_000 });

    // Then a knob turned by the presenter turns in the audience's window.
    const replicas = (p: Page) =>
      widgetIn(p).getByRole('slider', { name: 'Réplicas del servicio online' });
    await expect(replicas(page)).toHaveValue('1');
    await replicas(page).fill('3');
    await expect(replicas(audience)).toHaveValue('3');

    // A window opened later takes the answer as it stands, and the outcome: it runs to the end.
    const late = await context.newPage();
    const lateErrors = watchErrors(late);
    await late.goto('./#/show/02-batch/9');
    await expect(widgetIn(late)).toHaveAttribute('data-step', 'revealed', { timeout: 60_000 });
    await expect(replicas(late)).toHaveValue('3');
    expect([...audienceErrors, ...lateErrors]).toEqual([]);
  });
});

test.describe('the presenter view in English', () => {
  test.use({ locale: 'en-GB' });

  test('its button opens the audience window on the current slide, which goes full screen', async ({
    page,
  }) => {
    await page.goto(`./#/present/${LESSON}/2`);
    await expect(page.getByRole('region', { name: 'Speaker notes' })).toContainText(
      'An example for class',
    );
    await expect(page.getByRole('region', { name: 'Up next' })).toContainText(
      'How, and how often, predictions are made',
    );

    const opening = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Open audience window' }).click();
    const audience = await opening;
    const audienceErrors = watchErrors(audience);
    expect(audience.url()).toMatch(new RegExp(`/course/sub/#/show/${LESSON}/2$`));
    await expect(audience.getByRole('heading', { level: 2 })).toHaveText(
      'A decision from the start',
    );

    // Exact names: "Exit full screen" contains "full screen".
    const enter = audience.getByRole('button', { name: 'Full screen', exact: true });
    const leave = audience.getByRole('button', { name: 'Exit full screen', exact: true });
    const isFullScreen = () => audience.evaluate(() => document.fullscreenElement !== null);
    await enter.click();
    await expect(leave).toBeVisible();
    expect(await isFullScreen()).toBe(true);
    await leave.click();
    await expect(enter).toBeVisible();
    expect(await isFullScreen()).toBe(false);
    // Left by the browser's own way out (Escape, which a synthetic key press cannot reach in
    // headless Chromium), the button follows too.
    await enter.click();
    await expect(leave).toBeVisible();
    await audience.evaluate(() => document.exitFullscreen());
    await expect(enter).toBeVisible();

    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expect(audience.getByRole('heading', { level: 2 })).toHaveText(
      'How, and how often, predictions are made',
    );
    expect(audienceErrors).toEqual([]);
  });
});
