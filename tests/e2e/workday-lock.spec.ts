import { expect, test, type Page } from './fixtures';
import { OPEN_URL, SHOTS, TAN_HUNG, dialog, ensureCommune, openMenu, signInAs, toast, unlockWith } from './journey';

const CLERK = { name: 'Lò Văn Cán', password: 'suối reo bên bản nhỏ' };

/** A call straight to the bridge from the page, with the page's token: what a script in it could do. */
function rpcFromPage(page: Page, name: string, input: unknown): Promise<{ ok: boolean; error?: { code: string } }> {
  return page.evaluate(
    async ([call, body]) => {
      const store = (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }).sessionStorage;
      const res = await fetch(`./rpc/${call}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${store.getItem('qcdc.token') ?? ''}` },
        body: JSON.stringify(body),
      });
      return (await res.json()) as { ok: boolean; error?: { code: string } };
    },
    [name, input] as const,
  );
}

/**
 * Issue 12 in the real UI: sign in, work, the app locks itself after the (shortened) idle time with
 * a half-filled form kept under the lock, unlock, finish the form. A clerk's account cannot manage
 * accounts: the screen does not offer it, and the contract refuses it over the HTTP bridge.
 */
test('đăng nhập, làm việc, tự khóa khi không dùng, mở khóa, làm tiếp', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  // The page's clock is ours to move: the idle minutes pass in an instant.
  await page.clock.install();
  await ensureCommune(page, TAN_HUNG);

  await test.step('đăng xuất rồi đăng nhập lại; sai mật khẩu bị từ chối', async () => {
    await page.getByTestId('account-badge').getByRole('button', { name: 'Đăng xuất' }).click();
    await expect(page.getByTestId('signin-unit')).toHaveText(TAN_HUNG.name);
    await page.getByLabel('Tên tài khoản').fill(TAN_HUNG.admin.name);
    await page.getByLabel('Mật khẩu').fill('không phải mật khẩu');
    await page.getByTestId('signin-submit').click();
    await expect(page.getByRole('alert')).toContainText('Sai tên tài khoản hoặc mật khẩu.', { timeout: 30_000 });
    await page.screenshot({ path: `${SHOTS}/sign-in.png` });
    await signInAs(page, 'nguyen thi lan', TAN_HUNG.admin.password);
    await expect(page.getByTestId('account-badge')).toContainText(TAN_HUNG.admin.name);
  });

  await test.step('quản trị: tự khóa sau 1 phút, thêm tài khoản cán bộ hòa giải', async () => {
    await openMenu(page, 'Cài đặt');
    await page.getByLabel('Số phút không dùng thì tự khóa').fill('1');
    await page.getByTestId('idle-save').click();
    await expect(toast(page, 'Đã lưu')).toBeVisible();
    await page.getByTestId('add-account').click();
    const form = dialog(page);
    await form.getByLabel('Tên tài khoản').fill(CLERK.name);
    await form.getByRole('radio', { name: /Cán bộ/ }).check();
    await form.getByRole('checkbox', { name: 'Hòa giải ở cơ sở' }).check();
    await form.getByLabel('Mật khẩu', { exact: true }).fill(CLERK.password);
    await form.getByLabel('Nhập lại mật khẩu').fill(CLERK.password);
    await page.screenshot({ path: `${SHOTS}/accounts-add.png` });
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(form).toBeHidden();
    await expect(page.getByTestId('accounts-table')).toContainText(CLERK.name);
    await expect(page.getByTestId('accounts-table')).toContainText('Hòa giải ở cơ sở');
  });

  await test.step('đang nhập dở thì tự khóa; mở khóa thấy nguyên những gì đã nhập', async () => {
    await openMenu(page, 'Thôn / tổ dân phố');
    await page.getByTestId('add-community').click();
    const form = dialog(page);
    await form.getByLabel('Tên', { exact: true }).fill('Thôn Khuổi Hẩu');
    await form.getByLabel('Số hộ').fill('57');
    await page.clock.runFor(61_000);
    const overlay = page.getByTestId('lock-overlay');
    await expect(overlay).toBeVisible();
    await expect(overlay).toContainText(TAN_HUNG.admin.name);
    await page.screenshot({ path: `${SHOTS}/locked.png` });
    // Under the lock the server refuses calls too, not just the screen.
    expect(await rpcFromPage(page, 'community.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORISED' } });
    await unlockWith(page, TAN_HUNG.admin.password);
    await expect(form.getByLabel('Tên', { exact: true })).toHaveValue('Thôn Khuổi Hẩu');
    await expect(form.getByLabel('Số hộ')).toHaveValue('57');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(toast(page, 'Đã lưu')).toBeVisible();
    await expect(page.getByTestId('communities-table')).toContainText('Thôn Khuổi Hẩu');
  });

  await test.step('khóa ngay bằng Ctrl+L', async () => {
    await page.keyboard.press('Control+L');
    await expect(page.getByTestId('lock-overlay')).toBeVisible();
    await unlockWith(page, TAN_HUNG.admin.password);
  });

  await test.step('cán bộ không quản lý được tài khoản: giao diện không có, máy chủ từ chối', async () => {
    await page.getByTestId('account-badge').getByRole('button', { name: 'Đăng xuất' }).click();
    await signInAs(page, CLERK.name, CLERK.password);
    // The menu shows the clerk's module, not the others.
    await expect(page.getByRole('menuitem', { name: 'Vụ việc', exact: true })).toBeVisible();
    await expect(page.getByRole('menuitem', { name: 'Hương ước, quy ước', exact: true })).toHaveCount(0);
    await openMenu(page, 'Cài đặt');
    await expect(page.getByText('Đổi mật khẩu của tôi').first()).toBeVisible();
    await expect(page.getByTestId('add-account')).toHaveCount(0);
    const result = await rpcFromPage(page, 'account.create', {
      name: 'Kẻ Lạ',
      role: 'quan_tri',
      modules: [],
      password: 'một câu đủ dài để qua',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  await test.step('quản trị đặt lại 10 phút cho các hành trình sau', async () => {
    await page.getByTestId('account-badge').getByRole('button', { name: 'Đăng xuất' }).click();
    await signInAs(page, TAN_HUNG.admin.name, TAN_HUNG.admin.password);
    await openMenu(page, 'Cài đặt');
    await page.getByLabel('Số phút không dùng thì tự khóa').fill('10');
    await page.getByTestId('idle-save').click();
    await expect(toast(page, 'Đã lưu')).toBeVisible();
    await page.goto(OPEN_URL);
  });
});
