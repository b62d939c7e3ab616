import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { catalogOf } from '../../shared/disclosure/catalog';
import { SHOTS, TAN_HUNG, addCommunity, dialog, ensureCommune, openMenu, pick, toast, typeDate } from './journey';

/** A 2×2 PNG: the "photo of the notice board" attached to each disclosure. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

const ITEMS = catalogOf('PL34_2007').items;

/** Records one 2022 disclosure of a Pháp lệnh 34 item, posted from 01/03/2022 to `postedTo`, with the photo. */
async function recordDisclosure(page: Page, no: number, postedTo: string): Promise<void> {
  await page.getByTestId('add-disclosure').click();
  const form = dialog(page);
  await typeDate(form.getByLabel('Ngày công khai'), '01/03/2022');
  await pick(form.getByLabel('Nội dung công khai'), ITEMS[no - 1]!.label);
  await form.getByLabel('Tên văn bản, trích yếu').fill(`Công khai nội dung ${no} năm 2022`);
  await typeDate(form.getByLabel('Niêm yết từ ngày'), '01/03/2022');
  await typeDate(form.getByLabel('Niêm yết đến ngày'), postedTo);
  await form.getByLabel('Địa điểm niêm yết').fill('Bảng tin trụ sở UBND xã');
  await form
    .getByTestId('attachment-input')
    .setInputFiles({ name: `bang-tin-${no}.png`, mimeType: 'image/png', buffer: PHOTO });
  await expect(form.getByTestId('attachment-thumb')).toHaveCount(1);
  await form.getByTestId('save').click();
  await expect(form).toBeHidden();
}

/**
 * Công khai and hương ước: the 11 contents of Pháp lệnh 34/2007 recorded for 2022 with a photo of the
 * notice board each, the compliance board turning complete once a 29-day posting is corrected to 30,
 * the printed compliance list; then a hương ước through consultation, a meeting that fails the 50%
 * rule redone by ballot, recognition, the annual review and an amendment.
 */
