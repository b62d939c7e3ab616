import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import {
  SHOTS,
  TAN_HUNG,
  addCommunity,
  addMediator,
  addTeam,
  dialog,
  openMenu,
  recordCase,
  searchCases,
  toast,
  setUpCommune,
  typeDate,
} from './journey';

const SUMMARY = 'Hòa giải tranh chấp lối đi chung giữa hai hộ';

/**
 * A new commune clerk's first day: set up, a thôn, its mediation team with three mediators (one
 * woman), a case recorded, found again by typing without diacritics, closed as "Hòa giải thành",
 * the change visible in the edit history, then the period report (1 received, 1 successful, 100,00%)
 * and the printed report and Sổ, saved as PDF and read back.
 */
test('hòa giải ở cơ sở: từ thiết lập đến kết thúc vụ việc', async ({ page }) => {
  await test.step('thiết lập xã', async () => {
    await setUpCommune(page, TAN_HUNG);
  });

  await test.step('thêm thôn Đồng Đăng', async () => {
    await addCommunity(page, 'Thôn Đồng Đăng', 142);
  });

  await test.step('thêm tổ hòa giải và ba hòa giải viên', async () => {
    const row = await addTeam(page, 'dong dang', 'Tổ hòa giải Thôn Đồng Đăng');
    await expect(row.getByTestId('team-warning')).toHaveCount(2);
    await expect(row).toContainText('Tổ hòa giải phải có ít nhất 3 hòa giải viên (hiện có 0).');
    await expect(row).toContainText('Tổ hòa giải phải có ít nhất một hòa giải viên nữ.');

    await row.getByRole('button', { name: 'Hòa giải viên' }).click();
    await expect(page.getByRole('heading', { name: 'Hòa giải viên' })).toBeVisible();
    await addMediator(page, {
      name: 'Hoàng Văn Minh',
      gender: 'Nam',
      leader: true,
      recognizedOn: '10/01/2025',
      decisionRef: '15/QĐ-UBND',
    });
    await addMediator(page, { name: 'Lý Thị Hoa', gender: 'Nữ', ethnicMinority: true });
    await addMediator(page, { name: 'Vi Văn Tùng', gender: 'Nam' });
    await page.screenshot({ path: `${SHOTS}/mediators.png` });

    await openMenu(page, 'Tổ hòa giải');
    const team = page.getByTestId('teams-table').getByRole('row', { name: /Tổ hòa giải Thôn Đồng Đăng/ });
    await expect(team.getByTestId('team-warning')).toHaveCount(0);
    await expect(team).toContainText('Đủ thành phần');
    await expect(team).toContainText('3');
    await page.screenshot({ path: `${SHOTS}/teams.png` });

    await openMenu(page, 'Trang chủ');
    const warnings = page.getByTestId('home-warnings');
    await expect(warnings).toContainText('Thôn Bản Chắt chưa có tổ hòa giải.');
    await expect(warnings).not.toContainText('Tổ hòa giải Thôn Đồng Đăng');
    // The guide's picture shows the whole home page: every count and the board of the people's pillars loaded.
    await expect(page.getByTestId('home-people')).toBeVisible();
    await expect(page.locator('.ant-skeleton')).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/home.png` });
  });

  await test.step('ghi hai vụ việc', async () => {
    await recordCase(page, {
      communitySearch: 'dong dang',
      receivedOn: '05/02/2026',
      category: 'Tranh chấp phát sinh từ quan hệ dân sự',
      summary: SUMMARY,
      parties: [
        { name: 'Nông Văn Đức', birthYear: 1975, address: 'Thôn Đồng Đăng, xã Tân Hưng' },
        { name: 'Triệu Thị Mai', birthYear: 1982, address: 'Thôn Đồng Đăng, xã Tân Hưng' },
      ],
      mediatorSearches: ['hoang van', 'ly thi'],
      status: 'Đang hòa giải',
      screenshot: 'case-form.png',
    });
    await expect(page.getByText('Hoàng Văn Minh, Lý Thị Hoa')).toBeVisible();

    await recordCase(page, {
      communitySearch: 'ban chat',
      receivedOn: '05/03/2026',
      category: 'Mâu thuẫn giữa các bên',
      summary: 'Mâu thuẫn về tiếng ồn sinh hoạt buổi tối',
      parties: [{ name: 'Hà Văn Sơn', address: 'Thôn Bản Chắt' }],
      mediatorSearches: [],
      status: 'Tiếp nhận',
    });
  });

  await test.step('tìm vụ việc khi gõ không dấu', async () => {
    await openMenu(page, 'Vụ việc');
    const all = await searchCases(page, '');
    await expect(all.getByTestId('case-link')).toHaveCount(2);

    const byText = await searchCases(page, 'hoa giai');
    await expect(byText.getByTestId('case-link')).toHaveCount(1);
    await expect(byText.getByTestId('case-link')).toHaveText(SUMMARY);

    const byAddress = await searchCases(page, 'dong dang');
    await expect(byAddress.getByTestId('case-link')).toHaveCount(1);
    await expect(byAddress.getByTestId('case-link')).toHaveText(SUMMARY);
    await page.screenshot({ path: `${SHOTS}/cases-list.png` });

    const none = await searchCases(page, 'khong co vu nao nhu the');
    await expect(none.getByTestId('case-link')).toHaveCount(0);
    await expect(none).toContainText('Không tìm thấy vụ việc phù hợp');

    await searchCases(page, '');
    await page.getByTestId('case-filter-community').click();
    await page.keyboard.type('ban chat');
    await page.keyboard.press('Enter');
    const byCommunity = page.getByTestId('cases-table');
    await expect(byCommunity.getByTestId('case-link')).toHaveCount(1);
    await expect(byCommunity.getByTestId('case-link')).toHaveText('Mâu thuẫn về tiếng ồn sinh hoạt buổi tối');
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect(byCommunity.getByTestId('case-link')).toHaveCount(2);

    const download = page.waitForEvent('download');
    await page.getByTestId('export-xlsx').click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await expect(toast(page, 'Đã xuất tệp Excel')).toBeVisible();
  });

  await test.step('kết thúc vụ việc: hòa giải thành', async () => {
    await searchCases(page, 'hoa giai');
    await page.getByTestId('case-link').first().click();
    await expect(page.getByTestId('case-status')).toHaveText('Đang hòa giải');
    await page.getByTestId('finish-case').click();
    const form = dialog(page);
    await form.getByRole('radio', { name: 'Hòa giải thành' }).check();
    await typeDate(form.getByLabel('Ngày kết thúc'), '20/02/2026');
    await form
      .getByLabel('Thỏa thuận của các bên (hoặc yêu cầu của mỗi bên)')
      .fill('Hai hộ thống nhất để lối đi rộng 2 m.');
    await form.getByTestId('save').click();
    await expect(toast(page, 'Đã ghi kết quả vụ việc')).toBeVisible();
    await expect(page.getByTestId('case-status')).toHaveText('Hòa giải thành');
    await expect(page.getByTestId('finish-case')).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/case-page.png`, fullPage: true });
  });

  await test.step('lịch sử chỉnh sửa ghi lại việc đổi tình trạng', async () => {
    await page.getByRole('tab', { name: 'Lịch sử chỉnh sửa' }).click();
    const entries = page.getByTestId('history-entry');
    await expect(entries).toHaveCount(2);
    const latest = entries.first();
    await expect(latest).toContainText('Chỉnh sửa');
    await expect(latest).toContainText('Nguyễn Thị Lan');
    const status = latest.getByRole('row', { name: /Tình trạng/ });
    await expect(status).toContainText('Đang hòa giải');
    await expect(status).toContainText('Hòa giải thành');
    await expect(latest.getByRole('row', { name: /Ngày kết thúc/ })).toContainText('20/02/2026');
    const created = entries.last();
    await expect(created).toContainText('Tạo mới');
    await expect(created.getByRole('row', { name: /Hòa giải viên/ })).toContainText('Hoàng Văn Minh, Lý Thị Hoa');
    await expect(created.getByRole('row', { name: /Ngày tiếp nhận/ })).toContainText('05/02/2026');
    await page.screenshot({ path: `${SHOTS}/case-history.png`, fullPage: true });
  });

  await test.step('sửa vụ việc: lỗi của máy chủ hiện dưới ô nhập', async () => {
    await openMenu(page, 'Vụ việc');
    await searchCases(page, 'tieng on');
    await page.getByTestId('case-link').first().click();
    await page.getByTestId('edit-case').click();
    await expect(page.getByRole('heading', { name: 'Sửa vụ việc hòa giải' })).toBeVisible();
    await expect(page.getByLabel('Nội dung vụ việc')).toHaveValue('Mâu thuẫn về tiếng ồn sinh hoạt buổi tối');
    await page.getByRole('radio', { name: 'Hòa giải không thành', exact: true }).check();
    await typeDate(page.getByLabel('Ngày kết thúc'), '01/02/2026');
    await page.getByTestId('save').click();
    const closedOn = page.locator('.ant-form-item', { has: page.getByLabel('Ngày kết thúc') });
    await expect(closedOn).toContainText('Ngày kết thúc không được trước ngày tiếp nhận.');
    await expect(page.getByRole('alert').first()).toBeVisible();

    await page.getByRole('radio', { name: 'Đang hòa giải', exact: true }).check();
    await expect(page.getByLabel('Ngày kết thúc')).toHaveCount(0);
    await page.getByTestId('save').click();
    await expect(page.getByTestId('case-status')).toHaveText('Đang hòa giải');
  });

  await test.step('báo cáo tháng 02/2026: 1 vụ việc, 1 hòa giải thành, 100,00%', async () => {
    await openMenu(page, 'Báo cáo');
    await page.getByText('Tùy chọn', { exact: true }).click();
    await typeDate(page.getByLabel('Từ ngày'), '01/02/2026');
    await typeDate(page.getByLabel('Đến ngày'), '28/02/2026');
    const figures = page.locator('.ant-card', { hasText: 'Hòa giải ở cơ sở' }).last();
    await expect(figures.locator('.ant-statistic', { hasText: 'Vụ việc tiếp nhận' })).toContainText('1');
    await expect(figures.locator('.ant-statistic', { hasText: /^Hòa giải thành/ })).toContainText('1');
    await expect(figures.locator('.ant-statistic', { hasText: 'Tỷ lệ hòa giải thành' })).toContainText('100,00%');
    await page.screenshot({ path: `${SHOTS}/report.png`, fullPage: true });
  });

  await test.step('bản in báo cáo, lưu PDF, có số liệu bằng tiếng Việt đúng', async () => {
    await page.getByRole('button', { name: 'Xem bản in' }).click();
    await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
    await page.screenshot({ path: `${SHOTS}/report-print.png`, fullPage: true });
    const text = await pdfText(page, 'bao-cao.pdf');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('XÃ TÂN HƯNG');
    expect(text).toMatch(/tiếp nhận\s+1\s+vụ việc/);
    expect(text).toMatch(/hòa giải thành\s+1\s+vụ việc/);
    expect(text).toContain('100,00%');
    expect(text).toContain('Nơi nhận:');
  });

  await test.step('bản in Sổ theo dõi hoạt động hòa giải có vụ việc', async () => {
    await page.getByRole('button', { name: 'Quay lại' }).click();
    await openMenu(page, 'Tổ hòa giải');
    const team = page.getByTestId('teams-table').getByRole('row', { name: /Tổ hòa giải Thôn Đồng Đăng/ });
    await team.getByRole('button', { name: 'In sổ' }).click();
    await dialog(page).getByTestId('print-register-open').click();
    await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
    await page.screenshot({ path: `${SHOTS}/register-print.png`, fullPage: true });
    const text = await pdfText(page, 'so-hoa-giai.pdf');
    expect(text).toContain('SỔ THEO DÕI HOẠT ĐỘNG HÒA GIẢI Ở CƠ SỞ');
    expect(text).toContain('Thôn Đồng Đăng');
    expect(text).toContain('Hai hộ thống nhất để lối đi rộng 2 m.');
    expect(text).toContain('Hòa giải tranh chấp lối đi chung giữa hai hộ'.split(' ').slice(0, 5).join(' '));
    expect(text).toContain('Nông Văn Đức');
    expect(text).toContain('Hoàng Văn Minh');
  });
});

/** Saves the current print view as an A4 PDF with Chromium and returns its text (pdftotext), spaces folded. */
async function pdfText(page: Page, name: string): Promise<string> {
  const file = join(test.info().outputDir, name);
  mkdirSync(test.info().outputDir, { recursive: true });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  // Reading order, whitespace folded: table cells wrap over several lines on paper.
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}
