import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './guarded-test.ts';

/**
 * The four labs from the static build: play moves the figures, a parameter change reaches the
 * address and survives a reload, presets load, a tampered address is handled, exports are valid.
 */
test.describe.configure({ timeout: 90_000 });
test.use({ locale: 'en-GB' });

const playback = (page: Page) => page.getByRole('region', { name: 'Playback' });

const figure = (page: Page, label: string) =>
  page.locator('dt', { hasText: label }).first().locator('xpath=following-sibling::dd');

async function play(page: Page, speed = '1000') {
  await page.getByLabel('Speed', { exact: true }).selectOption(speed);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
}

const LABS = [
  {
    mode: 'online',
    heading: 'Online lab',
    figure: 'Requests arrived',
    param: { name: 'Replicas', flag: 'servers', value: '5' },
    badQuery: 'servers=99999',
    badNotice:
      /Replicas must be an integer from 1 to 10,000, got 99999\. The example's value is used\./,
  },
  {
    mode: 'batch',
    heading: 'Batch lab',
    figure: 'Lookups (served / no prediction yet)',
    param: { name: 'Workers', flag: 'workers', value: '3' },
    badQuery: 'overlap-policy=sometimes',
    badNotice: /When a run overlaps must be one of skip, queue, allow, got "sometimes"/,
  },
  {
    mode: 'streaming',
    heading: 'Streaming lab',
    figure: 'Events produced',
    param: { name: 'Consumers', flag: 'consumers', value: '3' },
    badQuery: 'preset=pizza',
    badNotice: /The link asked for the example "pizza", which does not exist/,
  },
  {
    mode: 'compare',
    heading: 'Compare the three types',
    figure: 'Requests arrived',
    param: { name: 'Online: replicas', flag: 'servers', value: '3' },
    badQuery: 'seed=-1',
    badNotice: /Seed must be an integer from 0 to 4,294,967,295, got -1/,
  },
] as const;

for (const lab of LABS) {
  test.describe(`the ${lab.mode} lab`, () => {
    test('a parameter change is written to the address and survives a reload', async ({ page }) => {
      await page.goto(`./#/lab/${lab.mode}`);
      const field = page.getByRole('spinbutton', { name: lab.param.name, exact: true });
      await field.fill(lab.param.value);
      await field.press('Enter');
      await expect(page).toHaveURL(new RegExp(`[?&]${lab.param.flag}=${lab.param.value}(&|$)`));
      await page.reload();
      await expect(page.getByRole('spinbutton', { name: lab.param.name, exact: true })).toHaveValue(
        lab.param.value,
      );
    });

    test('a tampered address falls back with a notice and the lab still runs', async ({ page }) => {
      await page.goto(`./#/lab/${lab.mode}?${lab.badQuery}`);
      await expect(page.getByText(lab.badNotice)).toBeVisible();
      const before = await figure(page, lab.figure).textContent();
      await play(page);
      await expect(figure(page, lab.figure)).not.toHaveText(before ?? '', { timeout: 20_000 });
    });

    test('play changes the figures; the report exports as JSON and the series as CSV', async ({
      page,
    }) => {
      await page.goto(`./#/lab/${lab.mode}`);
      await expect(page.getByRole('heading', { level: 1, name: lab.heading })).toBeVisible();
      const before = await figure(page, lab.figure).textContent();
      await play(page);
      await expect(figure(page, lab.figure)).not.toHaveText(before ?? '', { timeout: 20_000 });
      await expect(playback(page).getByText(/^Running/)).toBeVisible();
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
      const [json] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Report (JSON)' }).click(),
      ]);
      const report = JSON.parse(await readFile(await json.path(), 'utf8')) as {
        mode: string;
        simulatedMs: number;
      };
      expect(report.mode).toBe(lab.mode);
      expect(report.simulatedMs).toBeGreaterThan(0);
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Time series (CSV)' }).click(),
      ]);
      const lines = (await readFile(await csv.path(), 'utf8')).trim().split('\r\n');
      expect(lines[0]).toMatch(/^mode,time_ms,/);
      expect(lines.length).toBeGreaterThan(2);
      const width = lines[0].split(',').length;
      for (const line of lines) expect(line.split(',')).toHaveLength(width);
    });
  });
}

