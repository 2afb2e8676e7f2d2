import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/find-chromium.js';

// E2E_PORT lets two checkouts on one machine run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4179);
// The site is served under a sub-path so every test also proves the build works from one.
const basePath = '/course/sub/';
const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  fullyParallel: true,
  retries: 0,
  forbidOnly: isCI,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: (await findChromium()) ?? undefined,
          args: chromiumArgs(),
        },
      },
    },
  ],
  // Serves the dist/ that `npm run test:e2e` has just built; it does not build.
  webServer: {
    command: `node scripts/serve.js --port ${port} --base ${basePath}`,
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: !isCI,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
