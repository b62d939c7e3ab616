import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { tempDir } from '../helpers/app';
import { dialog, toast } from './journey';
import { countSteps, measure, total, type StepCount } from './steps';
import { startWeb, type WebServer } from './web';

/**
 * Issue 13: a clerk's first minutes, measured. Four journeys on a fresh installation of their own,
 * done the way a clerk who knows the keyboard does them, each counted in clicks, typed fields and
 * keys (tests/e2e/steps.ts). The counts go to test-results/journeys.json (and `npm run bench`'s JSON);
 * the counts of the same journeys on the UI before issue 13 are kept in journeys-before.json, and no
 * journey may take more steps than it did then.
 */

const OUT = process.env.QCDC_JOURNEYS_OUT ?? 'test-results/journeys.json';
const BEFORE = join(import.meta.dirname, 'journeys-before.json');

let server: WebServer | undefined;
let dataDir: string;

test.afterAll(async () => {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function menu(page: Page, name: string): Promise<void> {
  await page.getByRole('menuitem', { name, exact: true }).click();
}

async function saved(page: Page): Promise<void> {
  await expect(toast(page, 'Đã lưu')).toBeVisible();
}

/** (a) The first-run wizard: a commune with one thôn and its first administrator, to the home page, keyboard only. */
async function setupWizard(page: Page): Promise<void> {
  await expect(page.getByText('Thiết lập ban đầu')).toBeVisible();
  // The unit step asks the role too: "Xã, phường, đặc khu" is chosen already, the code has the focus.
  await expect(page.getByRole('radio', { name: /Xã, phường, đặc khu/ })).toBeChecked();
  await expect(page.getByLabel('Mã xã (5 chữ số)')).toBeFocused();
  await page.keyboard.type('12345');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Xã Tân Hưng');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Lạng Sơn');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Nguyễn Thị Lan');
  await page.keyboard.press('Enter');
  // The thôn step opens with its first row, the name field focused; the number of households comes next.
  await expect(page.getByLabel('Tên thôn / tổ dân phố 1')).toBeFocused();
  await page.keyboard.type('Thôn Đồng Đăng');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('setup-community-row').getByLabel('Số hộ')).toBeFocused();
  await page.keyboard.type('142');
  await page.keyboard.press('Enter');
  // The first administrator is the clerk named above: the focus lands on the password.
  await expect(page.getByLabel('Tên tài khoản quản trị')).toHaveValue('Nguyễn Thị Lan');
  await expect(page.getByLabel('Mật khẩu', { exact: true })).toBeFocused();
  await page.keyboard.type('hoa ban nở trắng núi rừng');
  await page.keyboard.press('Tab');
  await page.keyboard.type('hoa ban nở trắng núi rừng');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Hãy kiểm tra lại thông tin trước khi hoàn tất.')).toBeVisible();
  await expect(page.getByTestId('setup-submit')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã thiết lập xong')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('recovery-code')).toBeVisible();
  await page.keyboard.press('Enter');
  // The wizard signed the administrator in: the home page, with the account in the header.
  await expect(page.getByTestId('header-unit')).toContainText('Xã Tân Hưng');
  await expect(page.getByTestId('account-badge')).toContainText('Nguyễn Thị Lan');
}

/** (b) A mediation case with a new team and its first mediator. */
async function mediationCase(page: Page): Promise<void> {
  await menu(page, 'Tổ hòa giải');
  await page.getByTestId('add-team').click();
  // The only thôn without a team is chosen already.
  await expect(dialog(page).locator('.ant-select-content')).toHaveText('Thôn Đồng Đăng');
  await dialog(page).getByTestId('save-add-mediator').click();
  await saved(page);
  // Straight on to the new team's first mediator.
  await expect(dialog(page).getByLabel('Họ và tên')).toBeFocused();
  await page.keyboard.type('Lý Thị Hoa');
  await dialog(page).getByRole('radio', { name: 'Nữ', exact: true }).check();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('mediators-table').getByRole('row', { name: /Lý Thị Hoa/ })).toBeVisible();

  await menu(page, 'Vụ việc');
  await page.getByTestId('add-case').click();
  // The last thôn used is chosen already; one party row is ready.
  await expect(page.locator('.ant-select-content').first()).toHaveText('Thôn Đồng Đăng');
  await page.getByRole('radio', { name: 'Mâu thuẫn giữa các bên' }).check();
  await page.getByLabel('Nội dung vụ việc').click();
  await page.keyboard.type('Mâu thuẫn về lối đi chung giữa hai hộ');
  await page.getByLabel('Hòa giải viên', { exact: true }).click();
  await page.keyboard.type('ly thi');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.getByLabel('Họ và tên (bên thứ 1)').click();
  await page.keyboard.type('Nông Văn Đức');
  await page.keyboard.press('Enter');
  await saved(page);
  await expect(page.getByTestId('case-status')).toHaveText('Tiếp nhận');
  await expect(page.getByText('Lý Thị Hoa')).toBeVisible();
}

