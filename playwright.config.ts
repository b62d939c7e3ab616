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
    // A laptop asking for less motion (the app then opens dialogs and menus at once, renderer/components/
    // reducedMotion.ts): the journeys wait for no animation. tests/e2e/startup.spec.ts checks the setting.
    contextOptions: { reducedMotion: 'reduce' },
    // The trace of a failed test keeps its actions, console, network and sources; DOM snapshots and
    // screenshots of every action would cost a third of the run on two cores (measured: 58 s → 36 s for
    // public-disclosure alone). The failure's own screenshot is kept below.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false, sources: true },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
});
