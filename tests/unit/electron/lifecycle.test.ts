import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { openApp } from '../../../electron/core/app';
import { buildMenuTemplate, resolveDataDir, runtimePaths, startMain } from '../../../electron/main/lifecycle';
import { APP_URL } from '../../../electron/main/protocol';
import { electron, FakeBrowserWindow, ipcHandler, resetElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);
// The real core opens SQLite; here only the wiring around it is under test.
vi.mock('../../../electron/core/app', () => ({ openApp: vi.fn() }));

const bundleDir = '/opt/qcdc/resources/app.asar/out/main';
const openAppMock = vi.mocked(openApp);
let dataDir: string;
let instance: { dispatch: ReturnType<typeof vi.fn>; close: ReturnType<typeof vi.fn>; dataDir: string };

beforeEach(() => {
  resetElectron();
  dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'qcdc-main-')), 'du lieu');
  instance = {
    dispatch: vi.fn(async () => ({ ok: true, value: 'đã gọi' })),
    close: vi.fn(),
    dataDir,
  };
  openAppMock.mockReset();
  openAppMock.mockImplementation(() => instance as unknown as ReturnType<typeof openApp>);
});

afterEach(() => rmSync(path.dirname(dataDir), { recursive: true, force: true }));

describe('paths', () => {
  it('puts data in <userData>/data unless QCDC_DATA names another folder', () => {
    expect(resolveDataDir({}, '/home/a/.config/qcdc')).toBe(path.join('/home/a/.config/qcdc', 'data'));
    expect(resolveDataDir({ QCDC_DATA: '  ' }, '/u')).toBe(path.join('/u', 'data'));
    expect(resolveDataDir({ QCDC_DATA: 'rel/dir' }, '/u')).toBe(path.resolve('rel/dir'));
  });

  it('finds the renderer page and the preload next to the bundle', () => {
    expect(runtimePaths(bundleDir)).toEqual({
      rendererDir: '/opt/qcdc/resources/app.asar/out/renderer',
      preload: '/opt/qcdc/resources/app.asar/out/main/preload.cjs',
    });
  });
});

describe('buildMenuTemplate', () => {
  const labels = (items: MenuItemConstructorOptions[]): unknown[] =>
    items.flatMap((item) => [item.label, ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])]);

  it('has Vietnamese menus and no developer items for clerks', () => {
    const template = buildMenuTemplate({ devTools: false });
    expect(template.map((item) => item.label)).toEqual(['Tệp', 'Chỉnh sửa', 'Xem']);
    expect(labels(template)).toContain('Thoát');
    expect(labels(template)).not.toContain('Công cụ phát triển');
    expect(labels(buildMenuTemplate({ devTools: true }))).toContain('Công cụ phát triển');
  });
});

describe('startMain', () => {
  it('quits at once when another instance holds the lock', async () => {
    electron.app.requestSingleInstanceLock.mockImplementation(() => false);
    await startMain(bundleDir, { QCDC_DATA: dataDir });
    expect(electron.app.quit).toHaveBeenCalled();
    expect(openAppMock).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('opens the installation with the safeStorage protector, wires IPC, then shows the window', async () => {
    await startMain(bundleDir, { QCDC_DATA: dataDir });
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(existsSync(dataDir)).toBe(true);
    expect(openAppMock).toHaveBeenCalledTimes(1);
    const options = openAppMock.mock.calls[0]?.[0];
    expect(options?.dataDir).toBe(dataDir);
    expect(options?.keyProtector.kind).toBe('safe-storage');
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();

    const win = FakeBrowserWindow.instances[0];
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    // The page comes from the app:// scheme, registered privileged before ready and served from out/renderer.
    expect(win?.loadURL).toHaveBeenCalledWith(APP_URL);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));

    // The window's own page reaches the installation's dispatcher; a stranger does not.
    const appUrl = APP_URL;
    const handler = ipcHandler('qcdc:invoke');
    const fromApp = { sender: win?.webContents, senderFrame: { url: appUrl, parent: null } };
    await expect(handler(...([fromApp, { call: 'x.y', input: {} }] as never[]))).resolves.toEqual({
      ok: true,
      value: 'đã gọi',
    });
    const stranger = { sender: {}, senderFrame: { url: appUrl, parent: null } };
    const refused = (await handler(...([stranger, { call: 'x.y', input: {} }] as never[]))) as {
      error?: { code: string };
    };
    expect(refused.error?.code).toBe('UNAUTHORISED');
    expect(instance.dispatch).toHaveBeenCalledTimes(1);
  });

  it('closes the installation and removes the IPC handlers once on quit', async () => {
    await startMain(bundleDir, { QCDC_DATA: dataDir });
    expect(instance.close).not.toHaveBeenCalled();
    electron.app.emit('will-quit');
    electron.app.emit('will-quit');
    expect(instance.close).toHaveBeenCalledTimes(1);
    expect(electron.ipcMain.removeHandler).toHaveBeenCalledWith('qcdc:invoke');
  });

  it('quits when the last window closes and focuses the window for a second launch', async () => {
    await startMain(bundleDir, { QCDC_DATA: dataDir });
    const win = FakeBrowserWindow.instances[0];
    win?.isMinimized.mockReturnValueOnce(true);
    electron.app.emit('second-instance');
    expect(win?.restore).toHaveBeenCalled();
    expect(win?.focus).toHaveBeenCalled();
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalled();
  });

  it('shows a Vietnamese error and quits when the installation cannot be opened', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    openAppMock.mockImplementation(() => {
      throw new Error('database is newer than the app');
    });
    await startMain(bundleDir, { QCDC_DATA: dataDir });
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Không khởi động được phần mềm',
      expect.stringContaining(dataDir),
    );
    expect(electron.app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });
});