test('presets load, and a mid-run change continues the run instead of restarting it', async ({
  page,
}) => {
  await page.goto('./#/lab/online');
  await page.getByLabel('Example from the slides').selectOption('hotel-activities');
  await expect(page).toHaveURL(/preset=hotel-activities/);
  await page.getByText('Why these numbers').click();
  await expect(page.getByText(/Activity recommendations when a hotel guest/)).toBeVisible();

  await play(page, '100');
  await expect(playback(page).getByText(/^Running · ([2-9]|\d\d+)(\.\d+)? (sec|min)/)).toBeVisible({
    timeout: 20_000,
  });
  const arrived = Number(
    (await figure(page, 'Requests arrived').textContent())?.replace(/\D/g, ''),
  );
  const field = page.getByRole('spinbutton', { name: 'Replicas', exact: true });
  await field.fill('4');
  await field.press('Enter');
  await expect(page).toHaveURL(/servers=4/);
  // Still running, and the count went on from where it was (a restart would start it at 0).
  await expect(playback(page).getByText(/^Running/)).toBeVisible();
  await expect
    .poll(async () =>
      Number((await figure(page, 'Requests arrived').textContent())?.replace(/\D/g, '')),
    )
    .toBeGreaterThan(arrived);
  await expect(page.getByRole('heading', { name: 'Replicas and their state' })).toBeVisible();
  await expect(page.getByText('Replica 4', { exact: true })).toBeVisible({ timeout: 20_000 });
});

test('a chart downloads as a standalone SVG', async ({ page }) => {
  await page.goto('./#/lab/streaming');
  await play(page);
  await expect(figure(page, 'Events produced')).not.toHaveText('0', { timeout: 20_000 });
  const chart = page.getByRole('figure').filter({ hasText: 'Total lag' });
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const text = await readFile(await svg.path(), 'utf8');
  expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
  const parsed = await page.evaluate(
    (source) =>
      new DOMParser().parseFromString(source, 'image/svg+xml').getElementsByTagName('parsererror')
        .length,
    text,
  );
  expect(parsed).toBe(0);
});

test.describe('a slide widget', () => {
  test.use({ locale: 'es-ES' });

  test('runs on its slide in Spanish and opens the same runs in the lab', async ({ page }) => {
    await page.clock.install();
    await page.goto('./#/lessons/02-batch/9');
    const widget = page.getByRole('region', { name: /^Simulación: Uso de recursos/ });
    await expect(widget).toBeVisible();
    // The widget draws only its claim's fields: here the cost of 1000 predictions per mode, which
    // has no value until predictions are made.
    await expect(widget.getByRole('button', { name: /Descargar/ })).toHaveCount(0);
    const onlineCost = widget
      .getByRole('figure', { name: 'Costo por 1000 predicciones' })
      .getByRole('listitem')
      .filter({ hasText: 'En línea' });
    await expect(onlineCost).toContainText('sin dato');
    await widget
      .getByRole('region', { name: /^Antes de ejecutar/ })
      .getByRole('radio')
      .first()
      .check();
    await widget.getByRole('button', { name: 'Ejecutar', exact: true }).click();
    await widget.getByRole('button', { name: 'Saltar al final' }).click();
    await expect(onlineCost).toContainText('€', { timeout: 30_000 });
    // Revealed once every run has finished (the batch one too): a wait on state, not on time.
    await expect(widget).toHaveAttribute('data-step', 'revealed', { timeout: 60_000 });
    await widget.getByRole('slider', { name: 'Réplicas del servicio online' }).fill('3');
    await widget.getByRole('link', { name: /Abrir en el laboratorio: En línea/ }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Laboratorio en línea' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/preset=content-popularity/);
    await expect(page).toHaveURL(/servers=3/);
    await expect(page.getByRole('spinbutton', { name: 'Réplicas', exact: true })).toHaveValue('3');
  });
});

test.describe('a canary in the online lab', () => {
  const canary = 'preset=hotel-activities&rollout=canary&rollout-at=60&analysis-interval-s=30';

  test('a healthy new version steps up after each passed analysis and takes all traffic', async ({
    page,
  }) => {
    await page.goto(`./#/lab/online?${canary}`);
    await page.getByRole('button', { name: 'Jump to the end' }).click();
    const panel = page.getByRole('region', { name: /Model version change/ });
    await expect(panel.getByText(/Promoted to all traffic at/)).toBeVisible({ timeout: 30_000 });
    const rows = panel.getByRole('row');
    // A header and five analyses: 10, 20, 30, 40 and 50% of the traffic, each passed.
    await expect(rows).toHaveCount(6);
    for (const [i, share] of ['10%', '20%', '30%', '40%', '50%'].entries()) {
      await expect(
        rows
          .nth(i + 1)
          .getByRole('cell')
          .nth(1),
      ).toHaveText(share);
      await expect(
        rows
          .nth(i + 1)
          .getByRole('cell')
          .nth(5),
      ).toHaveText('passed');
    }
  });

  test('a new version that fails requests is rolled back after its failed analyses', async ({
    page,
  }) => {
    await page.goto(`./#/lab/online?${canary}&new-error-rate=0.2`);
    await page.getByRole('button', { name: 'Jump to the end' }).click();
    const panel = page.getByRole('region', { name: /Model version change/ });
    await expect(panel.getByText(/Rolled back at/)).toBeVisible({ timeout: 30_000 });
    await expect(panel.getByRole('cell', { name: 'failed' })).toHaveCount(2);
  });
});
