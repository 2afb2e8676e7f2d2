import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { build } from 'vite';
import { createStaticServer } from '../../scripts/serve.js';
import { expect, test as guarded } from './guarded-test.ts';

/**
 * The prediction components in real Chromium: the inference worker with the site's real models,
 * the store worker with SQLite and IndexedDB, started lazily and stopped on unmount.
 *
 * As tests/e2e/store.spec.ts does, this file builds a small test page
 * (fixtures/predictions/index.html) with the project's vite.config.ts, this time with the
 * project's public/ folder so the models are served, and serves it under the app's sub-path. The
 * page mounts the three components; the test feeds them snapshot pieces through
 * `window.predictionsFixture` (typed in fixtures/predictions/main.ts).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const basePath = '/course/sub/';

async function servePredictionsPage(use: (url: string) => Promise<void>): Promise<void> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'predictions-page-'));
  const server = createStaticServer({ dir: outDir, base: basePath });
  try {
    await build({
      configFile: path.join(root, 'vite.config.ts'),
      root: path.join(root, 'tests/e2e/fixtures/predictions'),
      publicDir: path.join(root, 'public'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await use(`http://127.0.0.1:${port}${basePath}`);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(outDir, { recursive: true, force: true });
  }
}

const test = guarded.extend<object, { predictionsSite: string }>({
  predictionsSite: [
    // eslint-disable-next-line no-empty-pattern -- Playwright wants the fixtures object destructured
    async ({}, use) => servePredictionsPage(use),
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ predictionsSite }, use) => use(predictionsSite),
});

// Models on headless Chromium's software WebGL: the first prediction compiles shaders.
test.describe.configure({ timeout: 120_000 });
const MODEL_WAIT = { timeout: 60_000 };

/** Paths of the requests for the heavy parts: TensorFlow.js's and SQLite's wasm, model files. */
function heavyRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const p = new URL(request.url()).pathname;
    if (/\.wasm$|model\.json$|weights\.bin$/.test(p)) paths.push(p);
  });
  return paths;
}

/** The page's workers by name: Vite emits them as assets/<name>-<hash>.js. */
const workerNames = (page: Page) =>
  page
    .workers()
    .map((w) => /(inference-worker|store-worker)/.exec(w.url())?.[1] ?? w.url())
    .sort();

const run = (runId: number, outcome: 'succeeded' | 'running' | 'failed') => ({
  runId,
  scheduledMs: runId * 86_400_000,
  startMs: runId * 86_400_000,
  endMs: outcome === 'running' ? null : runId * 86_400_000 + 60_000,
  outcome,
  attempts: 1,
  rows: 0,
});

