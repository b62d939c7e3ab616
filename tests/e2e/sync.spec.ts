import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from './fixtures';
import { SHOTS, TAN_HUNG, addCommunity, ensureCommune, openMenu } from './journey';

/**
 * Two installations over two HTTP bridges: the commune of the other journeys and an office started
 * here on a data folder of its own. They enroll each other's cards (fingerprints shown), the clerk
 * records, exports a bundle and its cover sheet, the office imports it and saves the receipt, and the
 * commune loads the receipt and sees "Đã nhận".
 */
const OFFICE_TOKEN = 'office-e2e-token';
let office: ChildProcess;
let officeUrl: string;
const work = mkdtempSync(join(tmpdir(), 'qcdc-e2e-sync-'));

test.beforeAll(async () => {
  const dataDir = join(work, 'so');
  execFileSync(process.execPath, [
    'bin/qcdc.mjs',
    'init',
    '--data',
    dataDir,
    '--role',
    'office',
    '--code',
    'STP-LS',
    '--name',
    'Sở Tư pháp tỉnh Lạng Sơn',
  ]);
  const port = 20_000 + Math.floor(Math.random() * 40_000);
  officeUrl = `http://127.0.0.1:${port}/`;
  office = spawn(
    'npx',
    ['tsx', 'electron/bridge/serve.ts', '--data', dataDir, '--port', String(port), '--token', OFFICE_TOKEN],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  await expect
    .poll(
      async () =>
        fetch(officeUrl).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 60_000 },
    )
    .toBe(200);
});

test.afterAll(() => {
  if (office.pid) process.kill(-office.pid, 'SIGTERM');
});

async function openOffice(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: officeUrl,
    locale: 'vi-VN',
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`/#token=${OFFICE_TOKEN}`);
  await expect(page.getByTestId('header-unit')).toContainText('Sở Tư pháp tỉnh Lạng Sơn');
  return page;
}

/** Clicks a button that saves a file and returns where the test kept it. */
async function download(page: Page, testId: string, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(work, name);
  await file.saveAs(path);
  return path;
}

/** Clicks a button that opens the file picker and gives it files. */
async function upload(page: Page, click: () => Promise<void>, files: string[]): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click()]);
  await chooser.setFiles(files);
}

/** Enrolls a card through the dialog, checking the fingerprint the dialog shows. */
async function enrollThrough(page: Page, button: string, card: string): Promise<void> {
  await page.getByTestId(button).click();
  await upload(page, () => page.getByTestId('enroll-pick').click(), [card]);
  const { fingerprint } = JSON.parse(readFileSync(card, 'utf8')) as { fingerprint: string };
  await expect(page.getByTestId('enroll-fingerprint')).toHaveText(fingerprint);
  await expect(page.getByTestId('enroll-submit')).toBeDisabled();
  await page.getByTestId('enroll-confirm').check();
  await page.getByTestId('enroll-submit').click();
}

test('gửi dữ liệu: đăng ký hai chiều, gửi gói, nhận biên nhận', async ({ page, browser }) => {
  const officePage = await openOffice(browser);

  const officeCard = await test.step('cơ quan nhận tải thẻ của mình', async () => {
    await openMenu(officePage, 'Các xã');
    return download(officePage, 'own-card', 'the-so.json');
  });

  const communeCard = await test.step('xã đăng ký cơ quan nhận và tải thẻ của xã', async () => {
    await ensureCommune(page, TAN_HUNG);
    await openMenu(page, 'Gửi dữ liệu');
    await enrollThrough(page, 'enroll-office', officeCard);
    await expect(page.getByTestId('office-name')).toHaveText('Sở Tư pháp tỉnh Lạng Sơn');
    return download(page, 'own-card', 'the-xa.json');
  });

  await test.step('cơ quan nhận đăng ký xã', async () => {
    await enrollThrough(officePage, 'enroll-commune', communeCard);
    await expect(officePage.getByTestId('communes-table').getByRole('row', { name: /Xã Tân Hưng/ })).toBeVisible();
    await expect(officePage.getByTestId('completeness-alert')).toContainText('Xã Tân Hưng: chưa gửi dữ liệu lần nào.');
  });

  const bundle = await test.step('xã ghi dữ liệu và tạo gói', async () => {
    await addCommunity(page, 'Thôn Khuổi Pục', 64);
    await openMenu(page, 'Gửi dữ liệu');
    await expect(page.getByTestId('sync-pending')).toContainText('chưa được cơ quan nhận xác nhận');
    const file = await download(page, 'export-bundle', 'goi.qcdc');
    await page.screenshot({ path: `${SHOTS}/sync-send.png`, fullPage: true });
    await page.getByTestId('print-cover').click();
    await expect(page.getByText('PHIẾU GỬI GÓI DỮ LIỆU')).toBeVisible();
    await expect(page.getByTestId('cover-sha')).toHaveText(/^[0-9a-f]{64}$/);
    await page.goBack();
    return file;
  });

  const receipt = await test.step('cơ quan nhận nhập gói và lưu biên nhận', async () => {
    await openMenu(officePage, 'Nhận gói dữ liệu');
    await upload(officePage, () => officePage.getByTestId('pick-bundles').click(), [bundle]);
    await expect(officePage.getByTestId('bundles-chosen')).toContainText('1 tệp');
    await officePage.getByTestId('import-bundles').click();
    await expect(officePage.getByTestId('import-results')).toContainText('Đã nhập');
    await officePage.screenshot({ path: `${SHOTS}/sync-receive.png`, fullPage: true });
    return download(officePage, 'save-receipts', 'bien-nhan.qcdr');
  });

  await test.step('xã nhập biên nhận và thấy "đã nhận"', async () => {
    await openMenu(page, 'Gửi dữ liệu');
    await upload(page, () => page.getByTestId('import-receipt').click(), [receipt]);
    await expect(page.getByTestId('sync-delivered')).toContainText('Đã nhận');
    await expect(page.getByTestId('sync-pending')).toHaveText('Cơ quan nhận đã nhận toàn bộ dữ liệu.');
  });

  await test.step('cơ quan nhận thấy xã trong danh sách, không thiếu dữ liệu', async () => {
    await openMenu(officePage, 'Các xã');
    const row = officePage.getByTestId('communes-table').getByRole('row', { name: /Xã Tân Hưng/ });
    await expect(row).toContainText('Không thiếu');
    await expect(officePage.getByTestId('completeness-alert')).toHaveCount(0);
    await officePage.screenshot({ path: `${SHOTS}/sync-communes.png`, fullPage: true });
    await openMenu(officePage, 'Trang chủ');
    await expect(officePage.getByText('Xã đã gửi dữ liệu')).toBeVisible();
  });
});
