import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_URL } from '../../../electron/main/protocol';
import {
  buildWebPreferences,
  createMainWindow,
  isAllowedExternalUrl,
  isAppUrl,
  WINDOW_TITLE,
} from '../../../electron/main/window';
import { electron, FakeBrowserWindow, navigationEvent, resetElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

const preload = '/opt/Dân chủ cơ sở/resources/app.asar/out/main/preload.cjs';

function openWindow(): FakeBrowserWindow {
  createMainWindow({ preload });
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
    expect(win.loadURL).toHaveBeenCalledWith('app://qcdc/index.html');
    expect(win.loadFile).not.toHaveBeenCalled();
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it('denies every window.open and sends only allowlisted https links to the system browser', () => {
    const handler = openWindow().webContents.windowOpenHandler;
    expect(handler).not.toBeNull();
    for (const url of [
      'https://thuvienphapluat.vn/',
      'https://evil.example/',
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
      'file:///opt/Dân chủ cơ sở/resources/app.asar/out/renderer/index.html',
      'app://qcdc/other.html',
      'app://khac/index.html',
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
    const event = navigationEvent(`${APP_URL}#/hoa-giai`);
    contents.emit('will-navigate', event);
    contents.emit('will-frame-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('asks before a page with unsaved changes unloads, and leaves only when the clerk says so', () => {
    const win = openWindow();
    const ask = electron.dialog.showMessageBoxSync as unknown as ReturnType<typeof vi.fn>;
    ask.mockReturnValueOnce(1);
    const stay = { preventDefault: vi.fn() };
    win.webContents.emit('will-prevent-unload', stay);
    expect(ask).toHaveBeenCalledTimes(1);
    const options = ask.mock.calls[0]?.[1] as { message: string; buttons: string[]; cancelId: number };
    expect(options.message).toBe('Biểu mẫu đang mở có thay đổi chưa lưu.');
    expect(options.buttons).toEqual(['Vẫn đóng', 'Ở lại để lưu']);
    expect(options.cancelId).toBe(1);
    expect(stay.preventDefault).not.toHaveBeenCalled();

    ask.mockReturnValueOnce(0);
    const leave = { preventDefault: vi.fn() };
    win.webContents.emit('will-prevent-unload', leave);
    expect(leave.preventDefault).toHaveBeenCalledTimes(1);
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
  it('accepts the app page with a query or hash', () => {
    expect(isAppUrl(APP_URL)).toBe(true);
    expect(isAppUrl(`${APP_URL}?x=1#/tiep-cong-dan`)).toBe(true);
  });

  it('rejects other pages, other schemes and hosts, local files and broken URLs', () => {
    for (const url of [
      'app://qcdc/index.htm',
      'app://qcdc/assets/x.js',
      'app://khac/index.html',
      'https://qcdc/index.html',
      'file:///opt/qcdc/out/renderer/index.html',
      'not a url',
      'app://qcdc/%E0%A4%A',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('isAllowedExternalUrl', () => {
  it('admits https links to the official sources of legal texts and their subdomains only', () => {
    for (const url of [
      'https://vbpl.vn/tw/Pages/home.aspx',
      'https://vanban.chinhphu.vn/',
      'https://THUVIENPHAPLUAT.vn/x',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(true);
    }
    for (const url of [
      'http://vbpl.vn/',
      'https://vbpl.vn.evil.example/',
      'https://evilvbpl.vn/',
      'https://user:pass@vbpl.vn/',
      'https://vbpl.vn:8443/',
      'https://example.com/',
      'javascript:alert(1)',
      'mailto:a@b.vn',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});