test.describe('the prediction components', () => {
  test.use({ locale: 'en-GB' });

  test('start no worker and fetch no model until a lab needs one', async ({ page }) => {
    const heavy = heavyRequests(page);
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'The prediction table' })).toBeVisible();
    await expect(page.getByText('No run has finished yet. Start the simulation.')).toBeVisible();
    await expect(
      page.getByText('The stream has not processed any transactions yet.'),
    ).toBeVisible();
    // Snapshots without finished runs or processed records still need nothing.
    await page.evaluate(() => {
      window.predictionsFixture.batch(
        [
          {
            runId: 0,
            scheduledMs: 0,
            startMs: 0,
            endMs: null,
            outcome: 'running',
            attempts: 1,
            rows: 0,
          },
        ],
        20_000,
      );
      window.predictionsFixture.stream(0);
    });
    // Nothing to wait for if all is well: give a wrongly started worker time to show up.
    await page.waitForTimeout(500);
    expect(page.workers()).toHaveLength(0);
    expect(heavy).toEqual([]);
  });

  test('sends one real request and shows the model’s answer and its latency', async ({ page }) => {
    const heavy = heavyRequests(page);
    await page.goto('./');
    const form = page.getByRole('region', { name: 'Try it: one real request' });
    await form.getByLabel('Booked ahead').fill('300');
    await form.getByLabel('Deposit type').selectOption('non-refund');
    await form.getByRole('button', { name: 'Send request' }).click();

    // Formatted with up to one decimal ("99%", "5.9%").
    const answer = form.getByText(/^Probability that the booking is cancelled: [\d.]+%$/);
    const percentOf = async () =>
      Number((await answer.textContent())?.match(/([\d.]+)%/)?.[1] ?? Number.NaN);
    await expect(answer).toBeVisible(MODEL_WAIT);
    // A non-refundable booking made 300 days ahead cancels almost always in the paper's data.
    expect(await percentOf()).toBeGreaterThan(80);
    await expect(
      form.getByText(/^Answered in [\d.,]+ ms \([\d.,]+ ms inside the model/),
    ).toBeVisible();
    await expect(form.getByText(/^Model hotel-cancellations-small, computed with /)).toBeVisible();
    expect(workerNames(page)).toEqual(['inference-worker']);
    expect(heavy.filter((p) => p.endsWith('model.json'))).toEqual([
      `${basePath}models/hotel-cancellations-small/model.json`,
    ]);
    expect(heavy.every((p) => p.startsWith(basePath))).toBe(true);

    // A typical booking with no deposit and a parking space is far less likely to cancel.
    await form.getByLabel('Deposit type').selectOption('no-deposit');
    await form.getByLabel('Parking spaces').fill('1');
    await form.getByRole('button', { name: 'Send request' }).click();
    await expect.poll(percentOf, MODEL_WAIT).toBeLessThan(20);
  });

  test('names the field and its range when an input is refused', async ({ page }) => {
    await page.goto('./');
    const form = page.getByRole('region', { name: 'Try it: one real request' });
    const lead = form.getByLabel('Booked ahead');
    await lead.fill('900');
    await form.getByRole('button', { name: 'Send request' }).click();
    await expect(form.getByRole('alert')).toHaveText(
      '“Booked ahead”: enter a whole number from 0 to 700 days.',
    );
    await expect(lead).toBeFocused();
    await expect(lead).toHaveAttribute('aria-invalid', 'true');
    // A field behind "More fields" is revealed and focused.
    await lead.fill('30');
    await form.getByText('More fields').click();
    await form.getByLabel('Adults').fill('0');
    await form.getByText('More fields').click();
    await form.getByRole('button', { name: 'Send request' }).click();
    await expect(form.getByLabel('Adults')).toBeFocused();
    await expect(form.getByRole('alert')).toHaveText(
      '“Adults”: enter a whole number from 1 to 10.',
    );
  });

  test('answers the chatbot and the latest simulated requests', async ({ page }) => {
    await page.goto('./?try=chatbot');
    const form = page.getByRole('region', { name: 'Try it: one real request' });
    await expect(form.getByLabel('Message')).toHaveValue('What time does the pool open tomorrow?');
    await form.getByRole('button', { name: 'Send request' }).click();
    await expect(form.getByRole('listitem').first()).toHaveText(
      /^opening hours: \d+%$/,
      MODEL_WAIT,
    );

    await page.evaluate(() => window.predictionsFixture.completed([101, 102, 103]));
    const recent = form.getByRole('table', { name: /Each simulated request/ });
    await expect(recent.getByRole('row')).toHaveCount(4, MODEL_WAIT);
    await expect(recent.getByRole('rowheader', { name: '#103' })).toBeVisible();
    // Every answer is one of the chatbot's intents with its probability.
    for (const cell of await recent.getByRole('row').all()) {
      const text = await cell.textContent();
      if (text?.includes('#')) {
        expect(text).toMatch(/(book|cancel|opening hours|prices|complaint|greeting): \d+%/);
      }
    }
  });

  test('writes a succeeded run’s predictions to SQLite and shows the query and its rows', async ({
    page,
  }) => {
    const heavy = heavyRequests(page);
    await page.goto('./');
    await page.evaluate(
      ([first, second]) => window.predictionsFixture.batch([first, second], 20_000),
      [run(0, 'succeeded'), run(1, 'running')],
    );
    const table = page.getByRole('table', { name: 'Result of the query on run 0' });
    await expect(table).toBeVisible(MODEL_WAIT);
    await expect(
      page.getByText(
        "Run 0: scored 5,000 of 20,000 rows (a sample: the run's first rows, which are random).",
      ),
    ).toBeVisible();
    await expect(page.locator('pre code')).toContainText('ORDER BY score DESC');
    await expect(
      page.getByText(/^Parameter: run_id = \d+ \(the store's id for run 0\)\.$/),
    ).toBeVisible();
    await expect(table.getByRole('columnheader')).toHaveText([
      'Booking',
      'Probability of cancelling',
      'Booked ahead (days)',
      'Deposit',
      'Segment',
      'Daily rate (€)',
    ]);
    await expect(table.getByRole('row')).toHaveCount(11);
    const scores = (await table.locator('tbody tr td:nth-child(2)').allTextContents()).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBeGreaterThan(0.9);
    const bookings = await table.locator('tbody tr td:nth-child(1)').allTextContents();
    for (const id of bookings) expect(Number(id.replace('booking-', ''))).toBeLessThan(5000);
    expect(workerNames(page)).toEqual(['inference-worker', 'store-worker']);
    expect(heavy).toContain(`${basePath}models/hotel-cancellations-large/model.json`);

    // Runs that finish while one is scored are passed over: the table moves to the latest.
    await page.evaluate(
      (runs) => window.predictionsFixture.batch(runs, 20_000),
      [run(1, 'succeeded'), run(2, 'succeeded'), run(3, 'succeeded')],
    );
    await expect(page.getByRole('table', { name: 'Result of the query on run 3' })).toBeVisible(
      MODEL_WAIT,
    );
    await expect(
      page.getByText(
        '2 runs finished while another was being scored; the table moved on to the latest.',
      ),
    ).toBeVisible();
    // The predictions are in the browser's storage, keyed by run.
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('tipos-de-despliegue.prediction-store');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const keys = open.result.transaction('snapshots').objectStore('snapshots').count();
            keys.onsuccess = () => resolve(keys.result);
          };
        }),
    );
    expect(stored).toBe(1);
  });

  test('flags transactions of the fraud stream and stops its worker on unmount', async ({
    page,
  }) => {
    // A low threshold, so that the 500 newest of 5,000 transactions flag some (10 with seed 15).
    await page.goto('./?threshold=0.01');
    await page.evaluate(() => window.predictionsFixture.stream(5_000));
    const region = page.getByRole('region', { name: /Latest flagged transactions/ });
    await expect(region).toBeVisible(MODEL_WAIT);
    await expect(
      page.getByText(/^Scored 500 of 5,000 processed transactions; flagged: \d+\.$/),
    ).toBeVisible();
    await expect(page.getByText(/^Sampled: the stream processes more transactions/)).toBeVisible();
    const table = region.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText([
      'Transaction',
      'Amount',
      'Merchant type',
      'Hour of day',
      'Distance from home',
      "Card's transactions in the last 24 h",
      'Probability',
    ]);
    await expect(table.locator('tbody tr').first().locator('td').first()).toHaveText(/€/);
    const ids = await table.getByRole('rowheader').allTextContents();
    for (const id of ids) expect(Number(id.replace('tx-', ''))).toBeGreaterThanOrEqual(4500);
    expect(workerNames(page)).toEqual(['inference-worker']);

    await page.evaluate(() => window.predictionsFixture.unmount());
    await expect.poll(() => page.workers().length).toBe(0);
  });
});

