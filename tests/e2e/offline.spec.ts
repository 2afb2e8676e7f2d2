import { readdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './guarded-test.ts';

/**
 * "Go offline and reload": after one visit, the service worker (dist/sw.js) has stored the whole
 * build, so with the network cut the course still opens a lesson, runs a lab, predicts with a
 * model and loads its WebAssembly files, all from the cache and under the /course/sub/ sub-path.
 */
test.describe.configure({ timeout: 180_000 });
test.use({ locale: 'en-GB' });

/** What the worker must hold: every file of dist/ but sw.js (scripts/vite-plugin-offline.ts). */
async function builtFiles(): Promise<string[]> {
  const dirents = await readdir('dist', { recursive: true, withFileTypes: true });
  return dirents
    .filter((d) => d.isFile())
    .map((d) => `${d.parentPath}/${d.name}`.replace(/^dist\//, ''))
    .filter((file) => file !== 'sw.js' && !file.endsWith('.map'))
    .sort();
}

/** The paths stored in this origin's caches, relative to the page's folder. */
const cachedFiles = (page: Page) =>
  page.evaluate(async () => {
    const scope = new URL('./', document.baseURI);
    const files: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys())
        files.push(decodeURIComponent(new URL(request.url).pathname.slice(scope.pathname.length)));
    return files.sort();
  });

const figure = (page: Page, label: string) =>
  page.locator('dt', { hasText: label }).first().locator('xpath=following-sibling::dd');

test('after one visit, the course works offline: a lesson, a lab, a model', async ({
  page,
  context,
  baseURL,
}) => {
  // The guard watches the page; this also watches the service worker's own downloads.
  const origin = `${new URL(baseURL ?? '').origin}/`;
  const offsite: string[] = [];
  context.on('request', (request) => {
    if (/^https?:/.test(request.url()) && !request.url().startsWith(origin))
      offsite.push(request.url());
  });

  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'What the course covers' })).toBeVisible();
  // A worker activates only after its install stored every file.
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), {
      timeout: 60_000,
    })
    .toBe('activated');
  const files = await builtFiles();
  expect(files).toContain('index.html');
  expect(files.filter((file) => file.endsWith('.wasm')).length).toBeGreaterThan(0);
  expect(await cachedFiles(page)).toEqual(files);

  await context.setOffline(true);
  const failed: string[] = [];
  const fromNetwork: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  page.on('response', (response) => {
    if (/^https?:/.test(response.url()) && !response.fromServiceWorker())
      fromNetwork.push(response.url());
  });
  await page.reload();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await expect(page.getByRole('heading', { name: 'What the course covers' })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

  // A lesson, slide by slide.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Lessons' })
    .click();
  await page
    .getByRole('navigation', { name: 'Course contents' })
    .getByRole('link', { name: /^Lesson 1\b/ })
    .first()
    .click();
  await expect(page.getByText(/^Slide 1 of \d+/)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/^Slide 2 of \d+/)).toBeVisible();

  // A lab: its engine runs in a Web Worker whose script comes from the cache.
  await page.goto('./#/lab/streaming');
  await expect(page.getByRole('heading', { level: 1, name: 'Streaming lab' })).toBeVisible();
  const before = await figure(page, 'Events produced').textContent();
  await page.getByLabel('Speed', { exact: true }).selectOption('1000');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(figure(page, 'Events produced')).not.toHaveText(before ?? '', { timeout: 20_000 });

  // A shared link to the decision assistant gives the same recommendation offline.
  await page.goto('./#/decide?known=no&maxAgeS=0.3&blocking=yes&eventsPerS=200');
  await expect(page.locator('[data-recommended]')).toHaveAttribute('data-recommended', 'online');

  // A model: the inference worker, model.json and weights, all from the cache.
  await page.goto('./#/models');
  await expect(page.getByText(/^Predictions are computed with /)).toBeVisible({ timeout: 60_000 });
  const row = page
    .getByRole('table', { name: /The six examples' models/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /^hotel-cancellations-small\b/ }) });
  await row.getByRole('button', { name: 'Try hotel-cancellations-small' }).click();
  await expect(row.getByText(/Probability: .+ in [\d.,]+ ms with /)).toBeVisible({
    timeout: 60_000,
  });

  // The WebAssembly files (TensorFlow.js's backend, SQLite) load and compile offline.
  const wasm = files.filter((file) => file.endsWith('.wasm'));
  const compiled = await page.evaluate(
    (urls) =>
      Promise.all(
        urls.map(async (url) => {
          const module = await WebAssembly.compileStreaming(fetch(url));
          return WebAssembly.Module.exports(module).length > 0;
        }),
      ),
    wasm,
  );
  expect(compiled).toEqual(wasm.map(() => true));

  expect(failed, 'requests that tried the network').toEqual([]);
  expect(fromNetwork, 'responses not served by the service worker').toEqual([]);
  expect(offsite, 'requests outside the site').toEqual([]);
});

test('the course can be installed as an app', async ({ page }) => {
  await page.goto('./');
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state))
    .toBe('activated');
  const cdp = await page.context().newCDPSession(page);
  const manifest = (await cdp.send('Page.getAppManifest')) as {
    url: string;
    errors: unknown[];
  };
  expect(manifest.url).toMatch(/\/course\/sub\/manifest\.webmanifest$/);
  expect(manifest.errors).toEqual([]);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Every Playwright context is a private one, where Chromium never offers to install: the only
  // reason it may give. Anything about the manifest, the icons or the worker would be listed too.
  expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
});
