import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Steps of a new clerk's journey through the real UI, shared by the end-to-end specs. Every step
 * goes through labels, roles and the stable `data-testid`s the screens promise, as a clerk would.
 */

/** The address the bridge prints: the token travels in the fragment. */
export const OPEN_URL = '/#token=e2e-token';

/** Where screenshots for the user guide go. */
export const SHOTS = 'docs/screenshots';

/** Opens the app in the browser. */
export async function openApp(page: Page): Promise<void> {
  await page.goto(OPEN_URL);
}

/** A success message ("Đã lưu"); earlier identical messages may still be fading out. */
export function toast(page: Page, text: string): Locator {
  return page.locator('.ant-message-notice', { hasText: text }).first();
}

/** Clicks an entry of the left menu. */
export async function openMenu(page: Page, name: string): Promise<void> {
  await page.getByRole('menuitem', { name, exact: true }).click();
}

/** The open modal or drawer. */
export function dialog(page: Page): Locator {
  return page.locator('.ant-modal-wrap:visible, .ant-drawer-content-wrapper:visible').last();
}

/** Types a date as a clerk does (dd/mm/yyyy) into a labelled date picker and confirms it. */
export async function typeDate(field: Locator, ddmmyyyy: string): Promise<void> {
  await field.click();
  await field.fill(ddmmyyyy);
  await field.press('Enter');
  await expect(field).toHaveValue(ddmmyyyy);
}

/** Picks an option of a searchable select by typing (diacritics optional) and pressing Enter. */
export async function pick(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.fill(text);
  await field.press('Enter');
}

/** The commune the journey sets up. */
export interface CommuneSetup {
  code: string;
  name: string;
  province: string;
  userName: string;
  communities: { name: string; households: number }[];
  /** The first administrator the wizard creates (the desktop set-up always protects, issue 12). */
  admin: { name: string; password: string };
}

/** The commune every journey uses (the first journey sets it up, the others reuse it). */
export const TAN_HUNG: CommuneSetup = {
  code: '12345',
  name: 'Xã Tân Hưng',
  province: 'Lạng Sơn',
  userName: 'Nguyễn Thị Lan',
  communities: [{ name: 'Thôn Bản Chắt', households: 96 }],
  admin: { name: 'Nguyễn Thị Lan', password: 'hoa ban nở trắng núi rừng' },
};

/** The first-run wizard, checking the code rule's message on the way; ends on the home page. */
export async function setUpCommune(page: Page, s: CommuneSetup, screenshot = true): Promise<void> {
  await openApp(page);
  await expect(page.getByText('Thiết lập ban đầu')).toBeVisible();
  // The role is asked on the unit step, with the code (which has the focus).
  const code = page.getByLabel('Mã xã (5 chữ số)');
  await expect(code).toBeFocused();
  await page.getByRole('radio', { name: /Xã, phường, đặc khu/ }).check();
  await code.fill('1234');
  await page.getByLabel('Tên đơn vị').fill(s.name);
  await page.getByLabel('Tỉnh, thành phố').fill(s.province);
  await page.getByLabel('Họ tên người sử dụng (cán bộ phụ trách)').fill(s.userName);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  const codeRule = page.getByText('Mã xã gồm đúng 5 chữ số (theo Quyết định 19/2025/QĐ-TTg).');
  await expect(codeRule).toBeVisible();
  await code.fill(s.code);
  await expect(codeRule).toBeHidden();
  if (screenshot) await page.screenshot({ path: `${SHOTS}/setup-wizard.png` });
  await code.press('Enter');

  for (const [i, c] of s.communities.entries()) {
    await page.getByTestId('setup-add-community').click();
    await page.getByLabel(`Tên thôn / tổ dân phố ${i + 1}`).fill(c.name);
    await page.getByTestId('setup-community-row').nth(i).getByLabel('Số hộ').fill(String(c.households));
  }
  await page.getByRole('button', { name: 'Tiếp tục' }).click();

  // The first administrator: the data will be encrypted, the password is a passphrase. The name
  // proposed is the user's typed on the unit step; the focus is on the first empty field.
  const adminName = page.getByLabel('Tên tài khoản quản trị');
  await expect(adminName).toHaveValue(s.userName);
  await expect(page.getByLabel('Mật khẩu', { exact: true })).toBeFocused();
  await adminName.fill(s.admin.name);
  await page.getByLabel('Mật khẩu', { exact: true }).fill('ngắn');
  await page.getByLabel('Nhập lại mật khẩu').fill('ngắn');
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByText('Mật khẩu cần ít nhất 10 ký tự.', { exact: false })).toBeVisible();
  await page.getByLabel('Mật khẩu', { exact: true }).fill(s.admin.password);
  await page.getByLabel('Nhập lại mật khẩu').fill(s.admin.password);
  if (screenshot) await page.screenshot({ path: `${SHOTS}/setup-account.png` });
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByText('Hãy kiểm tra lại thông tin trước khi hoàn tất.')).toBeVisible();
  await page.getByTestId('setup-submit').click();

  await expect(page.getByText('Đã thiết lập xong')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('fingerprint')).not.toBeEmpty();
  await expect(page.getByTestId('recovery-code')).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$/);
  if (screenshot) await page.screenshot({ path: `${SHOTS}/setup-done.png`, fullPage: true });
  await page.getByTestId('setup-home').click();
  await expect(page.getByTestId('header-unit')).toContainText(s.name);
  await expect(page.getByTestId('header-code')).toContainText(`Mã xã: ${s.code}`);
}

