import { expect, test, type Page } from './fixtures';
import { SHOTS, TAN_HUNG, addCommunity, dialog, ensureCommune, openMenu, toast, typeDate } from './journey';

// Issue 11 in real Chromium: a thôn decides at a meeting and the clerk sees the outcome as the numbers
// are typed (exactly half is not more than half); a consultation whose result is not yet public shows on
// the home board; a Ban thanh tra nhân dân with its members clears the board's warning and carries out a
// supervision with recommendations; the printed period report has the three new sections.

const THON = 'Thôn Pác Ngàm';

/** `days` before today as dd/mm/yyyy. */
function daysAgo(days: number): string {
  const d = new Date(Date.now() - days * 86_400_000);
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

async function save(page: Page): Promise<void> {
  await dialog(page).getByTestId('save').click();
  await expect(toast(page, 'Đã lưu')).toBeVisible();
  await expect(dialog(page)).toHaveCount(0);
}

test('Nhân dân bàn và quyết định, tham gia ý kiến, kiểm tra giám sát: ghi chép, bảng nhắc việc, bản in báo cáo', async ({
  page,
}) => {
  await test.step('mở phần mềm, thêm thôn 120 hộ', async () => {
    await ensureCommune(page, TAN_HUNG);
    await addCommunity(page, THON, 120);
  });

  await test.step('bảng nhắc việc: xã chưa có Ban thanh tra nhân dân', async () => {
    await openMenu(page, 'Trang chủ');
    await expect(page.getByTestId('home-no-ban-ttnd')).toBeVisible();
  });

  await test.step('hội nghị thôn: kết quả hiện ngay khi gõ số hộ', async () => {
    await openMenu(page, 'Nhân dân bàn và quyết định');
    await page.getByTestId('add-decision').click();
    const form = dialog(page);
    await form.getByLabel('Thôn / tổ dân phố').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: THON }).click();
    await expect(form.getByLabel('Tổng số hộ của thôn, tổ dân phố')).toHaveValue('120');
    await typeDate(form.getByLabel('Ngày họp (hoặc ngày cuối thu phiếu)'), daysAgo(3));
    await form.getByLabel('Việc được quyết định').fill('Làm đường bê tông liên xóm, mỗi hộ góp 500.000 đồng');
    await form.getByLabel('Số hộ dự họp (hoặc số phiếu thu về)').fill('60');
    await form.getByLabel('Số hộ tán thành').fill('60');
    const live = form.getByTestId('decision-live-outcome');
    await expect(live).toContainText('Không đủ số hộ dự họp');
    await expect(live).toContainText('ít nhất 61 trên 120 hộ');
    await form.getByLabel('Số hộ dự họp (hoặc số phiếu thu về)').fill('96');
    await expect(live).toContainText('Cần trên một nửa tổng số hộ tán thành');
    await form.getByLabel('Số hộ tán thành').fill('88');
    await expect(live).toContainText('Được thông qua');
    await page.screenshot({ path: `${SHOTS}/people-decision.png` });
    await save(page);
    const row = page.getByTestId('decisions-table').getByRole('row', { name: /Làm đường bê tông/ });
    await expect(row.getByTestId('decision-outcome')).toHaveText('Được thông qua');
    await expect(row).toContainText('88/120');
  });

  await test.step('lấy ý kiến Nhân dân: chưa công khai kết quả thì hiện ở bảng nhắc việc', async () => {
    await openMenu(page, 'Lấy ý kiến Nhân dân');
    await page.getByTestId('add-consultation').click();
    const form = dialog(page);
    await form.getByLabel('Nội dung lấy ý kiến').fill('Dự thảo kế hoạch phát triển kinh tế - xã hội năm sau');
    await typeDate(form.getByLabel('Từ ngày'), daysAgo(20));
    await typeDate(form.getByLabel('Đến ngày'), daysAgo(5));
    await form.getByLabel('Số ý kiến nhận được').fill('40');
    await form.getByLabel('Số ý kiến được tiếp thu').fill('30');
    await save(page);
    await expect(page.getByTestId('consultations-table')).toContainText('30/40 (75,00%)');
    await openMenu(page, 'Trang chủ');
    await expect(page.getByTestId('home-unpublished-consultations')).toContainText('Dự thảo kế hoạch');
  });

  await test.step('Ban thanh tra nhân dân với thành viên; cảnh báo ở trang chủ không còn', async () => {
    await openMenu(page, 'Ban TTND, Ban GSĐTCĐ');
    await page.getByTestId('add-body').click();
    const form = dialog(page);
    await typeDate(form.getByLabel('Ngày thành lập (ngày quyết định công nhận)'), daysAgo(400));
    await form.getByLabel('Số quyết định công nhận').fill('125/QĐ-UBND');
    const members = form.getByTestId('members');
    await members.getByLabel('Họ và tên').first().fill('Lý Văn Hùng');
    await form.getByTestId('add-member').click();
    await members.getByLabel('Họ và tên').nth(1).fill('Hoàng Thị Mai');
    await save(page);
    const row = page.getByTestId('bodies-table').getByRole('row', { name: /Ban thanh tra nhân dân/ });
    await expect(row).toContainText('Đang hoạt động');
    await expect(row).toContainText('Lý Văn Hùng (Trưởng ban)');
    await openMenu(page, 'Trang chủ');
    await expect(page.getByTestId('home-people')).toBeVisible();
    await expect(page.getByTestId('home-no-ban-ttnd')).toHaveCount(0);
  });

  await test.step('cuộc giám sát của Ban TTND với kiến nghị', async () => {
    await openMenu(page, 'Đối thoại, giám sát');
    await page.getByTestId('add-supervision').click();
    const form = dialog(page);
    await typeDate(form.getByLabel('Ngày', { exact: true }), daysAgo(2));
    await expect(form.getByTestId('supervision-body')).toContainText('Do Ban thanh tra nhân dân thành lập ngày');
    await form.getByLabel('Nội dung giám sát').fill('Giám sát việc thu, chi quỹ xây dựng đường');
    await form.getByLabel('Số kiến nghị đã đưa ra').fill('5');
    await form.getByLabel('Số kiến nghị đã được giải quyết').fill('4');
    await save(page);
    await expect(page.getByTestId('supervisions-table')).toContainText('4/5');
  });

  await test.step('bản in báo cáo kỳ có ba mục mới', async () => {
    await openMenu(page, 'Báo cáo');
    await page.getByRole('button', { name: 'Xem bản in' }).click();
    await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
    const sheet = page.locator('.sheet');
    await expect(sheet).toContainText('NHÂN DÂN BÀN VÀ QUYẾT ĐỊNH');
    await expect(sheet).toContainText('đã tổ chức để Nhân dân bàn và quyết định trực tiếp 1 việc');
    await expect(sheet).toContainText('NHÂN DÂN THAM GIA Ý KIẾN');
    await expect(sheet).toContainText('nhận được 40 ý kiến, tiếp thu 30 ý kiến, đạt tỷ lệ 75,00%');
    await expect(sheet).toContainText('NHÂN DÂN KIỂM TRA, GIÁM SÁT');
    await expect(sheet).toContainText('Ban thanh tra nhân dân đang hoạt động với 2 thành viên');
    await expect(sheet).toContainText('giải quyết 4/5 kiến nghị');
    await page.screenshot({ path: `${SHOTS}/people-report-print.png`, fullPage: true });
  });

  await test.step('in danh sách các việc Nhân dân quyết định', async () => {
    await page.goto(page.url().replace(/#.*$/, '#/people/decisions'));
    await page.getByTestId('print-list').click();
    await expect(page.locator('body[data-print-ready="1"]')).toHaveCount(1);
    await expect(page.getByTestId('print-list-rows')).toContainText('Làm đường bê tông liên xóm');
    await expect(page.getByTestId('print-list-rows')).toContainText('Được thông qua');
  });
});
