import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Dispatch } from '../../shared/contract/result';
import { startBridge, type Bridge } from '../bridge/server';
import { chromiumLaunchOptions, chromiumSandbox, NO_SANDBOX_VARIABLE } from './chromium';

/** Options of {@link renderPrintToPdf}. */
export interface PrintToPdfOptions {
  dispatch: Dispatch;
  /** A print route of the renderer, e.g. `/print/report?from=2021-01-01&to=2021-12-31`. */
  route: string;
  outFile: string;
  /** Landscape paper when the view sets no page size of its own (print views do: their CSS wins). */
  landscape?: boolean;
  /** The built renderer (default: out/renderer of this repository). */
  staticDir?: string;
  /** How long to wait for the view to load its data (ms). */
  timeoutMs?: number;
  /** Told, in Vietnamese, when Chromium has to run without its sandbox and why. */
  onNotice?: (text: string) => void;
}

/** The built renderer folder of this repository. */
export function rendererDir(): string {
  return resolve(import.meta.dirname, '../../out/renderer');
}

/**
 * Renders a print view to PDF headlessly (architecture.md §6): the same view the desktop app prints,
 * served by the loopback bridge over `dispatch` and rendered by Chromium. Runs without Electron
 * (`qcdc report --pdf`, tests). The view marks `body[data-print-ready]` once its data and fonts are in.
 */
export async function renderPrintToPdf(options: PrintToPdfOptions): Promise<void> {
  const staticDir = options.staticDir ?? rendererDir();
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error(
      `Chưa có bản dựng giao diện (${join(staticDir, 'index.html')}), cần có để xuất PDF. Hãy chạy: npm run build:renderer`,
    );
  }
  const route = options.route.startsWith('/') ? options.route : `/${options.route}`;
  const timeout = options.timeoutMs ?? 30_000;
  const sandbox = chromiumSandbox();
  const launch = chromiumLaunchOptions(sandbox);
  const executablePath = launch.executablePath;

  let bridge: Bridge | undefined;
  let browser: Browser | undefined;
  try {
    bridge = await startBridge({ dispatch: options.dispatch, staticDir });
    if (sandbox.reason) options.onNotice?.(sandbox.reason);
    try {
      browser = await chromium.launch(launch);
    } catch (e) {
      const hint = sandbox.enabled
        ? ` Nếu máy không cho Chromium dựng hộp cát (ví dụ trong một container), có thể đặt ${NO_SANDBOX_VARIABLE}=1.`
        : '';
      throw new Error(
        `Không khởi động được trình duyệt Chromium (${executablePath}) để xuất PDF. ` +
          `Hãy cài Chromium hoặc đặt biến môi trường CHROMIUM_PATH.${hint} Chi tiết: ${firstLine(e)}`,
      );
    }
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    // The renderer reads the token from the fragment, keeps it in sessionStorage and replaces the hash.
    await page.goto(`${bridge.url}#token=${bridge.token}`, { waitUntil: 'load', timeout });
    // (Page code is given as text: this module is compiled without the DOM library.)
    await page.waitForFunction('!window.location.hash.includes("token=")', undefined, { timeout });
    await page.evaluate(`window.location.hash = ${JSON.stringify(`#${route}`)}`);

    try {
      await page.waitForSelector('body[data-print-ready]', { state: 'attached', timeout });
    } catch {
      const detail = pageErrors.length ? ` Lỗi trên trang: ${pageErrors.join('; ')}` : '';
      throw new Error(`Bản in "${route}" không tải xong sau ${Math.round(timeout / 1000)} giây.${detail}`);
    }
    const ready = await page.locator('body').getAttribute('data-print-ready');
    if (ready !== '1') {
      const message = (
        await page
          .locator('[data-print-error]')
          .first()
          .textContent()
          .catch(() => null)
      )?.trim();
      throw new Error(`Không lập được bản in: ${message || 'lỗi không rõ.'}`);
    }

    mkdirSync(dirname(resolve(options.outFile)), { recursive: true });
    await page.pdf({
      path: options.outFile,
      format: 'A4',
      landscape: options.landscape ?? false,
      preferCSSPageSize: true,
      printBackground: true,
    });
  } finally {
    await browser?.close().catch(() => undefined);
    await bridge?.close();
  }
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}