/**
 * Opens the app on a commune installation: runs the first-run wizard when the run's data folder is
 * still empty (the spec runs alone), else keeps the installation an earlier spec set up (specs of one
 * run share the bridge and its data folder). Either way it ends on the app with the left menu.
 */
export async function ensureCommune(page: Page, s: CommuneSetup): Promise<void> {
  await openApp(page);
  const wizard = page.getByText('Thiết lập ban đầu');
  const header = page.getByTestId('header-unit');
  const signIn = page.getByTestId('signin-submit');
  const lock = page.getByTestId('lock-overlay');
  await expect(wizard.or(header).or(signIn).or(lock)).toBeVisible({ timeout: 30_000 });
  if (await wizard.isVisible()) await setUpCommune(page, s, false);
  else if (await signIn.isVisible()) await signInAs(page, s.admin.name, s.admin.password);
  else if (await lock.isVisible()) await unlockWith(page, s.admin.password);
  await expect(header).toBeVisible();
}

/** Signs in on the sign-in screen of a protected installation. */
export async function signInAs(page: Page, name: string, password: string): Promise<void> {
  await expect(page.getByTestId('signin-submit')).toBeVisible();
  await page.getByLabel('Tên tài khoản').fill(name);
  const field = page.getByLabel('Mật khẩu');
  await field.fill(password);
  await field.press('Enter');
  await expect(page.getByTestId('signin-submit')).toBeHidden({ timeout: 30_000 });
}

/** Unlocks the lock screen with the signed-in account's password. */
export async function unlockWith(page: Page, password: string): Promise<void> {
  const overlay = page.getByTestId('lock-overlay');
  await expect(overlay).toBeVisible();
  const field = overlay.getByLabel('Mật khẩu');
  await field.fill(password);
  await field.press('Enter');
  await expect(overlay).toBeHidden({ timeout: 30_000 });
}

/** Adds a thôn on the communities page (Enter submits the form). */
export async function addCommunity(page: Page, name: string, households: number): Promise<void> {
  await openMenu(page, 'Thôn / tổ dân phố');
  await page.getByTestId('add-community').click();
  const form = dialog(page);
  await form.getByLabel('Số hộ').fill(String(households));
  const nameField = form.getByLabel('Tên', { exact: true });
  await nameField.fill(name);
  await nameField.press('Enter');
  await expect(toast(page, 'Đã lưu')).toBeVisible();
  await expect(page.getByTestId('communities-table').getByRole('row', { name: new RegExp(name) })).toBeVisible();
}

/** A mediator as the journey enters it. */
export interface MediatorInput {
  name: string;
  gender: 'Nam' | 'Nữ';
  leader?: boolean;
  ethnicMinority?: boolean;
  recognizedOn?: string;
  decisionRef?: string;
}

