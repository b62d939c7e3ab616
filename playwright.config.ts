import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './electron/cli/chromium';

/**
 * End-to-end journeys in real Chromium against the loopback bridge over a real database
 * (architecture.md §8). The renderer must be built first (`npm run build:renderer`; `npm test` does it).
 * Every spec starts its own server on a fresh data folder (tests/e2e/fixtures.ts, web.ts), so two run
 * side by side, one per core.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  fullyParallel: false,
  retries: 0,
  timeout: 480_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  use: {
    browserName: 'chromium',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
});
