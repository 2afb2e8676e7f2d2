import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs, findChromium } from '../scripts/find-chromium.js';
import { withBuiltSite } from './built-site.ts';

/** Lighthouse's two standard form factors: its default (a mid-range phone on a slow 4G network,
 * CPU slowed 4x, simulated) and its desktop preset (a fast network, no CPU slowdown). */
export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseScores {
  path: string;
  formFactor: FormFactor;
  /** Category scores out of 100, the median run's (by performance). */
  performance: number;
  accessibility: number;
  bestPractices: number;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
  /** Every run's performance score, to show the spread. */
  performanceRuns: number[];
}

/**
 * Lighthouse 12 on the built site served under a sub-path with gzip (as static hosts serve it),
 * in this machine's Chromium, `runs` times per page and form factor; the median run by performance
 * is reported, as Lighthouse's own guidance on variability recommends
 * (https://developer.chrome.com/docs/lighthouse/performance/performance-scoring).
 */
export async function measureLighthouse(
  paths: readonly string[],
  formFactors: readonly FormFactor[],
  runs: number,
): Promise<LighthouseScores[]> {
  const chromePath = await findChromium();
  if (!chromePath) throw new Error('No Chromium found for Lighthouse (set CHROMIUM_PATH).');
  return withBuiltSite(async ({ url }) => {
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', ...chromiumArgs()],
    });
    try {
      const results: LighthouseScores[] = [];
      for (const path of paths) {
        for (const formFactor of formFactors) {
          const all: LighthouseScores[] = [];
          for (let i = 0; i < runs; i++)
            all.push(await runOnce(chrome.port, url, path, formFactor));
          all.sort((a, b) => a.performance - b.performance);
          const median = all[Math.floor(all.length / 2)];
          results.push({ ...median, performanceRuns: all.map((r) => r.performance) });
        }
      }
      return results;
    } finally {
      chrome.kill();
    }
  });
}

async function runOnce(
  port: number,
  url: string,
  path: string,
  formFactor: FormFactor,
): Promise<LighthouseScores> {
  const result = await lighthouse(
    url + path,
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    },
    formFactor === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse failed on ${path}: ${runtimeError.message}`);
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  return {
    path,
    formFactor,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    firstContentfulPaintMs: value('first-contentful-paint'),
    largestContentfulPaintMs: value('largest-contentful-paint'),
    totalBlockingTimeMs: value('total-blocking-time'),
    cumulativeLayoutShift: value('cumulative-layout-shift'),
    performanceRuns: [],
  };
}
