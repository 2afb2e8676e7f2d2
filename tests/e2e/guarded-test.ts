import { expect, test as base } from '@playwright/test';

/**
 * Every test also checks that the page stays offline-capable and clean: no request leaves the
 * site's origin (no fonts, CDNs or analytics) and nothing is logged as an error.
 */
export const test = base.extend<{ guardPage: void; expectedConsoleErrors: RegExp[] }>({
  /** Console errors a test provokes on purpose (a missing file it serves as a 404). */
  expectedConsoleErrors: [[], { option: true }],
  guardPage: [
    async ({ page, baseURL, expectedConsoleErrors }, use) => {
      const origin = `${new URL(baseURL ?? '').origin}/`;
      const offsite: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(origin)) offsite.push(request.url());
      });
      page.on('console', (message) => {
        const expected = expectedConsoleErrors.some((pattern) => pattern.test(message.text()));
        if (message.type() === 'error' && !expected) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));

      await use();

      expect.soft(offsite, 'requests outside the site').toEqual([]);
      expect.soft(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
