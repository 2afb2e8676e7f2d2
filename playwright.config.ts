import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.js';

// E2E_PORT lets two checkouts on one machine run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4179);
// The site is served under a sub-path so every test also proves the build works from one.
const basePath = '/course/sub/';
const isCI = Boolean(process.env.CI);

// Chromium's sandbox cannot start as root (CI containers); elsewhere it stays on.
const runsAsRoot = process.getuid?.() === 0;

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
          args: [
            ...(runsAsRoot ? ['--no-sandbox'] : []),
            // No network here: without these, Chromium keeps trying to reach Google's services and
            // logs every refused connection.
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
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
