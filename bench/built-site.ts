import { spawn, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/find-chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// BENCH_PORT lets two checkouts on one machine run their benchmarks side by side.
const PORT = Number(process.env.BENCH_PORT ?? 4181);
const BASE = '/course/sub/';

/**
 * Builds `dist/`, serves it under a sub-path like a static host would, and opens headless
 * Chromium: what the browser benchmarks measure is the site a learner gets.
 */
export async function withBuiltSite<T>(
  work: (site: { url: string; browser: Browser }) => Promise<T>,
): Promise<T> {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  const server = spawn('node', ['scripts/serve.js', '--port', String(PORT), '--base', BASE], {
    cwd: root,
    stdio: 'ignore',
  });
  const browser = await chromium.launch({
    executablePath: (await findChromium()) ?? undefined,
    args: chromiumArgs(),
  });
  try {
    const url = `http://127.0.0.1:${PORT}${BASE}`;
    await waitForServer(url);
    return await work({ url, browser });
  } finally {
    await browser.close();
    server.kill();
  }
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the static server did not start at ${url}`);
}