test.describe('in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('takes a decimal comma and answers in Spanish', async ({ page }) => {
    await page.goto('./?lang=es&try=fraud-detection');
    const form = page.getByRole('region', { name: 'Pruébalo: una petición real' });
    await form.getByLabel('Importe').fill('45,50');
    await form.getByRole('button', { name: 'Enviar petición' }).click();
    await expect(
      // Spanish puts a no-break space before the percent sign (\s matches it).
      form.getByText(/^Probabilidad de que la operación sea fraude: [\d,]+\s%$/),
    ).toBeVisible(MODEL_WAIT);
    await expect(form.getByText(/^Respondida en [\d,]+ ms/)).toBeVisible();
  });
});

test.describe('a missing model file', () => {
  // page.route cannot see requests a service worker answers from its cache: keep it out.
  test.use({
    locale: 'en-GB',
    expectedConsoleErrors: [/status of 404/],
    serviceWorkers: 'block',
  });

  test('gets a clear message, and the rest keeps working', async ({ page }) => {
    await page.route('**/models/hotel-cancellations-small/model.json', (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    );
    await page.goto('./');
    const form = page.getByRole('region', { name: 'Try it: one real request' });
    await form.getByRole('button', { name: 'Send request' }).click();
    await expect(form.getByRole('alert')).toHaveText(
      'The model file was not found on this site. The simulation goes on with the nominal service time.',
      MODEL_WAIT,
    );
    await page.evaluate(() => window.predictionsFixture.stream(100));
    await expect(page.getByText(/^Scored 100 of 100 processed transactions/)).toBeVisible(
      MODEL_WAIT,
    );
  });
});
