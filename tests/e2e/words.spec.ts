import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { BANNED_WORDS } from '../../shared/i18n/glossary';
import { tempDir } from '../helpers/app';
import { rpc } from './demo';
import { dialog } from './journey';
import { COMMUNE_ROUTES } from './routes';
import { startWeb, type WebServer } from './web';

/**
 * Issue 15, "words for people": every page of the demo installations (commune and office), and the
 * forms they open, as the browser renders them, holds none of the glossary's banned technical words
 * (format, file and program names, field codes), and no file control shows the browser's own English
 * ("Choose Files / No file chosen"): files are picked with the app's Vietnamese buttons.
 */

const servers: WebServer[] = [];
let root: string;

test.beforeAll(() => {
  // Not "qcdc-…": the data folder's path is shown on the backup page, and is the clerk's own.
  root = tempDir('tu-ngu-');
});

test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(root, { recursive: true, force: true });
});

async function demo(role: 'commune' | 'office'): Promise<string> {
  const dataDir = join(root, role === 'commune' ? 'xa' : 'so');
  execFileSync(process.execPath, ['bin/qcdc.mjs', 'demo', '--data', dataDir, '--role', role], { stdio: 'ignore' });
  const server = await startWeb(dataDir);
  servers.push(server);
  return server.url;
}

/**
 * What a clerk reads on the page: its visible text, and the placeholders, tooltips and accessible
 * names of its fields and buttons (an icon's own name is the icon library's, not the app's).
 */
async function readable(page: Page): Promise<string> {
  return page.evaluate<string>(`(() => {
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('[placeholder], [title], input[aria-label], button[aria-label]')) {
      if (!el.getClientRects().length) continue;
      for (const name of ['placeholder', 'title', 'aria-label']) {
        const v = el.getAttribute(name);
        if (v) parts.push(v);
      }
    }
    return parts.join('\\n');
  })()`);
}

/** The banned words found on the page, each with the line it is on. */
async function bannedOn(page: Page, where: string): Promise<string[]> {
  // The data folder's path (the backup page names it) is this computer's, not the app's words.
  const lines = (await readable(page)).split(root).join('…').split('\n');
  const found: string[] = [];
  for (const { pattern, why } of BANNED_WORDS) {
    for (const line of lines) if (pattern.test(line)) found.push(`${where}: "${line.trim().slice(0, 160)}" (${why})`);
  }
  return found;
}

/** No file control of the page shows itself: the browser would label it in English. */
async function expectNoNativeFileControl(page: Page, where: string): Promise<void> {
  const shown = await page.locator('input[type=file]').evaluateAll((inputs) =>
    inputs
      .map((i) => i as unknown as { getClientRects(): { length: number }; outerHTML: string })
      .filter((i) => i.getClientRects().length > 0)
      .map((i) => i.outerHTML),
  );
  expect(shown, `${where}: ô chọn tệp của trình duyệt hiện ra (tiếng Anh)`).toEqual([]);
}

