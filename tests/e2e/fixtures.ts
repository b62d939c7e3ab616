import { rmSync } from 'node:fs';
import { test as base } from '@playwright/test';
import { tempDir } from '../helpers/app';
import { startWeb } from './web';

export { expect } from '@playwright/test';

/**
 * The journeys' `test`: each test (one per spec file) gets a server of its own on a fresh data folder,
 * the same one `npm run web` starts, with the token of journey.ts's OPEN_URL. Specs no longer share
 * one installation, so they can run side by side (two workers on two cores).
 */
export const test = base.extend({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: it must be an object.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    const dataDir = tempDir('qcdc-e2e-');
    const server = await startWeb(dataDir, 'e2e-token');
    try {
      await use(new URL('/', server.url).href);
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export type { Browser, Locator, Page } from '@playwright/test';
