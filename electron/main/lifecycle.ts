import { app, dialog, Menu, session } from 'electron';
import type { BrowserWindow, MenuItemConstructorOptions, WebContents } from 'electron';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openApp, type AppInstance } from '../core/app';
import { registerIpc } from './ipc';
import { MAIN_MESSAGES as M } from './messages';
import { createElectronPlatform, createPlatformDispatch } from './platform';
import { createSafeStorageProtector } from './safeStorage';
import { APP_URL, registerAppScheme, serveAppScheme } from './protocol';
import { createMainWindow, denyAllPermissions } from './window';

/** Where the built files sit relative to the bundled main script. */
export interface RuntimePaths {
  /** The built renderer, served on app:// (out/renderer). */
  rendererDir: string;
  preload: string;
}

/** The data folder: `QCDC_DATA` when set (support, tests), else `<userData>/data` (cli.md: same layout). */
export function resolveDataDir(env: NodeJS.ProcessEnv, userData: string): string {
  const override = env.QCDC_DATA?.trim();
  return override ? path.resolve(override) : path.join(userData, 'data');
}

/** Paths of the renderer folder and the preload, next to `out/main/main.cjs` (asar-safe). */
export function runtimePaths(bundleDir: string): RuntimePaths {
  return {
    rendererDir: path.join(bundleDir, '..', 'renderer'),
    preload: path.join(bundleDir, 'preload.cjs'),
  };
}

/** The application menu: only what a clerk needs, in Vietnamese; developer items in development. */
export function buildMenuTemplate(options: { devTools: boolean }): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: M.menuZoomIn },
    { role: 'zoomOut', label: M.menuZoomOut },
    { role: 'resetZoom', label: M.menuZoomReset },
    { type: 'separator' },
    { role: 'togglefullscreen', label: M.menuFullScreen },
  ];
  if (options.devTools) {
    view.push(
      { type: 'separator' },
      { role: 'reload', label: M.menuReload },
      { role: 'toggleDevTools', label: M.menuDevTools },
    );
  }
  return [
    { label: M.menuFile, submenu: [{ role: 'quit', label: M.menuQuit }] },
    {
      label: M.menuEdit,
      submenu: [
        { role: 'undo', label: M.menuUndo },
        { role: 'redo', label: M.menuRedo },
        { type: 'separator' },
        { role: 'cut', label: M.menuCut },
        { role: 'copy', label: M.menuCopy },
        { role: 'paste', label: M.menuPaste },
        { role: 'selectAll', label: M.menuSelectAll },
      ],
    },
    { label: M.menuView, submenu: view },
  ];
}

/**
 * Starts the desktop app: one instance per user, the installation opened once, IPC registered
 * before the window exists (no early call can slip past the sender check), closed on quit.
 */
export async function startMain(bundleDir: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    // Two processes on one SQLite file and one key store is what the lock is for.
    app.quit();
    return;
  }
  app.enableSandbox();
  registerAppScheme();
  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => focusWindow(mainWindow));
  await app.whenReady();

  denyAllPermissions(session.defaultSession);
  const devTools = !app.isPackaged;
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ devTools })));

  const dataDir = resolveDataDir(env, app.getPath('userData'));
  const instance = openInstance(dataDir);
  if (!instance) return;

  const paths = runtimePaths(bundleDir);
  serveAppScheme(paths.rendererDir);
  const platform = createElectronPlatform({ dataDir: instance.dataDir, window: () => mainWindow });
  const unregister = registerIpc({
    dispatch: instance.dispatch,
    platform: createPlatformDispatch(platform),
    appUrl: APP_URL,
    mainContents: () => liveContents(mainWindow),
  });

  app.on('window-all-closed', () => app.quit());
  app.once('will-quit', () => {
    unregister();
    instance.close();
  });

  mainWindow = createMainWindow({ preload: paths.preload, devTools });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function openInstance(dataDir: string): AppInstance | null {
  try {
    mkdirSync(dataDir, { recursive: true });
    return openApp({ dataDir, keyProtector: createSafeStorageProtector(), autoBackup: true });
  } catch (error) {
    console.error('openApp', error);
    dialog.showErrorBox(M.startupFailedTitle, M.startupFailed(dataDir));
    app.quit();
    return null;
  }
}

function liveContents(win: BrowserWindow | null): WebContents | null {
  // A destroyed window throws on any property access, webContents included.
  return win && !win.isDestroyed() ? win.webContents : null;
}

function focusWindow(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}
