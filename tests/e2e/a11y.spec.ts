import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './guarded-test.ts';

/**
 * The accessibility scan: axe-core (served from node_modules into the page, nothing fetched) on
 * the course's pages in both languages, the labs after they have run, and a slide with a widget.
 * Serious and critical violations fail; the rest are listed in the report for a person to judge.
 */
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`,
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

test.describe.configure({ timeout: 90_000 });

for (const locale of ['es-ES', 'en-GB']) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    for (const path of [
      './',
      './#/lessons',
      './#/lessons/02-batch/1',
      './#/present/02-batch/1',
      './#/show/02-batch/1',
      './#/lab',
      './#/models',
      './#/settings',
      './#/lessons/01-tipos-de-despliegue/quiz',
      './#/quiz/final',
      // With notices: a bad field in the address.
      './#/decide?known=maybe&maxAgeS=0.3&blocking=yes&eventsPerS=200',
    ]) {
      test(`${path} has no serious accessibility violation`, async ({ page }) => {
        await page.goto(path);
        await page.locator('main h1, main h2').first().waitFor();
        expect(await seriousViolations(page)).toEqual([]);
      });
    }

    // Each lab in one of the two languages (the other two in the other): the strings differ, the
    // markup does not, and four lab runs per language would double the suite's longest part.
    const labs = locale === 'es-ES' ? ['batch', 'streaming'] : ['online', 'compare'];
    for (const mode of labs) {
      test(`the ${mode} lab, after running, has no serious accessibility violation`, async ({
        page,
      }) => {
        await page.goto(`./#/lab/${mode}`);
        await page.locator('#lab-speed').selectOption('1000');
        const status = page.getByRole('region', { name: /^(Reproducción|Playback)$/ });
        await page.getByRole('button', { name: /^(Reproducir|Play)$/ }).click();
        // Until a good part of the run is behind it: charts, tables and notices all drawn.
        await expect
          .poll(async () => Number(await status.locator('progress').getAttribute('value')), {
            timeout: 20_000,
          })
          .toBeGreaterThan(0.02);
        await page.getByRole('button', { name: /^(Pausa|Pause)$/ }).click();
        // A data table shown too: its markup is part of what a screen-reader user meets.
        await page
          .getByRole('button', { name: /^(Mostrar tabla de datos|Show data table)$/ })
          .first()
          .click();
        expect(await seriousViolations(page)).toEqual([]);
      });
    }

    test('a slide widget, asking, running and revealed, has no serious accessibility violation', async ({
      page,
    }) => {
      await page.goto('./#/lessons/03-online/6');
      const widget = page.locator('[data-widget]');
      await expect(widget).toHaveAttribute('data-step', 'asking');
      expect(await seriousViolations(page)).toEqual([]);
      const field = widget.getByRole('textbox');
      await field.fill('30');
      await field.press('Enter');
      await widget.getByRole('button', { name: /^(Ejecutar|Run)$/ }).click();
      await expect(widget.getByRole('button', { name: /^(Pausa|Pause)$/ })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await widget.getByRole('button', { name: /^(Saltar al final|Skip to the end)$/ }).click();
      await expect(widget).toHaveAttribute('data-step', 'revealed', { timeout: 30_000 });
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
