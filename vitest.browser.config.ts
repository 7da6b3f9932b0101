// Browser tests: the real server with the built web app, driven in Debian's Chromium, scanned with axe.
// Run with `npx vitest run --config vitest.browser.config.ts`; the web app is rebuilt first if stale.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/support/build-web.ts'],
    // axe's WCAG and best-practice scans of the longest pages (a crosswalk, the API reference) take
    // tens of seconds on a busy two-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two files at once: a journey spends most of its time waiting on its server and browser (decision 69).
    maxWorkers: 2,
  },
});
