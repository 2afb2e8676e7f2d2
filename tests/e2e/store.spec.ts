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
 * The prediction store in real Chromium: the store worker, SQLite's wasm and IndexedDB.
 *
 * The app does not use the store yet, so this file builds a small test page
 * (fixtures/store/index.html) with Vite and the project's own vite.config.ts (same `base: './'`,
 * same worker format), and serves it with the project's static server under the same sub-path as
 * the app, as `baseURL`. The page opens the real StoreClient; the test drives it with
 * `page.evaluate` (`window.storeFixture` is typed in fixtures/store/main.ts).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const basePath = '/course/sub/';

/** Builds the test page and serves it; the URL of the site, under the sub-path. */
async function serveStorePage(use: (url: string) => Promise<void>): Promise<void> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'store-page-'));
  const server = createStaticServer({ dir: outDir, base: basePath });
  try {
    await build({
      configFile: path.join(root, 'vite.config.ts'),
      root: path.join(root, 'tests/e2e/fixtures/store'),
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

const test = guarded.extend<{ storePage: void }, { storeSite: string }>({
  // Built and served once per Playwright worker, not once per test.
  storeSite: [
    // eslint-disable-next-line no-empty-pattern -- Playwright wants the fixtures object destructured
    async ({}, use) => serveStorePage(use),
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ storeSite }, use) => use(storeSite),
  // Every page gets `savedStore` (below) before its own scripts run.
  storePage: [
    async ({ page }, use) => {
      await page.addInitScript(defineSavedStore);
      await use();
    },
    { auto: true },
  ],
});

/**
 * Runs one request on the store's IndexedDB object store. Declared in every page by an init
 * script (`defineSavedStore`): page.evaluate callbacks cannot call functions of this file.
 */
declare function savedStore(request: (store: IDBObjectStore) => IDBRequest): Promise<unknown>;

function defineSavedStore(): void {
  Object.assign(window, {
    savedStore: (request: (store: IDBObjectStore) => IDBRequest) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('tipos-de-despliegue.prediction-store');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction('snapshots', 'readwrite');
          const result = request(transaction.objectStore('snapshots'));
          transaction.oncomplete = () => {
            db.close();
            resolve(result.result);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  });
}

/** Opens the test page and the store in it. */
async function openStore(page: Page, retention?: number): Promise<void> {
  await page.goto('./');
  await page.evaluate((r) => window.storeFixture.open({ retention: r }), retention);
}

/** Writes `n` bookings as one run and publishes it; returns the run id. */
function writeRun(page: Page, n: number, startedAtMs: number): Promise<number> {
  return page.evaluate(
    async ([count, start]) => {
      const store = window.storeFixture.client();
      const run = await store.createRun({ model: 'cancellation-v1', startedAtMs: start });
      const rows = Array.from({ length: count }, (_, i) => ({
        entityId: `booking-${i}`,
        score: ((i * 7919) % count) / count,
        label: i % 2 ? 'keep' : 'cancel',
      }));
      await store.writePredictions(run.runId, rows);
      await store.publishRun(run.runId, start + 1000);
      return run.runId;
    },
    [n, startedAtMs] as const,
  );
}

const lookupRun = (page: Page, entityId: string): Promise<number | null> =>
  page.evaluate(
    async (id) => (await window.storeFixture.client().lookup(id)).prediction?.runId ?? null,
    entityId,
  );

test('the store worker loads SQLite from the site itself and serves predictions', async ({
  page,
}) => {
  const wasmRequests: string[] = [];
  page.context().on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('.wasm')) wasmRequests.push(request.url());
  });
  await openStore(page);

  expect(wasmRequests).toHaveLength(1);
  const wasm = new URL(wasmRequests[0]);
  expect(wasm.origin).toBe(new URL(page.url()).origin);
  expect(wasm.pathname.startsWith(basePath)).toBe(true);
  expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([
    expect.stringMatching(new RegExp(`^${basePath}assets/store-worker.*\\.js$`)),
  ]);
  await expect(page.getByRole('status')).toHaveText('indexeddb');

  const runId = await writeRun(page, 1000, 0);
  const answers = await page.evaluate(async () => {
    const store = window.storeFixture.client();
    const lookup = await store.lookup('booking-7');
    const top = await store.topK('latest', 3);
    const query = await store.query('SELECT label, count(*) AS n FROM predictions GROUP BY label');
    const refused = await store
      .query('DELETE FROM predictions')
      .catch((e: { code: string }) => e.code);
    return { lookup, top, query, refused };
  });
  expect(answers.lookup.prediction).toMatchObject({ entityId: 'booking-7', runId, label: 'keep' });
  expect(answers.lookup.sql).toContain('FROM latest_predictions');
  expect(answers.top.predictions.map((p) => p.score)).toEqual([0.999, 0.998, 0.997]);
  expect(answers.query.columns).toEqual(['label', 'n']);
  expect(answers.query.rows).toEqual([
    ['cancel', 500],
    ['keep', 500],
  ]);
  expect(answers.refused).toBe('not-a-select');
});