/** dd/mm/yyyy of today (the journeys record today's work). */
function today(): string {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

/** (c) A citizen's visit in which a complaint is handed in and accepted: the visit, then the petition. */
async function receptionVisit(page: Page): Promise<void> {
  await menu(page, 'Sổ tiếp công dân');
  await page.getByTestId('add-visit').click();
  const visit = dialog(page);
  // Today is the default date.
  await expect(visit.getByLabel('Ngày tiếp')).toHaveValue(today());
  await visit.getByRole('radio', { name: 'Khiếu nại', exact: true }).check();
  await visit.getByLabel('Họ tên công dân').click();
  await page.keyboard.type('Hà Văn Khánh');
  await visit.getByLabel('Nội dung vụ việc').click();
  await page.keyboard.type('Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất');
  await visit.getByRole('radio', { name: 'Thụ lý để giải quyết' }).check();
  await page.keyboard.press('Enter');
  await saved(page);
  await expect(page.getByTestId('visits-table')).toContainText('Khiếu nại việc cấp giấy');

  await menu(page, 'Đơn thư');
  await page.getByTestId('add-petition').click();
  const petition = dialog(page);
  await expect(petition.getByLabel('Ngày nhận đơn')).toHaveValue(today());
  await petition.getByRole('radio', { name: 'Khiếu nại', exact: true }).check();
  await petition.getByLabel('Nội dung đơn').click();
  await page.keyboard.type('Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất');
  await petition.getByLabel('Họ tên người gửi đơn').click();
  await page.keyboard.type('Hà Văn Khánh');
  await page.keyboard.press('Enter');
  await saved(page);
  await expect(page.getByTestId('petitions-table')).toContainText('Khiếu nại việc cấp giấy');
}

/** (d) The period report of this year, printed. */
async function printReport(page: Page): Promise<void> {
  // The browser's print dialog would block a headless page: count the call instead.
  await page.evaluate('window.__printed = 0; window.print = () => { window.__printed += 1; };');
  await menu(page, 'Báo cáo');
  await page.getByRole('button', { name: 'Xem bản in' }).click();
  await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'In', exact: true }).click();
  await expect.poll(() => page.evaluate<number>('window.__printed')).toBe(1);
}

test('a clerk’s first minutes: four journeys counted in clicks, typed fields and keys', async ({ page }) => {
  dataDir = tempDir('qcdc-journeys-');
  server = await startWeb(join(dataDir, 'data'));
  await countSteps(page);
  await page.goto(server.url);

  const counts: Record<string, StepCount> = {};
  counts.setupWizard = await measure(page, () => setupWizard(page));
  counts.mediationCase = await measure(page, () => mediationCase(page));
  counts.receptionVisit = await measure(page, () => receptionVisit(page));
  counts.printReport = await measure(page, () => printReport(page));

  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(counts, null, 2)}\n`);
  console.log(JSON.stringify(counts));

  const before = (JSON.parse(readFileSync(BEFORE, 'utf8')) as { journeys: Record<string, StepCount> }).journeys;
  for (const [name, count] of Object.entries(counts)) {
    expect(total(count), `${name}: ${JSON.stringify(count)} vs ${JSON.stringify(before[name])}`).toBeLessThanOrEqual(
      total(before[name]!),
    );
  }
});
