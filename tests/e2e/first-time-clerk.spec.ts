import { expect, test, type Page } from '@playwright/test';
import { todayIso } from '../../shared/util/dates';
import { tempDir } from '../helpers/app';
import { DemoServers, go, rpc } from './demo';
import { dialog, openMenu, typeDate } from './journey';
import { startWeb } from './web';

/**
 * Issue 15: what a first-time clerk tripped on, each checked the way the clerk met it (every check
 * here failed before its fix).
 */

const demos = new DemoServers();
test.afterAll(() => demos.stop());

let commune = '';

async function openCommune(page: Page): Promise<void> {
  commune ||= await demos.start('commune');
  await page.goto(commune);
  await expect(page.getByTestId('header-unit')).toBeVisible();
}

test('a value is kept as typed or refused with the rule: no cut names, no clamped years', async ({ page }) => {
  await openCommune(page);
  await openMenu(page, 'Hòa giải viên');
  await page.getByTestId('add-mediator').click();
  const form = dialog(page);
  const name = form.getByLabel('Họ và tên');
  const long = `Nguyễn Thị ${'Hoa '.repeat(30)}`.trim();
  expect(long.length).toBeGreaterThan(120);
  await name.fill(long);
  // Kept whole, with the count against the limit and the rule in words while typing.
  await expect(name).toHaveValue(long);
  await expect(form.getByText(`${long.length} / 120`)).toBeVisible();
  await expect(form.getByText(`Không quá 120 ký tự (đang có ${long.length} ký tự).`)).toBeVisible();

  const year = form.getByLabel('Năm sinh');
  await expect(year).toHaveAttribute('placeholder', '1900–2100');
  await year.fill('1890');
  await year.press('Tab');
  // Not clamped to 1900: refused with the range.
  await expect(year).toHaveValue('1890');
  await expect(form.getByText('Phải từ 1900 đến 2100.')).toBeVisible();

  const team = form.getByLabel('Tổ hòa giải');
  await team.click();
  await team.press('Enter');
  await form.getByRole('radio', { name: 'Nữ', exact: true }).check();
  await form.getByTestId('save').click();
  await expect(form).toBeVisible();
  await expect(name).toHaveValue(long);

  await name.fill('Nguyễn Thị Hoa Ban');
  await year.fill('1950');
  await expect(form.getByText('Phải từ 1900 đến 2100.')).toHaveCount(0);
  await form.getByTestId('save').click();
  await expect(form).toBeHidden();
  const row = page.getByTestId('mediators-table').getByRole('row', { name: /Nguyễn Thị Hoa Ban/ });
  await expect(row).toContainText('1950');
});