test('công khai và hương ước: từ ghi nhận đến bảng theo dõi và bản in', async ({ page }) => {
  await test.step('mở xã, thêm thôn Nà Pàn', async () => {
    await ensureCommune(page, TAN_HUNG);
    await addCommunity(page, 'Thôn Nà Pàn', 120);
  });

  await test.step('ghi 11 nội dung công khai năm 2022, mỗi lần có ảnh bảng tin', async () => {
    await openMenu(page, 'Các lần công khai');
    await expect(page.getByRole('heading', { name: 'Các lần công khai' })).toBeVisible();
    for (let no = 1; no <= 10; no++) await recordDisclosure(page, no, '30/03/2022');
    // Nội dung 11 is posted for 29 days only: short.
    await recordDisclosure(page, 11, '29/03/2022');
    const table = page.getByTestId('disclosures-table');
    await expect(table.getByTestId('attachment-thumb')).toHaveCount(11);
    const short = table.getByRole('row', { name: /Công khai nội dung 11 năm 2022/ });
    await expect(short.getByTestId('disclosure-warning')).toHaveText('Thời gian niêm yết 29 ngày, chưa đủ 30 ngày.');
    await page.screenshot({ path: `${SHOTS}/disclosures.png`, fullPage: true });
  });

  await test.step('bảng theo dõi năm 2022: 10/11, rồi đủ sau khi sửa thời gian niêm yết', async () => {
    await openMenu(page, 'Bảng theo dõi công khai');
    await pick(page.getByLabel('Năm', { exact: true }), '2022');
    const summary = page.getByTestId('board-summary');
    await expect(summary).toContainText('Đã công khai đủ 10/11 nội dung.');
    const row11 = page.getByTestId('board-table').getByRole('row', { name: /Nội dung khác/ });
    await expect(row11.getByTestId('board-status')).toHaveText('Niêm yết chưa đủ 30 ngày');

    await openMenu(page, 'Các lần công khai');
    const short = page.getByTestId('disclosures-table').getByRole('row', { name: /Công khai nội dung 11 năm 2022/ });
    await short.getByRole('button', { name: 'Sửa', exact: true }).click();
    const form = dialog(page);
    await typeDate(form.getByLabel('Niêm yết đến ngày'), '30/03/2022');
    await form.getByTestId('save').click();
    await expect(toast(page, 'Đã lưu')).toBeVisible();
    await expect(short.getByText('Đạt yêu cầu')).toBeVisible();

    await openMenu(page, 'Bảng theo dõi công khai');
    await pick(page.getByLabel('Năm', { exact: true }), '2022');
    await expect(page.getByTestId('board-summary')).toContainText(
      'Đã công khai đầy đủ các nội dung của danh mục trong kỳ.',
    );
    await expect(page.getByTestId('board-status').filter({ hasText: 'Đã công khai' })).toHaveCount(11);
    await page.screenshot({ path: `${SHOTS}/disclosure-board.png`, fullPage: true });
  });

  await test.step('in danh sách theo dõi công khai', async () => {
    await page.getByTestId('print-board').click();
    await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
    const text = await pdfText(page, 'danh-sach-cong-khai.pdf');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('DANH SÁCH');
    expect(text).toContain('Đã công khai đủ 11/11 nội dung');
    expect(text).toContain('từ ngày 01/01/2022 đến ngày 31/12/2022');
    expect(text).toContain('bang-tin-1.png');
    await page.getByRole('button', { name: 'Quay lại' }).click();
  });

  await test.step('hương ước thôn Nà Pàn: lấy ý kiến, biểu quyết không đạt rồi phát phiếu, công nhận', async () => {
    await openMenu(page, 'Hương ước, quy ước');
    await page.getByTestId('add-convention').click();
    const form = dialog(page);
    await pick(form.getByLabel('Thôn / tổ dân phố'), 'na pan');
    await form.getByLabel('Tên', { exact: true }).fill('Hương ước thôn Nà Pàn');
    await form.getByTestId('save').click();
    await expect(page.getByRole('heading', { name: 'Hương ước thôn Nà Pàn' })).toBeVisible();
    const status = page.getByTestId('convention-status');
    await expect(status).toHaveText('Đang soạn thảo');

    await page.getByTestId('step-consult').click();
    let step = dialog(page);
    await typeDate(step.getByLabel('Niêm yết từ ngày'), '01/03/2025');
    await typeDate(step.getByLabel('Đến ngày'), '29/03/2025');
    await step.getByTestId('save').click();
    await expect(step.getByRole('alert').first()).toContainText('không ít hơn 30 ngày (hiện là 29 ngày)');
    await typeDate(step.getByLabel('Đến ngày'), '30/03/2025');
    await step.getByLabel('Địa điểm niêm yết').fill('Nhà văn hóa thôn Nà Pàn');
    await step.getByTestId('save').click();
    await expect(status).toHaveText('Đang lấy ý kiến');

    await page.getByTestId('step-vote').click();
    step = dialog(page);
    await step.getByRole('radio', { name: 'Họp cộng đồng dân cư' }).check();
    await typeDate(step.getByLabel('Ngày biểu quyết'), '05/04/2025');
    await step.getByLabel('Tổng số hộ').fill('120');
    await step.getByLabel('Số hộ tham gia (dự họp / trả lời phiếu)').fill('55');
    await step.getByLabel('Số hộ tán thành').fill('50');
    await step.getByTestId('save').click();
    await expect(step).toBeHidden();
    await expect(page.getByTestId('vote-result')).toHaveText(['Không được thông qua']);
    await expect(status).toHaveText('Đang lấy ý kiến');

    await page.getByTestId('step-vote').click();
    step = dialog(page);
    await expect(step.getByRole('radio', { name: 'Phát phiếu lấy ý kiến hộ gia đình' })).toBeChecked();
    await typeDate(step.getByLabel('Ngày biểu quyết'), '15/04/2025');
    await step.getByLabel('Số hộ tham gia (dự họp / trả lời phiếu)').fill('104');
    await step.getByLabel('Số hộ tán thành').fill('92');
    await step.getByTestId('save').click();
    await expect(step).toBeHidden();
    await expect(page.getByTestId('vote-result')).toHaveText(['Không được thông qua', 'Thông qua']);
    await expect(status).toHaveText('Đã thông qua');

    await page.getByTestId('step-submit').click();
    step = dialog(page);
    await typeDate(step.getByLabel('Ngày gửi hồ sơ'), '18/04/2025');
    await step.getByTestId('save').click();
    await expect(step).toBeHidden();

    await page.getByTestId('step-recognize').click();
    step = dialog(page);
    await step.getByLabel('Số quyết định').fill('25/QĐ-UBND');
    await typeDate(step.getByLabel('Ngày quyết định'), '22/04/2025');
    await step.getByTestId('save').click();
    await expect(status).toHaveText('Đã công nhận (có hiệu lực)');
    await page.screenshot({ path: `${SHOTS}/convention.png`, fullPage: true });
  });

  await test.step('rà soát ngày 18/11 và sửa đổi, bổ sung', async () => {
    await page.getByTestId('step-review').click();
    let step = dialog(page);
    await typeDate(step.getByLabel('Ngày rà soát'), '18/11/2025');
    await step.getByRole('radio', { name: 'Sửa đổi, bổ sung' }).check();
    await step.getByLabel('Ghi chú').fill('Bổ sung quy định giữ gìn vệ sinh nguồn nước');
    await step.getByTestId('save').click();
    await expect(step).toBeHidden();
    await expect(page.getByTestId('reviews-table')).toContainText('18/11/2025');
    await expect(page.getByTestId('reviews-table')).toContainText('Sửa đổi, bổ sung');

    await page.getByTestId('step-amend').click();
    step = dialog(page);
    await step
      .getByLabel('Tên phiên bản mới (để trống nếu giữ tên cũ)')
      .fill('Hương ước thôn Nà Pàn (sửa đổi, bổ sung)');
    await step.getByTestId('save').click();
    await expect(page.getByRole('heading', { name: 'Hương ước thôn Nà Pàn (sửa đổi, bổ sung)' })).toBeVisible();
    await expect(page.getByText('Lần 2', { exact: false })).toBeVisible();
    await expect(page.getByTestId('convention-status')).toHaveText('Đang soạn thảo');

    await openMenu(page, 'Hương ước, quy ước');
    const rows = page.getByTestId('conventions-table');
    await expect(rows.getByRole('row', { name: /Hương ước thôn Nà Pàn \(sửa đổi, bổ sung\)/ })).toContainText(
      'Đang soạn thảo',
    );
    await expect(rows.getByRole('row', { name: /Lần 1/ }).filter({ hasText: 'Nà Pàn' })).toContainText(
      'Đã có phiên bản sửa đổi, thay thế',
    );
    await expect(page.getByTestId('convention-coverage')).not.toContainText('Thôn Nà Pàn');
    await page.screenshot({ path: `${SHOTS}/conventions.png`, fullPage: true });
  });

  await test.step('in danh sách tình trạng hương ước, quy ước', async () => {
    await page.getByTestId('print-conventions').click();
    await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
    const text = await pdfText(page, 'huong-uoc.pdf');
    expect(text).toContain('Tình trạng hương ước, quy ước');
    expect(text).toContain('Thôn Nà Pàn');
    expect(text).toContain('Hương ước thôn Nà Pàn');
  });
});

/** Saves the current print view as an A4 PDF with Chromium and returns its text (pdftotext), spaces folded. */
async function pdfText(page: Page, name: string): Promise<string> {
  const file = join(test.info().outputDir, name);
  mkdirSync(test.info().outputDir, { recursive: true });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}
