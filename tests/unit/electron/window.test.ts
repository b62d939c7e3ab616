import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appUrlOf, buildWebPreferences, createMainWindow, isAppUrl, WINDOW_TITLE } from '../../../electron/main/window';
import { electron, FakeBrowserWindow, navigationEvent, resetElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

const indexHtml = '/opt/Dân chủ cơ sở/resources/app.asar/out/renderer/index.html';
const preload = '/opt/Dân chủ cơ sở/resources/app.asar/out/main/preload.cjs';

function openWindow(): FakeBrowserWindow {
  createMainWindow({ indexHtml, preload });
  const win = FakeBrowserWindow.instances[0];
  if (!win) throw new Error('no window created');
  return win;
}

beforeEach(resetElectron);

describe('buildWebPreferences', () => {
  it('isolates and sandboxes the renderer with the given preload', () => {
    const prefs = buildWebPreferences(preload);
    expect(prefs).toMatchObject({
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });
});

describe('createMainWindow', () => {
  it('creates a hidden, titled window with the hardened preferences and loads the local page', () => {
    const win = openWindow();
    expect(win.options).toMatchObject({ title: WINDOW_TITLE, show: false });
    expect(WINDOW_TITLE).toBe('Dân chủ cơ sở');
    expect(win.options.webPreferences).toEqual(buildWebPreferences(preload));
    expect(win.loadFile).toHaveBeenCalledWith(indexHtml);
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('denies every window.open and sends only https links to the system browser', () => {
    const handler = openWindow().webContents.windowOpenHandler;
    expect(handler).not.toBeNull();
    for (const url of [
      'https://thuvienphapluat.vn/',
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ]) {
      expect(handler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://thuvienphapluat.vn/');
  });

  it('cancels navigation away from the app page', () => {
    const contents = openWindow().webContents;
    const foreign = [
      'https://evil.example/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      appUrlOf('/opt/Dân chủ cơ sở/resources/app.asar/out/renderer/other.html'),
      'data:text/html,<script>1</script>',
    ];
    for (const url of foreign) {
      const event = navigationEvent(url);
      contents.emit('will-navigate', event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
  });

  it('lets the app page navigate to itself (routes in the hash)', () => {
    const contents = openWindow().webContents;
    const event = navigationEvent(`${appUrlOf(indexHtml)}#/hoa-giai`);
    contents.emit('will-navigate', event);
    contents.emit('will-frame-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses webviews and every permission request', () => {
    const win = openWindow();
    const attach = { preventDefault: vi.fn() };
    win.webContents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();

    const requestHandler = win.webContents.session.setPermissionRequestHandler.mock.calls[0]?.[0] as
      ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    const callback = vi.fn();
    requestHandler?.(win.webContents, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    const checkHandler = win.webContents.session.setPermissionCheckHandler.mock.calls[0]?.[0] as
      (() => boolean) | undefined;
    expect(checkHandler?.()).toBe(false);
  });
});

describe('isAppUrl', () => {
  const appUrl = appUrlOf(indexHtml);

  it('accepts the page however Chromium encodes it, with a query or hash', () => {
    const chromiumStyle =
      'file:///opt/D%C3%A2n%20ch%E1%BB%A7%20c%C6%A1%20s%E1%BB%9F/resources/app.asar/out/renderer/index.html';
    expect(isAppUrl(chromiumStyle, appUrl, false)).toBe(true);
    expect(isAppUrl(`${appUrl}?x=1#/tiep-cong-dan`, appUrl, false)).toBe(true);
  });

  it('rejects other files, other schemes, remote hosts and broken URLs', () => {
    expect(isAppUrl(appUrl.replace('index.html', 'index.htm'), appUrl, false)).toBe(false);
    expect(isAppUrl(appUrl.replace('file:', 'https:'), appUrl, false)).toBe(false);
    expect(isAppUrl(appUrl.replace('file:///', 'file://server/'), appUrl, false)).toBe(false);
    expect(isAppUrl('not a url', appUrl, false)).toBe(false);
    expect(isAppUrl('file:///opt/%E0%A4%A/index.html', appUrl, false)).toBe(false);
  });

  it('ignores letter case only where the file system does (Windows)', () => {
    const upper = appUrl.replace('renderer', 'RENDERER');
    expect(isAppUrl(upper, appUrl, true)).toBe(true);
    expect(isAppUrl(upper, appUrl, false)).toBe(false);
  });
});
