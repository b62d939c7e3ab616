import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { catalogOf } from '../../shared/disclosure/catalog';
import { SHOTS, dialog, openMenu, pick, signInAs, typeDate } from './journey';
import { startWeb, type WebServer } from './web';

/**
 * Issue 15's acceptance, in real Chromium through the bridge: a commune with a year of records and an
 * attachment backs up to a folder (the "USB stick"); its data folder is deleted; the app started on
 * the empty folder restores the backup from its first screen; every record and the attachment are
 * there, and the keys came back: a bundle exported from the screen verifies with the real `minisign`.
 */

const ADMIN = { name: 'Nguyễn Thị Lan', password: 'hoa ban nở trắng núi rừng' };
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

const work = mkdtempSync(join(tmpdir(), 'qcdc-e2e-backup-'));
const dataDir = join(work, 'du-lieu');
const usb = join(work, 'usb');
const passwordFile = join(work, 'mat-khau.txt');
let server: WebServer | undefined;

/** The real `qcdc`, as the IT staff would run it; credentials of the administrator from the environment. */
function qcdc(...args: string[]): string {
  return execFileSync(process.execPath, ['bin/qcdc.mjs', ...args], {
    env: { ...process.env, QCDC_USER: ADMIN.name, QCDC_PASSWORD_FILE: passwordFile },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

test.beforeAll(() => {
  mkdirSync(usb);
  writeFileSync(passwordFile, `${ADMIN.password}\n`);
  // A commune with a year of records, enrolled with its office, protected as the desktop set-up makes it.
  execFileSync(process.execPath, ['bin/qcdc.mjs', 'demo', '--data', dataDir], { stdio: 'ignore' });
  const office = join(work, 'so');
  execFileSync(process.execPath, [
    'bin/qcdc.mjs',
    'init',
    '--data',
    office,
    '--role',
    'office',
    '--code',
    'STP-LS',
    '--name',
    'Sở Tư pháp tỉnh Lạng Sơn',
  ]);
  execFileSync(process.execPath, ['bin/qcdc.mjs', 'card', '--data', office, '--out', join(work, 'the-so.json')]);
  execFileSync(process.execPath, ['bin/qcdc.mjs', 'enroll', '--data', dataDir, join(work, 'the-so.json')]);
  execFileSync(process.execPath, [
    'bin/qcdc.mjs',
    'protect',
    '--data',
    dataDir,
    '--admin',
    ADMIN.name,
    '--password-file',
    passwordFile,
  ]);
});

test.afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Records one disclosure with the photo of the notice board attached. */
async function recordDisclosureWithPhoto(page: Page): Promise<void> {
  await openMenu(page, 'Các lần công khai');
  await page.getByTestId('add-disclosure').click();
  const form = dialog(page);
  await typeDate(form.getByLabel('Ngày công khai'), '01/03/2022');
  await pick(form.getByLabel('Nội dung công khai'), catalogOf('PL34_2007').items[0]!.label);
  await form.getByLabel('Tên văn bản, trích yếu').fill('Công khai dự toán ngân sách xã năm 2022');
  await typeDate(form.getByLabel('Niêm yết từ ngày'), '01/03/2022');
  await typeDate(form.getByLabel('Niêm yết đến ngày'), '05/04/2022');
  await form.getByLabel('Địa điểm niêm yết').fill('Bảng tin trụ sở UBND xã');
  await form
    .getByTestId('attachment-input')
    .setInputFiles({ name: 'bang-tin.png', mimeType: 'image/png', buffer: PHOTO });
  await expect(form.getByTestId('attachment-thumb')).toHaveCount(1);
  await form.getByTestId('save').click();
  await expect(form).toBeHidden();
}

test('sao lưu ra USB, mất máy, khôi phục trên máy mới: đủ hồ sơ, tệp đính kèm và khóa', async ({ page }) => {
  server = await startWeb(dataDir);
  await page.goto(server.url);
  await signInAs(page, ADMIN.name, ADMIN.password);

  await test.step('ghi một lần công khai có ảnh bảng tin', async () => {
    await recordDisclosureWithPhoto(page);
    await expect(page.getByTestId('disclosures-table').getByTestId('attachment-thumb').first()).toBeVisible();
  });

  await test.step('Cài đặt → Sao lưu và khôi phục → sao lưu ra USB', async () => {
    await openMenu(page, 'Cài đặt');
    await page.getByTestId('open-backup').click();
    await expect(page.getByRole('heading', { name: 'Sao lưu và khôi phục' })).toBeVisible();
    await expect(page.getByTestId('backup-last')).toContainText('Chưa sao lưu ra ngoài máy lần nào.');
    await page.getByTestId('backup-folder').fill(usb);
    await page.getByTestId('backup-now').click();
    await expect(page.getByTestId('backup-done')).toContainText(`thư mục ${usb}`, { timeout: 60_000 });
    await expect(page.getByTestId('backup-last')).toContainText('hôm nay');
    await page.screenshot({ path: `${SHOTS}/backup.png`, fullPage: true });
  });

  // What the unit had, in the interchange format (every record of every kind) and its public card.
  const before = join(work, 'truoc.ndjson');
  qcdc('records', 'export', '--data', dataDir, '--out', before);
  qcdc('card', '--data', dataDir, '--out', join(work, 'the-xa.json'));
  const card = JSON.parse(readFileSync(join(work, 'the-xa.json'), 'utf8')) as {
    fingerprint: string;
    minisignPublicKey: string;
  };

  await test.step('máy hỏng: thư mục dữ liệu bị xóa, phần mềm mở trên thư mục trống', async () => {
    await server?.stop();
    // The app backed itself up in its data folder too (at sign-in and at close): lost with the laptop.
    expect(readdirSync(join(dataDir, 'backups')).some((f) => f.startsWith('tu-dong-'))).toBe(true);
    rmSync(dataDir, { recursive: true, force: true });
    server = await startWeb(dataDir);
    await page.goto(server.url);
    await expect(page.getByText('Thiết lập ban đầu')).toBeVisible({ timeout: 30_000 });
  });

  await test.step('màn hình đầu tiên: khôi phục từ bản sao lưu, xem trước rồi xác nhận', async () => {
    await page.getByTestId('setup-restore').click();
    await page.getByTestId('restore-folder').fill(usb);
    await page.getByTestId('restore-find').click();
    const list = page.getByTestId('backup-list');
    await expect(list).toContainText('Xã Kim Bình');
    await list.getByTestId('restore-pick').first().click();
    await page.getByLabel('Tên tài khoản quản trị').fill(ADMIN.name);
    await page.getByLabel('Mật khẩu (tại thời điểm sao lưu)').fill('không phải mật khẩu');
    await page.getByTestId('restore-check').click();
    await expect(page.getByRole('alert')).toContainText('không mở được bản sao lưu', { timeout: 30_000 });
    await page.getByLabel('Mật khẩu (tại thời điểm sao lưu)').fill(ADMIN.password);
    await page.getByTestId('restore-check').click();
    const preview = page.getByTestId('restore-preview');
    await expect(preview).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('restore-fingerprint')).toHaveText(card.fingerprint);
    await expect(preview).toContainText('Xã Kim Bình');
    await expect(preview).toContainText('Máy này chưa có dữ liệu');
    await expect(page.getByTestId('restore-records')).toContainText('vụ việc');
    await page.screenshot({ path: `${SHOTS}/backup-restore-preview.png`, fullPage: true });
    await expect(page.getByTestId('restore-submit')).toBeDisabled();
    await page.getByTestId('restore-confirm').check();
    await page.getByTestId('restore-submit').click();
    await expect(page.getByTestId('restore-done')).toBeVisible({ timeout: 60_000 });
    await page.getByTestId('restore-continue').click();
    await expect(page.getByTestId('header-unit')).toContainText('Xã Kim Bình', { timeout: 30_000 });
  });

  await test.step('đủ hồ sơ và tệp đính kèm', async () => {
    await openMenu(page, 'Các lần công khai');
    const thumb = page.getByTestId('disclosures-table').getByTestId('attachment-thumb').first();
    await expect(thumb).toBeVisible();
    await expect
      .poll(() => thumb.locator('img').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
      .toBeGreaterThan(0);
    const after = join(work, 'sau.ndjson');
    qcdc('records', 'export', '--data', dataDir, '--out', after);
    expect(readFileSync(after, 'utf8')).toBe(readFileSync(before, 'utf8'));
    // Integrity, chain, every attachment against its SHA-256, the keys the settings name.
    expect(qcdc('check', '--data', dataDir)).toContain('không phát hiện vấn đề nào');
  });

  await test.step('khóa vẫn dùng được: gói dữ liệu xuất từ màn hình được minisign xác nhận', async () => {
    await openMenu(page, 'Gửi dữ liệu');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-bundle').click()]);
    const bundle = join(work, 'goi.qcdc');
    await download.saveAs(bundle);
    const dir = join(work, 'goi');
    mkdirSync(dir);
    execFileSync('unzip', ['-q', bundle, '-d', dir]);
    writeFileSync(join(dir, 'commune.pub'), card.minisignPublicKey);
    const verified = execFileSync('minisign', ['-VHm', 'manifest.json', '-p', 'commune.pub'], {
      cwd: dir,
      encoding: 'utf8',
      input: '',
    });
    expect(verified).toContain('Signature and comment signature verified');
  });
});
