import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './electron/cli/chromium';

// One fresh data folder per run; the variable is inherited by the workers so they agree on it.
process.env.QCDC_E2E_DATA ??= mkdtempSync(join(tmpdir(), 'qcdc-e2e-'));

// A port of its own per run (inherited by the workers), so two runs on one machine never collide.
process.env.QCDC_E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 40_000));
const PORT = Number(process.env.QCDC_E2E_PORT);

/**
 * End-to-end journeys in real Chromium against the loopback bridge over a real database
 * (architecture.md §8). The renderer must be built first (`npm run build:renderer`; `npm test` does it).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 480_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
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
  webServer: {
    command: `npx tsx electron/bridge/serve.ts --data "${process.env.QCDC_E2E_DATA}" --port ${PORT} --token e2e-token`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
