import { expect, test } from './guarded-test.ts';

test.describe('in a Spanish-speaking browser', () => {
  test.use({ locale: 'es-ES' });

  test('the shell loads from a sub-path, in Spanish', async ({ page }) => {
    await page.goto('./');

    expect(new URL(page.url()).pathname).toBe('/course/sub/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tipos de despliegue');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('button', { name: 'Español' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const modes = page.getByRole('main').getByRole('list').getByRole('listitem');
    await expect(modes).toHaveCount(3);
    await expect(modes.getByRole('heading', { level: 3 })).toHaveText([
      'Por lotes (batch)',
      'En línea (tiempo real)',
      'Streaming',
    ]);
  });

  test('switching to English changes the page and survives a reload', async ({ page }) => {
    await page.goto('./');
    const english = page.getByRole('button', { name: 'English' });
    await expect(english).toHaveAttribute('aria-pressed', 'false');

    // With the keyboard, as a reader who does not use a mouse would.
    await english.focus();
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deployment types');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Deployment types');
    await expect(english).toHaveAttribute('aria-pressed', 'true');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deployment types');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Saltar al contenido principal' });
    await expect(skipLink).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });
});

test.describe('in an English-speaking browser', () => {
  test.use({ locale: 'en-GB' });

  test('the shell starts in English', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deployment types');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('a page whose code cannot be fetched', () => {
  // The refused fetch is the test's own doing: Chromium logs it.
  test.use({
    locale: 'en-GB',
    expectedConsoleErrors: [/^Failed to load resource: net::ERR_FAILED$/],
  });

  test('says so, and the rest of the site works', async ({ page }) => {
    // The settings page is its own chunk, fetched when opened; here the fetch fails.
    await page.route(/\/assets\/SettingsPage-[^/]+\.js$/, (route) => route.abort());
    await page.goto('./#/settings');
    await expect(page.getByRole('alert')).toHaveText(
      'This page could not be loaded. Check the connection and reload it.',
    );
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Lessons' })
      .click();
    await expect(page.getByRole('heading', { level: 2, name: 'Lessons' })).toBeVisible();
  });
});