test('a 100,000-row write runs in the worker while the page stays responsive', async ({ page }) => {
  await openStore(page);
  const timing = await page.evaluate(async () => {
    const store = window.storeFixture.client();
    const run = await store.createRun({ model: 'cancellation-v1', startedAtMs: 0 });
    const rows = Array.from({ length: 100_000 }, (_, i) => ({
      entityId: `booking-${i}`,
      score: ((i * 7919) % 100_000) / 100_000,
      features: { leadTimeDays: i % 365 },
    }));
    // Timer ticks that run while the worker writes: none could if SQLite ran on this thread.
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const start = performance.now();
    const writing = store.writePredictions(run.runId, rows);
    const postMs = performance.now() - start;
    const result = await writing;
    const totalMs = performance.now() - start;
    clearInterval(ticker);

    const publishStart = performance.now();
    await store.publishRun(run.runId, 1000); // includes saving ~10 MB to IndexedDB
    const publishMs = performance.now() - publishStart;
    const lookups: number[] = [];
    let found = 0;
    for (let i = 0; i < 200; i++) {
      const asked = performance.now();
      if ((await store.lookup(`booking-${i * 499}`)).prediction) found++;
      lookups.push(performance.now() - asked);
    }
    lookups.sort((a, b) => a - b);
    return {
      rowCount: result.rowCount,
      workerMs: result.ms,
      postMs,
      totalMs,
      ticks,
      publishMs,
      found,
      lookupRoundTripMedianMs: lookups[100],
    };
  });
  // The measured times, for the record (the report's "annotations"); only correctness is asserted.
  test.info().annotations.push({ type: 'timing', description: JSON.stringify(timing) });
  expect(timing.rowCount).toBe(100_000);
  expect(timing.ticks).toBeGreaterThanOrEqual(2);
  expect(timing.found).toBe(200);
});

test('published predictions survive a reload (IndexedDB)', async ({ page }) => {
  await openStore(page);
  const runId = await writeRun(page, 50, 0);
  expect(await lookupRun(page, 'booking-3')).toBe(runId);

  await page.reload();
  await page.evaluate(() => window.storeFixture.open());
  expect(await lookupRun(page, 'booking-3')).toBe(runId);
  const status = await page.evaluate(() => window.storeFixture.client().status());
  expect(status).toMatchObject({ persistence: 'indexeddb', notices: [] });
  await expect(
    page.getByRole('list', { name: 'Storage notices' }).getByRole('listitem'),
  ).toHaveCount(0);
});

test('a full quota keeps the store working in memory, with a notice', async ({ page }) => {
  await page.goto('./');
  const workerStarted = page.waitForEvent('worker');
  const opening = page.evaluate(() => window.storeFixture.open());
  const worker = await workerStarted;
  // Init scripts do not reach workers, so IndexedDB is broken inside the store worker itself, as
  // soon as it starts. The store only reads while opening: every write comes later.
  await worker.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await opening;

  const runId = await writeRun(page, 20, 0);
  const notices = page.getByRole('list', { name: 'Storage notices' }).getByRole('listitem');
  await expect(notices).toHaveText(['quota-exceeded']);
  await expect(page.getByRole('status')).toHaveText('memory');
  expect(await lookupRun(page, 'booking-3')).toBe(runId);
  // A second publish still works, and does not repeat the notice.
  const second = await writeRun(page, 20, 60_000);
  expect(await lookupRun(page, 'booking-3')).toBe(second);
  await expect(notices).toHaveCount(1);

  // Nothing was saved: a reload starts empty (and, with storage working again, without notice).
  await page.reload();
  await page.evaluate(() => window.storeFixture.open());
  expect(await lookupRun(page, 'booking-3')).toBeNull();
  await expect(notices).toHaveCount(0);
});

test('a corrupt saved store is set aside, not wiped, and a new one starts', async ({ page }) => {
  await openStore(page);
  await writeRun(page, 10, 0);
  // Overwrite the saved database with garbage, from the page (same origin, same IndexedDB).
  const garbage = [7, 7, 7, 7, 7, 7, 7, 7];
  await page.evaluate(
    (bytes) => savedStore((store) => store.put(new Uint8Array(bytes), 'predictions-v1')),
    garbage,
  );

  await page.reload();
  await page.evaluate(() => window.storeFixture.open());
  const notices = page.getByRole('list', { name: 'Storage notices' }).getByRole('listitem');
  await expect(notices).toHaveText(['corrupt-set-aside']);
  expect(await lookupRun(page, 'booking-3')).toBeNull();

  const saved = await page.evaluate(async () => {
    const keys = (await savedStore((store) => store.getAllKeys())) as string[];
    const backup = keys.find((key) => key.startsWith('predictions-v1.corrupt.')) ?? '';
    const kept = await savedStore((store) => store.get(backup));
    return { keys, kept: Array.from(kept as Uint8Array) };
  });
  expect(saved.keys).toHaveLength(2);
  expect(saved.kept).toEqual(garbage);
});
