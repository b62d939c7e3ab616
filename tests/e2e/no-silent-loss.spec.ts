import { expect, test } from '@playwright/test';
import { DemoServers, go } from './demo';
import { dialog, openMenu } from './journey';

/**
 * Issue 15, "no silent loss": a half-filled form asks before it is left or closed, and a long form's
 * draft survives a reload of the window, offered back with "Đã khôi phục bản nháp chưa lưu".
 */

const demos = new DemoServers();
test.afterAll(() => demos.stop());

const SUMMARY = 'Tranh chấp ranh giới vườn giữa hai hộ, chưa ghi xong';

test('a half-filled case asks before leaving, and its draft survives a reload', async ({ page }) => {
  // A reload with unsaved work raises the browser's "leave site?" question: the clerk confirms it.
  page.on('dialog', (d) => void d.accept());
  await page.goto(await demos.start('commune'));
  await expect(page.getByTestId('header-unit')).toBeVisible();

  await test.step('half-fill a new case', async () => {
    await openMenu(page, 'Vụ việc');
    await page.getByTestId('add-case').click();
    await page.getByLabel('Nội dung vụ việc').fill(SUMMARY);
    await page.getByLabel('Họ và tên (bên thứ 1)').fill('Đinh Văn Quý');
  });

  await test.step('the menu asks before leaving; staying keeps the typing', async () => {
    await openMenu(page, 'Tổ hòa giải');
    const ask = page.getByRole('dialog').filter({ hasText: 'Rời trang khi chưa lưu?' });
    await expect(ask).toBeVisible();
    await ask.getByTestId('stay-on-page').click();
    await expect(ask).toBeHidden();
    await expect(page).toHaveURL(/#\/mediation\/cases\/new$/);
    await expect(page.getByLabel('Nội dung vụ việc')).toHaveValue(SUMMARY);

    // "Hủy" on the page is leaving too.
    await page.getByRole('button', { name: 'Hủy' }).click();
    await expect(ask).toBeVisible();
    await ask.getByTestId('stay-on-page').click();
    await expect(page.getByLabel('Nội dung vụ việc')).toHaveValue(SUMMARY);
  });

  await test.step('reload: the draft comes back, and can be thrown away', async () => {
    await page.reload();
    await expect(page.getByTestId('draft-restored')).toBeVisible();
    await expect(page.getByTestId('draft-restored')).toContainText('Đã khôi phục bản nháp chưa lưu');
    await expect(page.getByLabel('Nội dung vụ việc')).toHaveValue(SUMMARY);
    await expect(page.getByLabel('Họ và tên (bên thứ 1)')).toHaveValue('Đinh Văn Quý');

    await page.getByTestId('discard-draft').click();
    await expect(page.getByTestId('draft-restored')).toBeHidden();
    await expect(page.getByLabel('Nội dung vụ việc')).toHaveValue('');
    // Nothing left to lose: the menu leaves at once, and coming back offers no draft.
    await openMenu(page, 'Tổ hòa giải');
    await expect(page).toHaveURL(/#\/mediation\/teams$/);
    await go(page, '/mediation/cases/new');
    await expect(page.getByLabel('Nội dung vụ việc')).toBeVisible();
    await expect(page.getByTestId('draft-restored')).toHaveCount(0);
  });

  await test.step('a saved case leaves no draft behind', async () => {
    const community = page.getByLabel('Thôn / tổ dân phố');
    await community.click();
    await community.press('Enter');
    await page.getByLabel('Nội dung vụ việc').fill(SUMMARY);
    await page.getByRole('radio', { name: 'Mâu thuẫn giữa các bên' }).check();
    await page.getByLabel('Họ và tên (bên thứ 1)').fill('Đinh Văn Quý');
    await page.getByTestId('save').click();
    await expect(page).toHaveURL(/#\/mediation\/cases\/[0-9a-f-]{36}$/);
    // The saved case is shown (its page loaded) before the clerk starts the next one.
    await expect(page.getByTestId('case-status')).toBeVisible();
    await go(page, '/mediation/cases/new');
    await expect(page.getByLabel('Nội dung vụ việc')).toHaveValue('');
    await expect(page.getByTestId('draft-restored')).toHaveCount(0);
  });

  await test.step('a dialog asks before Esc, a click outside or Hủy drops its changes', async () => {
    await openMenu(page, 'Đơn thư');
    await page.getByTestId('add-petition').click();
    const form = dialog(page);
    await form.getByLabel('Nội dung đơn').fill('Đề nghị sửa đường liên thôn');
    const ask = page.getByRole('dialog').filter({ hasText: 'Đóng khi chưa lưu?' });

    await page.keyboard.press('Escape');
    await expect(ask).toBeVisible();
    await ask.getByTestId('keep-editing').click();
    await expect(form.getByLabel('Nội dung đơn')).toHaveValue('Đề nghị sửa đường liên thôn');

    await page.mouse.click(5, 5);
    await expect(ask).toBeVisible();
    await ask.getByTestId('keep-editing').click();

    // The window reloads with the dialog open: the petition's draft is offered when it opens again.
    await page.reload();
    await page.getByTestId('add-petition').click();
    await expect(dialog(page).getByTestId('draft-restored')).toBeVisible();
    await expect(dialog(page).getByLabel('Nội dung đơn')).toHaveValue('Đề nghị sửa đường liên thôn');

    await dialog(page).getByRole('button', { name: 'Hủy' }).click();
    await expect(ask).toBeVisible();
    await ask.getByTestId('discard-changes').click();
    await expect(page.locator('.ant-modal-wrap:visible')).toHaveCount(0);
    // Discarded on purpose: the next form starts empty.
    await page.getByTestId('add-petition').click();
    await expect(dialog(page).getByLabel('Nội dung đơn')).toHaveValue('');
    await expect(dialog(page).getByTestId('draft-restored')).toHaveCount(0);
    // An untouched dialog closes without a question.
    await page.keyboard.press('Escape');
    await expect(page.locator('.ant-modal-wrap:visible')).toHaveCount(0);
  });
});
