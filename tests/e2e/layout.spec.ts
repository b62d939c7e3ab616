import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { tempDir } from '../helpers/app';
import { startWeb, type WebServer } from './web';
import { COMMUNE_ROUTES } from './routes';

/**
 * Issue 13: on a common commune laptop screen (1366×768) every page works without scrolling sideways,
 * with the side menu open, and the menu folds away. Run over every route on demo installations of both
 * roles (`qcdc demo`), so lists hold realistic rows.
 */

test.use({ viewport: { width: 1366, height: 768 } });

const servers: WebServer[] = [];
let root: string;

test.beforeAll(() => {
  root = tempDir('qcdc-layout-');
});

test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(root, { recursive: true, force: true });
});

/** A demo installation of `role`, served like `npm run web`; returns its printed address. */
async function demo(role: 'commune' | 'office'): Promise<string> {
  const dataDir = join(root, role);
  execFileSync(process.execPath, ['bin/qcdc.mjs', 'demo', '--data', dataDir, '--role', role], { stdio: 'ignore' });
  const server = await startWeb(dataDir);
  servers.push(server);
  return server.url;
}

/** Calls the bridge from the page, with the session's token (to find ids for the detail routes). */
async function rpc<T>(page: Page, call: string, input: unknown): Promise<T> {
  // Page code as text: the tests compile without the DOM library.
  return page.evaluate<T>(`(async () => {
    const res = await fetch('./rpc/${call}', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer ' + sessionStorage.getItem('qcdc.token') },
      body: ${JSON.stringify(JSON.stringify(input))},
    });
    return (await res.json()).value;
  })()`);
}

/** Opens a route and checks it rendered, without an error and without a horizontal scroll bar. */
async function checkRoute(page: Page, route: string): Promise<void> {
  await page.evaluate(`window.location.hash = ${JSON.stringify(`#${route}`)}`);
  await expect(page.getByTestId('page-loading')).toHaveCount(0);
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expect(page.getByText('Không tìm thấy trang này'), route).toHaveCount(0);
  await expect(page.getByText('Không mở được trang này'), route).toHaveCount(0);
  const { scroll, client } = await page.evaluate<{ scroll: number; client: number }>(
    '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
  );
  expect(scroll, `${route}: trang rộng ${scroll}px trên màn hình ${client}px`).toBeLessThanOrEqual(client);
}

const OFFICE_ROUTES = ['/', '/communes', '/receive', '/report', '/settings', '/settings/backup', '/reception/visits'];

test('every page fits 1366×768 with the menu open, and the menu folds away', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto(await demo('commune'));
  await expect(page.getByTestId('header-unit')).toBeVisible();
  const cases = await rpc<{ items: { id: string }[] }>(page, 'mediation.listCases', { limit: 1 });
  const conventions = await rpc<{ items: { id: string }[] }>(page, 'convention.list', { limit: 1 });
  const teams = await rpc<{ id: string }[]>(page, 'mediation.listTeams', {});
  const teamId = teams[0]!.id;
  const caseId = cases.items[0]!.id;
  const detail = [
    `/mediation/cases/${caseId}`,
    `/mediation/cases/${caseId}/edit`,
    `/conventions/${conventions.items[0]!.id}`,
    `/print/register?teamId=${teamId}`,
  ];
  for (const route of [...COMMUNE_ROUTES, ...detail]) await checkRoute(page, route);

  // The menu folds away and comes back, remembered across a reload.
  await checkRoute(page, '/mediation/cases');
  const menu = page.getByRole('menu', { name: 'Dân chủ cơ sở' });
  await expect(menu).toBeVisible();
  await page.getByRole('button', { name: 'Thu gọn menu' }).click();
  await expect(menu).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('header-unit')).toBeVisible();
  await expect(menu).toBeHidden();
  await page.getByRole('button', { name: 'Hiện menu' }).click();
  await expect(menu).toBeVisible();

  await page.goto(await demo('office'));
  await expect(page.getByTestId('header-unit')).toBeVisible();
  for (const route of OFFICE_ROUTES) await checkRoute(page, route);
  expect(errors).toEqual([]);
});
