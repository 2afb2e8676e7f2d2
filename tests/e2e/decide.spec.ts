import { expect, test } from './guarded-test.ts';

/**
 * The decision assistant (issue 15): a shared link reproduces its case and recommendation in both
 * languages; answers changed on the page go into the address; a bad address or a bad number gets
 * a message naming the field and what it accepts, and loses nothing.
 */
const recommendation = '[data-recommended]';

for (const [locale, words] of [
  ['es-ES', { title: 'Asistente de decisión', maxAge: /^Antigüedad máxima/, yes: 'Sí' }],
  ['en-GB', { title: 'Decision assistant', maxAge: /^Longest acceptable age/, yes: 'Yes' }],
] as const) {
  test.describe(locale, () => {
    test.use({ locale });

    test('a shared link shows the same case and recommendation', async ({ page }) => {
      await page.goto('./#/decide?known=no&maxAgeS=0.3&blocking=yes&eventsPerS=200');
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(words.title);
      await expect(page.locator(recommendation)).toHaveAttribute('data-recommended', 'online');
      await expect(page.getByRole('textbox', { name: words.maxAge })).toHaveValue(
        locale === 'es-ES' ? '0,3' : '0.3',
      );
      // The caller blocks: the rule's second question decides, and the reasoning stops there.
      await expect(page.getByRole('heading', { level: 4 }).first()).toBeVisible();
      await expect(page.locator('.answer ol > li')).toHaveCount(2);
    });

    test('changed answers go into the address, and the address brings them back', async ({
      page,
    }) => {
      await page.goto('./#/decide?known=no&maxAgeS=0.3&blocking=yes&eventsPerS=200');
      const blocking = page.getByRole('group', { name: /bloqueado|blocked/ });
      await blocking.getByRole('radio').nth(1).check();
      const maxAge = page.getByRole('textbox', { name: words.maxAge });
      await maxAge.fill('120');
      await maxAge.press('Enter');
      await expect(page.locator(recommendation)).toHaveAttribute('data-recommended', 'streaming');
      await expect(page).toHaveURL(/#\/decide\?known=no&maxAgeS=120&blocking=no&eventsPerS=200$/);
      await page.reload();
      await expect(page.locator(recommendation)).toHaveAttribute('data-recommended', 'streaming');

      // Known in advance, predictions a day old: batch.
      await page
        .getByRole('group', { name: /antes|before/ })
        .getByRole('radio')
        .first()
        .check();
      await maxAge.fill('86400');
      await maxAge.press('Enter');
      await expect(page.locator(recommendation)).toHaveAttribute('data-recommended', 'batch');
    });

    test('a bad number is refused with its range, and the case stays as it was', async ({
      page,
    }) => {
      await page.goto('./#/decide?known=no&maxAgeS=60&blocking=no&eventsPerS=20');
      const maxAge = page.getByRole('textbox', { name: words.maxAge });
      await maxAge.fill('-5');
      await maxAge.press('Enter');
      await expect(page.getByRole('alert')).toContainText(/\b28 (d|days)\b/);
      await expect(page.locator(recommendation)).toHaveAttribute('data-recommended', 'streaming');
      await expect(page).toHaveURL(/maxAgeS=60&/);
    });

    test('a bad address gets a notice for each bad field and uses the defaults', async ({
      page,
    }) => {
      await page.goto('./#/decide?known=maybe&maxAgeS=lots&eventsPerS=5');
      const notices = page.getByRole('region', { name: /Avisos|Notices/ }).getByRole('listitem');
      await expect(notices).toHaveCount(3);
      await expect(notices.nth(0)).toContainText('known');
      await expect(notices.nth(0)).toContainText('maybe');
      await expect(notices.nth(1)).toContainText('maxAgeS');
      await expect(notices.nth(2)).toContainText('blocking');
      // The default case (the deck's fraud review) with the one good field kept.
      await expect(page.locator(recommendation)).toHaveAttribute('data-recommended', 'streaming');
      await expect(page).toHaveURL(/eventsPerS=5$/);
    });
  });
}

test.describe('the link to the compare lab', () => {
  test.use({ locale: 'en-GB' });

  test('opens the same case there', async ({ page }) => {
    await page.goto('./#/decide?known=no&maxAgeS=0.3&blocking=yes&eventsPerS=200');
    await page.getByRole('link', { name: 'Open this case in the compare lab' }).click();
    await expect(page).toHaveURL(/#\/lab\/compare\?/);
    const url = new URL(page.url().replace('#/lab/compare?', '?'));
    expect(url.searchParams.get('preset')).toBe('chatbot');
  });
});
