import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { plainFileProtector } from '../../db/keys/keystore';
import { openApp } from '../../electron/core/app';
import { tempDir } from '../helpers/app';
import { startWeb, type WebServer } from './web';

/**
 * Issue 13: `npm run web` prints an address; opening it on an installation that is already set up
 * shows the home screen (the bridge token leaves the address before the router reads its first route).
 */

let server: WebServer | undefined;
let dataDir: string;

test.afterAll(async () => {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('the address printed by `npm run web` opens the home screen of a set-up installation', async ({ page }) => {
  dataDir = tempDir('qcdc-web-');
  const app = openApp({ dataDir: join(dataDir, 'data'), keyProtector: plainFileProtector, user: 'kiểm thử' });
  const setup = await app.dispatch('installation.setup', {
    role: 'commune',
    code: '20001',
    name: 'Xã Đồng Đăng',
    province: 'Lạng Sơn',
  });
  app.close();
  expect(setup.ok).toBe(true);

  server = await startWeb(join(dataDir, 'data'));
  const url = server.url;
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=/);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto(url);
  await expect(page.getByTestId('header-unit')).toContainText('Xã Đồng Đăng');
  await expect(page.getByRole('heading', { name: 'Xin chào!' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Trang chủ', exact: true })).toHaveClass(/selected/);
  await expect(page.getByText('Không tìm thấy trang này')).toHaveCount(0);
  // The token is gone from the address (and from history), kept for the session only.
  expect(new URL(page.url()).hash).toBe('#/');

  // A reload keeps working from the session's token; a deep link routes.
  await page.reload();
  await expect(page.getByTestId('header-unit')).toContainText('Xã Đồng Đăng');
  await page.getByRole('menuitem', { name: 'Vụ việc', exact: true }).click();
  await expect(page).toHaveURL(/#\/mediation\/cases$/);
  await page.goBack();
  await expect(page).toHaveURL(/#\/$/);
  // An unknown address says so in Vietnamese.
  await page.goto(url.replace(/#.*/, '#/khong-co'));
  await expect(page.getByText('Không tìm thấy trang này')).toBeVisible();
  expect(errors).toEqual([]);
});
