import type { Page } from '@playwright/test';
import { withBuiltSite } from './built-site.ts';
/** The first seconds after Play, when the page's code runs (and is compiled) for the first time. */
const WARM_UP_S = 3;

export interface FrameFigures {
  frames: number;
  p95FrameMs: number;
  medianFrameMs: number;
  maxFrameMs: number;
  /** Intervals of more than 1.5 display periods (25 ms): a frame was missed. */
  missedFrames: number;
  longTasks: number;
  maxLongTaskMs: number;
}

export interface LabFrames {
  /** The measured window, after the warm-up. */
  steady: FrameFigures;
  /** The warm-up's long tasks: first-time compilation and first drawing of every chart. */
  warmUp: { longTasks: number; maxLongTaskMs: number };
  /** Simulated seconds per wall-clock second over the measured window (10 is asked for). */
  simulatedSpeed: number;
}

/**
 * The online lab at 500 simulated requests a second and 10x speed, in headless Chromium on this
 * machine: frame intervals from requestAnimationFrame and long tasks from a PerformanceObserver,
 * over `seconds` of wall time after a warm-up. The engine runs in its worker; this measures what
 * the page's main thread does with the snapshots (receiving, drawing, the live region). With
 * `play` false the same page stays idle: the control that shows the display's own frame period
 * and timer jitter.
 */
export async function measureLabFrames(seconds: number, play = true): Promise<LabFrames> {
  return withBuiltSite(async ({ url, browser }) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Strings, not functions: tsx would wrap named inner functions in a helper the page lacks.
    await page.addInitScript(`
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    `);
    // 500 req/s on 8 replicas of 10 ms (utilisation 0.625): a busy, stable service.
    const query =
      'preset=hotel-activities&arrival-rate=500&servers=8&service=exponential:10&duration=3600';
    await page.goto(`${url}#/lab/online?${query}`);
    const playButton = page.getByRole('button', { name: /^(Reproducir|Play)$/ });
    await playButton.waitFor();
    await page.evaluate('window.__longTasks = []');
    if (play) {
      await page.getByLabel(/^(Velocidad|Speed)$/).selectOption('10');
      await playButton.click();
    }
    await page.waitForTimeout(WARM_UP_S * 1000);
    const warmUpTasks = (await page.evaluate('window.__longTasks')) as number[];
    const startS = await simulatedSeconds(page);
    await page.evaluate(`(() => {
      window.__frames = [];
      window.__longTasks = [];
      window.__measuring = true;
      let last = performance.now();
      const frame = (now) => {
        window.__frames.push(now - last);
        last = now;
        if (window.__measuring) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    })()`);
    await page.waitForTimeout(seconds * 1000);
    const { frames, longTasks } = (await page.evaluate(`(() => {
      window.__measuring = false;
      return { frames: window.__frames.slice(1), longTasks: window.__longTasks };
    })()`)) as { frames: number[]; longTasks: number[] };
    const endS = await simulatedSeconds(page);
    return {
      steady: frameFigures(frames, longTasks),
      warmUp: {
        longTasks: warmUpTasks.length,
        maxLongTaskMs: warmUpTasks.length === 0 ? 0 : Math.max(...warmUpTasks),
      },
      simulatedSpeed: (endS - startS) / seconds,
    };
  });
}

function frameFigures(frames: number[], longTasks: number[]): FrameFigures {
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return {
    frames: frames.length,
    p95FrameMs: at(0.95),
    medianFrameMs: at(0.5),
    maxFrameMs: sorted[sorted.length - 1],
    missedFrames: frames.filter((f) => f > 25).length,
    longTasks: longTasks.length,
    maxLongTaskMs: longTasks.length === 0 ? 0 : Math.max(...longTasks),
  };
}

/** Simulated time so far, read from the lab's progress bar (its maximum is 1, the run 3600 s). */
async function simulatedSeconds(page: Page): Promise<number> {
  const share = await page.locator('progress').first().getAttribute('value');
  return Number(share) * 3600;
}
