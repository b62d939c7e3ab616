import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { APP_URL, createAppHandler, resolveAppPath } from '../../../electron/main/protocol';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

// Issue 16, item 6: the renderer is served from app://qcdc/ out of its own folder only.

const root = mkdtempSync(path.join(tmpdir(), 'qcdc-app-'));
const rendererDir = path.join(root, 'renderer');
mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Dân chủ cơ sở</title>');
writeFileSync(path.join(rendererDir, 'assets', 'ung-dung.js'), 'console.log(1)');
writeFileSync(path.join(root, 'bi-mat.txt'), 'khóa bí mật');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const handler = createAppHandler(rendererDir);
const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('the app:// scheme', () => {
  it('serves the built renderer with its media types', async () => {
    const page = await get(APP_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('Dân chủ cơ sở');
    const script = await get('app://qcdc/assets/ung-dung.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses every path that leaves the renderer folder, another host, folders and broken escapes', async () => {
    for (const url of [
      'app://qcdc/../bi-mat.txt',
      'app://qcdc/%2e%2e/bi-mat.txt',
      'app://qcdc/..%2fbi-mat.txt',
      'app://qcdc/assets/..%2f..%2fbi-mat.txt',
      'app://qcdc/%2e%2e%5cbi-mat.txt',
      'app://qcdc/..%5c..%5cbi-mat.txt',
      `app://qcdc/${encodeURIComponent(path.join(root, 'bi-mat.txt'))}`,
      'app://qcdc/index.html%00.js',
      'app://qcdc/%E0%A4%A',
      'app://khac/index.html',
      'app://qcdc/assets',
      'app://qcdc/',
      'app://qcdc/khong-co.html',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('khóa bí mật');
    }
    expect((await get(APP_URL, 'POST')).status).toBe(405);
  });

  it('resolves only inside the folder', () => {
    expect(resolveAppPath(rendererDir, APP_URL)).toBe(path.join(rendererDir, 'index.html'));
    // The URL parser folds dot segments, so this one lands inside the folder (and names nothing).
    expect(resolveAppPath(rendererDir, 'app://qcdc/%2e%2e/%2e%2e/etc/passwd')).toBe(
      path.join(rendererDir, 'etc', 'passwd'),
    );
    expect(resolveAppPath(rendererDir, 'app://qcdc/..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveAppPath(rendererDir, 'file:///etc/passwd')).toBeNull();
  });
});