async function open(page: Page, route: string): Promise<void> {
  await page.evaluate(`window.location.hash = ${JSON.stringify(`#${route}`)}`);
  await expect(page.getByTestId('page-loading')).toHaveCount(0);
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  await expect(page.getByText('Không tìm thấy trang này'), route).toHaveCount(0);
}

/** Opens a page's form dialog with `button`, reads it, and closes it unchanged. */
async function checkDialog(page: Page, route: string, button: string, found: string[]): Promise<void> {
  await open(page, route);
  await page.getByTestId(button).first().click();
  await expect(dialog(page)).toBeVisible();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  found.push(...(await bannedOn(page, `${route} → ${button}`)));
  await expectNoNativeFileControl(page, `${route} → ${button}`);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
}

const year = new Date().getFullYear();

// The layout walk's pages, and the calendar settings.
const COMMUNE_PAGES = COMMUNE_ROUTES.flatMap((r) => (r === '/settings' ? [r, '/settings/calendar'] : [r]));

const COMMUNE_DIALOGS: [string, string][] = [
  ['/communities', 'add-community'],
  ['/mediation/teams', 'add-team'],
  ['/mediation/mediators', 'add-mediator'],
  ['/disclosure', 'add-disclosure'],
  ['/conventions', 'add-convention'],
  ['/reception/visits', 'add-visit'],
  ['/reception/sessions', 'add-session'],
  ['/reception/petitions', 'add-petition'],
  ['/people/decisions', 'add-decision'],
  ['/people/consultations', 'add-consultation'],
  ['/people/bodies', 'add-body'],
];

const OFFICE_ROUTES = [
  '/',
  '/communes',
  '/receive',
  '/report',
  '/settings',
  '/settings/backup',
  '/reception/visits',
  '/reception/petitions',
  `/print/report?from=${year}-01-01&to=${year}-12-31`,
];

/** An import file with a bad line: an unknown thôn and two bad dates (its problems name their columns). */
const BAD_IMPORT = [
  '{"kind":"mediation_case","community":"Thôn Không Có","receivedOn":"2021-13-05","category":"dan_su","summary":"X","status":"thanh","closedOn":"05/03/2021"}',
].join('\n');

test('no technical word on any page of the demo installations, and no English file control', async ({ page }) => {
  test.setTimeout(300_000);
  const found: string[] = [];

  await test.step('xã: mọi trang, trang chi tiết và các biểu mẫu', async () => {
    await page.goto(await demo('commune'));
    await expect(page.getByTestId('header-unit')).toBeVisible();
    const cases = await rpc<{ items: { id: string }[] }>(page, 'mediation.listCases', { limit: 1 });
    const conventions = await rpc<{ items: { id: string }[] }>(page, 'convention.list', { limit: 1 });
    const teams = await rpc<{ id: string }[]>(page, 'mediation.listTeams', {});
    const detail = [
      `/mediation/cases/${cases.items[0]!.id}`,
      `/mediation/cases/${cases.items[0]!.id}/edit`,
      `/conventions/${conventions.items[0]!.id}`,
      `/print/register?teamId=${teams[0]!.id}`,
    ];
    for (const route of [...COMMUNE_PAGES, ...detail]) {
      await open(page, route);
      found.push(...(await bannedOn(page, route)));
      await expectNoNativeFileControl(page, route);
    }
    for (const [route, button] of COMMUNE_DIALOGS) await checkDialog(page, route, button, found);
  });

  await test.step('xã: lỗi nhập dữ liệu nêu tên cột bằng tiếng Việt, đủ mọi lỗi của dòng', async () => {
    await open(page, '/records');
    await checkImportFile(page, 'loi.ndjson', BAD_IMPORT);
    const issues = page.getByTestId('import-issues');
    await expect(issues).toContainText('Ngày tiếp nhận');
    await expect(issues).toContainText('Ngày kết thúc');
    await expect(issues).toContainText('Thôn / tổ dân phố');
    await expect(issues).toContainText('Thôn Không Có');
    found.push(...(await bannedOn(page, '/records (lỗi nhập)')));

    // A valid file with a denunciation whose summary holds a name: accepted, the line named for a check.
    const denunciation =
      '{"kind":"petition","receivedOn":"2026-03-03","content":"to_cao","inCompetence":true,"handling":"luu_don",' +
      '"summary":"Tố cáo ông Trần Văn Cường thu tiền sai quy định"}\n';
    await checkImportFile(page, 'to-cao.ndjson', denunciation);
    const warnings = page.getByTestId('import-warnings');
    await expect(warnings).toContainText('Tóm tắt');
    await expect(warnings).toContainText('Không ghi danh tính người tố cáo');
    await expect(page.getByTestId('import-run')).toBeEnabled();
    found.push(...(await bannedOn(page, '/records (dòng cần kiểm tra)')));
  });

  await test.step('cơ quan nhận báo cáo: mọi trang', async () => {
    await page.goto(await demo('office'));
    await expect(page.getByTestId('header-unit')).toBeVisible();
    for (const route of OFFICE_ROUTES) {
      await open(page, route);
      found.push(...(await bannedOn(page, route)));
      await expectNoNativeFileControl(page, route);
    }
  });

  expect(found).toEqual([]);
});

/** Picks a data file on the import page and runs its check (Kiểm tra tệp). */
async function checkImportFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-pick').click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.getByTestId('import-check').click();
}
