import { gzipSync } from 'node:zlib';
import { withBuiltSite } from './built-site.ts';

/**
 * The JavaScript a learner downloads to open a lesson: every script (workers included) the page
 * requests until the network is idle, gzipped at level 6 as static hosts serve them. tfjs and the
 * database must not be among them: they load only when a simulation needs them.
 */
export async function measureLessonBudget(paths: readonly string[]) {
  return withBuiltSite(async ({ url, browser }) => {
    const results: Array<{ path: string; gzipKiB: number; scripts: number; heavy: string[] }> = [];
    for (const path of paths) {
      const page = await browser.newPage();
      const bodies: Array<Promise<{ url: string; gzip: number }>> = [];
      page.on('response', (response) => {
        const type = response.request().resourceType();
        if (type !== 'script' && !response.url().endsWith('.js')) return;
        bodies.push(
          response
            .body()
            .then((body) => ({ url: response.url(), gzip: gzipSync(body, { level: 6 }).length })),
        );
      });
      await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
      const scripts = await Promise.all(bodies);
      results.push({
        path,
        gzipKiB: scripts.reduce((sum, s) => sum + s.gzip, 0) / 1024,
        scripts: scripts.length,
        heavy: scripts
          .map((s) => s.url)
          .filter((u) => /tf|sql|wasm/i.test(u.split('/').pop() ?? '')),
      });
      await page.close();
    }
    return results;
  });
}
