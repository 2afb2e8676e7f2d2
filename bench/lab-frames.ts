import { spawn, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const PORT = 4181;
const BASE = '/course/sub/';

/**
 * The online lab at 500 simulated requests a second and 10x speed, in headless Chromium on this
 * machine: frame times from requestAnimationFrame and long tasks from a PerformanceObserver, over
 * `seconds` of wall time. The engine runs in its worker; this measures what the page's main
 * thread does with 30 snapshots a second (receiving, drawing, the live region).
 */
export async function measureLabFrames(seconds: number) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  const server = spawn('node', ['scripts/serve.js', '--port', String(PORT), '--base', BASE], {
    cwd: root,
    stdio: 'ignore',
  });
  const executablePath = (await findChromium()) ?? undefined;
  const browser = await chromium.launch({
    executablePath,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      const w = window as unknown as { __frames: number[]; __longTasks: number[] };
      w.__frames = [];
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    // 500 req/s on 8 replicas of 10 ms (utilisation 0.625): a busy, stable service.
    const query =
      'preset=hotel-activities&arrival-rate=500&servers=8&service=exponential:10&duration=3600';
    await waitForServer(`http://127.0.0.1:${PORT}${BASE}`);
    await page.goto(`http://127.0.0.1:${PORT}${BASE}#/lab/online?${query}`);
    await page.getByRole('button', { name: /^(Reproducir|Play)$/ }).waitFor();
    await page.getByLabel(/^(Velocidad|Speed)$/).selectOption('10');
    await page.getByRole('button', { name: /^(Reproducir|Play)$/ }).click();
    // Let the first snapshots and charts settle, then measure.
    await page.waitForTimeout(1000);
    const progressStart = await page
      .locator('progress')
      .first()
      .evaluate((p) => (p as HTMLProgressElement).value);
    await page.evaluate(() => {
      const w = window as unknown as {
        __frames: number[];
        __longTasks: number[];
        __measuring: boolean;
      };
      w.__frames = [];
      w.__longTasks = [];
      w.__measuring = true;
      let last = performance.now();
      const frame = (now: number) => {
        w.__frames.push(now - last);
        last = now;
        if (w.__measuring) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await page.waitForTimeout(seconds * 1000);
    const { frames, longTasks } = await page.evaluate(() => {
      const w = window as unknown as {
        __frames: number[];
        __longTasks: number[];
        __measuring: boolean;
      };
      w.__measuring = false;
      return { frames: w.__frames.slice(1), longTasks: w.__longTasks };
    });
    const progressEnd = await page
      .locator('progress')
      .first()
      .evaluate((p) => (p as HTMLProgressElement).value);
    const sorted = [...frames].sort((a, b) => a - b);
    const p95 = sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))];
    return {
      frames: frames.length,
      p95FrameMs: p95,
      maxFrameMs: sorted[sorted.length - 1],
      longTasks: longTasks.length,
      maxLongTaskMs: longTasks.length === 0 ? 0 : Math.max(...longTasks),
      simulatedSpeed: ((progressEnd - progressStart) * 3600) / (seconds + 0), // simulated s per wall s
    };
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
