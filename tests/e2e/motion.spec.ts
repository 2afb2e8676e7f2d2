import type { Page } from '@playwright/test';
import { expect, test } from './guarded-test.ts';

/**
 * The motion setting and the first paint: reduced motion chosen in the app stops transitions and
 * turns the online lab's request animation into numbers, across a reload and whatever the system
 * says; and a stored theme and motion setting are on the page before the app's own script runs.
 */

const PROGRESS_KEY = 'tipos-de-despliegue:progress:v1';

/** The request animation's figure; with reduced motion it holds the counts and no canvas. */
const requestFlow = (page: Page, title: string) => page.getByRole('figure', { name: title });

/** The theme-color the browser uses: the first whose media matches (HTML's rule). */
const themeColor = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].find(
        (meta) => matchMedia(meta.media || 'all').matches,
      )?.content,
  );

/** How long the header's language buttons take to change colour (a 150 ms transition). */
const buttonTransition = (page: Page) =>
  page
    .getByRole('button', { name: 'English' })
    .evaluate((button) => getComputedStyle(button).transitionDuration);

test.describe('in a Spanish-speaking browser', () => {
  test.use({ locale: 'es-ES' });

  test('reduced motion, chosen in settings, gives numbers instead of the request animation', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('./#/lab/online');
    const flow = requestFlow(page, 'Peticiones en movimiento');
    await expect(flow.getByText('Peticiones hasta ahora')).toBeVisible();
    await expect(flow.locator('canvas')).toHaveCount(1);
    expect(await buttonTransition(page)).toBe('0.15s, 0.15s');

    await page.goto('./#/settings');
    const motion = page.getByRole('group', { name: 'Movimiento' });
    await expect(motion.getByRole('radio', { name: 'Como el sistema' })).toBeChecked();
    await motion.getByRole('radio', { name: 'Reducido' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
    expect(await buttonTransition(page)).toBe('1e-05s');

    await page.goto('./#/lab/online');
    await expect(flow.getByText('Peticiones hasta ahora')).toBeVisible();
    await expect(flow.getByText(/^Llegadas: /)).toBeVisible();
    await expect(flow.locator('canvas')).toHaveCount(0);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
    await expect(flow.getByText('Peticiones hasta ahora')).toBeVisible();
    await expect(flow.locator('canvas')).toHaveCount(0);
    const stored = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
    expect(JSON.parse(stored ?? 'null')).toMatchObject({ settings: { motion: 'reduce' } });
  });

  test('"full" keeps the animation on a system that asks for reduced motion; "system" follows it live', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./#/settings');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-motion', 'reduce');
    await page
      .getByRole('group', { name: 'Movimiento' })
      .getByRole('radio', { name: 'Completo' })
      .check();
    await expect(html).toHaveAttribute('data-motion', 'full');

    await page.goto('./#/lab/online');
    await expect(requestFlow(page, 'Peticiones en movimiento').locator('canvas')).toHaveCount(1);
    expect(await buttonTransition(page)).toBe('0.15s, 0.15s');

    await page.goto('./#/settings');
    await page
      .getByRole('group', { name: 'Movimiento' })
      .getByRole('radio', { name: 'Como el sistema' })
      .check();
    await expect(html).toHaveAttribute('data-motion', 'reduce');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await expect(html).toHaveAttribute('data-motion', 'full');
  });
});

test.describe('in an English-speaking browser', () => {
  test.use({ locale: 'en-GB', colorScheme: 'light' });

  test('a stored dark theme and reduced motion are on the page before the app’s script runs', async ({
    page,
  }) => {
    await page.addInitScript((key) => {
      const settings = { locale: null, theme: 'dark', motion: 'reduce' };
      const doc = {
        app: 'tipos-de-despliegue',
        version: 1,
        slidesSeen: {},
        lastSlide: null,
        quizzes: {},
        settings,
      };
      localStorage.setItem(key, JSON.stringify(doc));
    }, PROGRESS_KEY);
    // Every script file of the site answers with nothing: only index.html's inline script runs.
    let blocked = 0;
    await page.route('**/*.js', (route) => {
      blocked += 1;
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
    });
    await page.goto('./#/settings');
    expect(blocked).toBeGreaterThan(0);
    await expect(page.locator('#app')).toBeEmpty();
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(html).toHaveAttribute('data-motion', 'reduce');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(20, 23, 28)',
    );
    expect(await themeColor(page)).toBe('#14171c');

    // With the app running, the same choices are shown as set.
    await page.unroute('**/*.js');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Settings and progress' })).toBeVisible();
    await expect(
      page.getByRole('group', { name: 'Motion' }).getByRole('radio', { name: 'Reduced' }),
    ).toBeChecked();
    await expect(
      page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }),
    ).toBeChecked();
    await expect(html).toHaveAttribute('data-theme', 'dark');
  });

  test('the browser bar colour follows the theme chosen in the app', async ({ page }) => {
    await page.goto('./#/settings');
    expect(await themeColor(page)).toBe('#f7f8fa');
    const theme = page.getByRole('group', { name: 'Theme' });
    await theme.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await themeColor(page)).toBe('#14171c');
    await theme.getByRole('radio', { name: 'Same as the system' }).check();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await themeColor(page)).toBe('#f7f8fa');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await themeColor(page)).toBe('#14171c');
  });
});
