import { expect, test } from './guarded-test.ts';

const MODELS_IN_MANIFEST_ORDER = ['hotel-cancellations-small'];
const MODELS = [
  'content-popularity',
  'hotel-cancellations-small',
  'hotel-cancellations-large',
  'chatbot',
  'hotel-activities',
  'fraud-detection-small',
  'fraud-detection-large',
  'form-abandonment',
];

// Eight models on headless Chromium's software WebGL: shader compilation alone takes seconds.
test.describe.configure({ timeout: 120_000 });

test.describe('the models page', () => {
  test.use({ locale: 'en-GB' });

  test('the inference worker serves every model, from the site itself', async ({ page }) => {
    const modelRequests: string[] = [];
    page.on('request', (request) => {
      if (/models\/|\.wasm/.test(request.url()))
        modelRequests.push(new URL(request.url()).pathname);
    });
    await page.goto('./');
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Models' })
      .click();
    await expect(page.getByRole('heading', { name: 'The models' })).toBeVisible();
    await expect(page.getByText(/^Predictions are computed with /)).toBeVisible({
      timeout: 30_000,
    });

    const table = page.getByRole('table', { name: /The six examples' models/ });
    for (const name of MODELS) {
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}\\b`) }) });
      await row.getByRole('button', { name: `Try ${name}` }).click();
      // A real output (a probability, a class or a value) and how long it took.
      await expect(
        row.getByText(/(Probability|Predicted class|Predicted value): .+ in [\d.,]+ ms with /),
      ).toBeVisible({
        timeout: 30_000,
      });
    }
    await expect(table.getByText(/^“.+” → Predicted class: /)).toBeVisible();
    expect(modelRequests.every((path) => path.startsWith('/course/sub/'))).toBe(true);
    expect(modelRequests.filter((path) => path.endsWith('model.json'))).toHaveLength(MODELS.length);
  });

  test('measures inference on this device: a row costs far less in a large batch', async ({
    page,
  }) => {
    await page.goto('./#/models');
    await expect(page.getByText(/^Predictions are computed with /)).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByLabel('Model to measure')).toHaveValue(MODELS_IN_MANIFEST_ORDER[0]);
    await page.getByLabel('Model to measure').selectOption('fraud-detection-large');
    await page.getByRole('button', { name: 'Measure on this device' }).click();
    const table = page.getByRole('table', { name: /Median of several calls/ });
    await expect(table.getByRole('row')).toHaveCount(6, { timeout: 60_000 });
    await expect(page.getByText(/^Fit: t\(b\) = /)).toBeVisible();
    const gain = await page.getByText(/^In the largest batch, each row costs /).textContent();
    expect(
      Number((gain ?? '').match(/costs ([\d.,]+) times/)?.[1].replace(/,/g, '')),
    ).toBeGreaterThan(5);
    await page.getByLabel(/A production server is faster/).fill('0');
    await expect(page.getByText('Enter a number above 0 and at most 1000.')).toBeVisible();
  });

  test('an unknown address shows a page-not-found message with a way back', async ({ page }) => {
    await page.goto('./#/nowhere');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the start' }).click();
    await expect(page.getByRole('heading', { name: 'What the course covers' })).toBeVisible();
  });
});

test.describe('a missing model file', () => {
  // page.route cannot see requests a service worker answers from its cache: keep it out.
  test.use({
    locale: 'en-GB',
    expectedConsoleErrors: [/status of 404/],
    serviceWorkers: 'block',
  });

  test('a missing model gets a clear message, not a frozen page', async ({ page }) => {
    await page.route('**/models/chatbot/model.json', (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    );
    await page.goto('./#/models');
    await expect(page.getByText(/^Predictions are computed with /)).toBeVisible({
      timeout: 30_000,
    });
    await page.getByRole('button', { name: 'Try chatbot' }).click();
    await expect(
      page.getByText(
        'The model file was not found on this site. The simulation goes on with the nominal service time.',
      ),
    ).toBeVisible();
    // Other models still work.
    await page.getByRole('button', { name: 'Try form-abandonment' }).click();
    await expect(page.getByText(/Probability: .+ ms with /)).toBeVisible({ timeout: 30_000 });
  });
});

test.describe('the models page in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('names every figure in Spanish, the metrics included', async ({ page }) => {
    await page.goto('./#/models');
    const table = page.getByRole('table', { name: /Modelos de los seis ejemplos/ });
    await expect(
      table.getByText('exactitud entre las 3 primeras: 0,856 (referencia trivial: 0,567)'),
    ).toBeVisible();
    await expect(table.getByRole('columnheader', { name: 'Parámetros' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Probar chatbot' })).toBeVisible();
  });
});