/** Adds the team of a community (picked by typing without diacritics) and returns its table row. */
export async function addTeam(page: Page, communitySearch: string, teamName: string): Promise<Locator> {
  await openMenu(page, 'Tổ hòa giải');
  await page.getByTestId('add-team').click();
  const form = dialog(page);
  await pick(form.getByLabel('Thôn / tổ dân phố'), communitySearch);
  await form.getByTestId('save').click();
  await expect(toast(page, 'Đã lưu')).toBeVisible();
  const row = page.getByTestId('teams-table').getByRole('row', { name: new RegExp(teamName) });
  await expect(row).toBeVisible();
  return row;
}

/** Adds one mediator from the (team-filtered) mediators page. */
export async function addMediator(page: Page, m: MediatorInput): Promise<void> {
  await page.getByTestId('add-mediator').click();
  const form = dialog(page);
  await expect(form.getByLabel('Họ và tên')).toBeFocused();
  await form.getByLabel('Họ và tên').fill(m.name);
  await form.getByRole('radio', { name: m.gender, exact: true }).check();
  if (m.leader) await form.getByRole('radio', { name: 'Tổ trưởng' }).check();
  if (m.ethnicMinority) await form.getByRole('checkbox', { name: 'Người dân tộc thiểu số' }).check();
  if (m.recognizedOn) await typeDate(form.getByLabel('Ngày công nhận'), m.recognizedOn);
  if (m.decisionRef) await form.getByLabel('Số quyết định công nhận').fill(m.decisionRef);
  await form.getByTestId('save').click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('mediators-table').getByRole('row', { name: new RegExp(m.name) })).toBeVisible();
}

/** A case as the journey records it. */
export interface CaseInput {
  communitySearch: string;
  receivedOn: string;
  category: string;
  summary: string;
  parties: { name: string; birthYear?: number; address?: string }[];
  mediatorSearches: string[];
  status: string;
  /** File name (without folder) of a screenshot of the filled form, if wanted. */
  screenshot?: string;
}

/** Records a case with the form; ends on the new case's page. */
export async function recordCase(page: Page, c: CaseInput): Promise<void> {
  await openMenu(page, 'Vụ việc');
  await page.getByTestId('add-case').click();
  await expect(page.getByRole('heading', { name: 'Ghi vụ việc hòa giải mới' })).toBeVisible();
  const community = page.getByLabel('Thôn / tổ dân phố');
  await expect(community).toBeFocused();
  await pick(community, c.communitySearch);
  await typeDate(page.getByLabel('Ngày tiếp nhận'), c.receivedOn);
  await page.getByRole('radio', { name: c.category }).check();
  await page.getByLabel('Nội dung vụ việc').fill(c.summary);
  for (const [i, p] of c.parties.entries()) {
    await page.getByTestId('add-party').click();
    await page.getByLabel(`Họ và tên (bên thứ ${i + 1})`).fill(p.name);
    if (p.birthYear) await page.getByLabel(`Năm sinh (${i + 1})`).fill(String(p.birthYear));
    if (p.address) await page.getByLabel(`Địa chỉ (${i + 1})`).fill(p.address);
  }
  const mediators = page.getByLabel('Hòa giải viên', { exact: true });
  for (const m of c.mediatorSearches) await pick(mediators, m);
  await page.keyboard.press('Escape');
  await page.getByRole('radio', { name: c.status, exact: true }).check();
  if (c.screenshot) await page.screenshot({ path: `${SHOTS}/${c.screenshot}`, fullPage: true });
  await page.getByTestId('save').click();
  await expect(toast(page, 'Đã lưu')).toBeVisible();
  await expect(page.getByTestId('case-status')).toHaveText(c.status);
}

/** Types into the case search box and waits for the debounced list. */
export async function searchCases(page: Page, text: string): Promise<Locator> {
  const box = page.getByTestId('case-search');
  await box.fill(text);
  const table = page.getByTestId('cases-table');
  await page.waitForTimeout(400);
  await expect(table.locator('.ant-spin-spinning')).toHaveCount(0);
  return table;
}