test('a laptop asking for less motion opens dialogs at once, and the first field has the focus either way', async ({
  page,
}) => {
  await openCommune(page);
  await openMenu(page, 'Hòa giải viên');
  /** Any element of an opening or closing animation (antd's enter/appear/leave classes). */
  const animating = () =>
    page.evaluate(
      `[...document.querySelectorAll('[class*="-appear"], [class*="-enter"], [class*="-leave"]')].map((e) => e.className).join(' | ')`,
    );
  for (const reducedMotion of ['reduce', 'no-preference'] as const) {
    await page.emulateMedia({ reducedMotion });
    await page.getByTestId('add-mediator').click();
    if (reducedMotion === 'reduce') expect(await animating()).toBe('');
    // The mediator drawer used to leave the focus on its close button when it opened without animation.
    await expect(dialog(page).getByLabel('Họ và tên')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
  }
  // The animation this setting turns off is there without it (so the check above can fail).
  await page.getByTestId('add-mediator').click();
  expect(await animating()).not.toBe('');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);

  // A clerk whose computer does not ask for it can turn motion off in Cài đặt (this computer only).
  await openMenu(page, 'Cài đặt');
  await page.getByTestId('motion-off').check();
  await openMenu(page, 'Hòa giải viên');
  await page.getByTestId('add-mediator').click();
  expect(await animating()).toBe('');
  await expect(dialog(page).getByLabel('Họ và tên')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await page.reload();
  await openMenu(page, 'Cài đặt');
  await expect(page.getByTestId('motion-off')).toBeChecked();
  await page.getByTestId('motion-off').uncheck();
});

test('a search that matches nothing says so, instead of "no records yet"', async ({ page }) => {
  await openCommune(page);
  await openMenu(page, 'Đơn thư');
  const table = page.getByTestId('petitions-table');
  await expect(table.locator('tbody tr.ant-table-row').first()).toBeVisible();
  await page.getByTestId('petition-search').fill('khong co don nao nhu the nay');
  await expect(table).toContainText('Không tìm thấy đơn nào phù hợp với điều kiện tìm kiếm.');
  await expect(table).not.toContainText('Chưa có đơn nào.');

  await openMenu(page, 'Sổ tiếp công dân');
  await page.getByTestId('visit-search').fill('khong co luot tiep nao nhu the nay');
  await expect(page.getByTestId('visits-table')).toContainText('Không tìm thấy lượt tiếp nào phù hợp');
});

test('Tab from a date field goes to the next field, and Space there never clears the date', async ({ page }) => {
  await openCommune(page);
  await openMenu(page, 'Hòa giải viên');
  await page.getByTestId('add-mediator').click();
  const form = dialog(page);
  const date = form.getByLabel('Ngày công nhận');
  await typeDate(date, '10/01/2025');
  await date.press('Tab');
  await expect(form.getByLabel('Số quyết định công nhận')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(date).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(date).toHaveValue('10/01/2025');
});

test('a hương ước recognised on 10/09 and in force from 20/09 says "có hiệu lực từ 20/09"', async ({ page }) => {
  await openCommune(page);
  const y = Number(todayIso().slice(0, 4)) - 1;
  const communities = await rpc<{ items: { id: string }[] }>(page, 'community.list', {});
  let c = await rpc<{ id: string; version: number }>(page, 'convention.create', {
    communityId: communities.items[0]!.id,
    type: 'quy_uoc',
    title: 'Quy ước bảo vệ rừng đầu nguồn',
  });
  const act = async (step: unknown) =>
    (c = await rpc<{ id: string; version: number }>(page, 'convention.act', { id: c.id, version: c.version, step }));
  await act({ action: 'consult', from: `${y}-07-01`, to: `${y}-07-31` });
  await act({ action: 'vote', vote: { method: 'hop', on: `${y}-08-20`, households: 90, present: 80, approving: 70 } });
  await act({ action: 'submit', on: `${y}-09-05` });

  await go(page, `/conventions/${c.id}`);
  await page.getByTestId('step-recognize').click();
  const form = dialog(page);
  await form.getByLabel('Số quyết định').fill('21/QĐ-UBND');
  await typeDate(form.getByLabel('Ngày quyết định'), `10/09/${y}`);
  await typeDate(form.getByLabel('Ngày có hiệu lực'), `20/09/${y}`);
  await form.getByTestId('save').click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('convention-since')).toHaveText(`Có hiệu lực từ ngày 20/09/${y}`);
  await expect(page.getByTestId('convention-status')).toHaveText('Đã công nhận (có hiệu lực)');
});

test('an attachment over 20 MB is refused at once with its size; a large one shows its progress', async ({ page }) => {
  await openCommune(page);
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/rpc/attachment.add')) sent.push(r.url());
  });
  await openMenu(page, 'Các lần công khai');
  await page.getByTestId('add-disclosure').click();
  const form = dialog(page);
  await expect(form.getByText('mỗi tệp')).toBeVisible();
  const input = form.getByTestId('attachment-input');
  await input.setInputFiles({
    name: 'ban-scan-lon.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(21 * 1024 * 1024, 1),
  });
  const refused = form.getByTestId('attachment-refused');
  await expect(refused).toContainText('Tệp “ban-scan-lon.pdf” có dung lượng 21,0 MB, vượt giới hạn 20,0 MB', {
    timeout: 2_000,
  });
  expect(sent).toEqual([]);

  // The progress shows while the file is read and sent; on a fast machine that can be shorter than one
  // check of the locator, so the page itself records that it appeared.
  await page.evaluate(
    `window.sawProgress = false;
     new MutationObserver(() => {
       if (document.querySelector('[data-testid="attachment-progress"]')) window.sawProgress = true;
     }).observe(document.body, { childList: true, subtree: true, attributes: true });`,
  );
  await input.setInputFiles({
    name: 'bien-ban-niem-yet.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(15 * 1024 * 1024, 2),
  });
  await expect(form.getByTestId('attachment-progress')).toBeHidden({ timeout: 60_000 });
  await expect.poll(() => page.evaluate<boolean>('window.sawProgress')).toBe(true);
  await expect(form.getByText('bien-ban-niem-yet.pdf (15,0 MB)')).toBeVisible();
  expect(sent).toHaveLength(1);
});

test('the bundle drop zone opens the file chooser from its text, not only from its button', async ({ page }) => {
  await page.goto(await demos.start('office'));
  await expect(page.getByTestId('header-unit')).toBeVisible();
  await openMenu(page, 'Nhận gói dữ liệu');
  const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
  await page.getByTestId('bundle-drop-zone').getByText('Kéo thả các gói dữ liệu').click();
  expect((await chooser).isMultiple()).toBe(true);
});

test("the office's done screen speaks to an office, not to a commune", async ({ page }) => {
  const dataDir = tempDir('qcdc-office-setup-');
  const server = await startWeb(dataDir);
  try {
    await page.goto(server.url);
    await page.getByRole('radio', { name: /Cơ quan nhận báo cáo/ }).check();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByLabel('Mã cơ quan').fill('STP.LS');
    await page.getByLabel('Tên đơn vị').fill('Sở Tư pháp tỉnh Lạng Sơn');
    await page.getByLabel('Tỉnh, thành phố').fill('Lạng Sơn');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByLabel('Tên tài khoản quản trị').fill('Hoàng Minh Tuấn');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('đồi chè xanh mướt mùa xuân');
    await page.getByLabel('Nhập lại mật khẩu').fill('đồi chè xanh mướt mùa xuân');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByTestId('setup-submit').click();
    await expect(page.getByText('Đã thiết lập xong')).toBeVisible({ timeout: 30_000 });
    const done = page.locator('.ant-result');
    await expect(done).toContainText('từng xã sẽ gọi điện đối chiếu dấu vân tay');
    await expect(done).not.toContainText('cơ quan nhận báo cáo đối chiếu');
    await expect(page.getByTestId('setup-next-steps')).toContainText('đăng ký thẻ của từng xã');
  } finally {
    await server.stop();
  }
});
