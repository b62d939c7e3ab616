import { BrowserWindow, shell } from 'electron';
import type { Event, Session, WebContents, WebPreferences } from 'electron';
import { pathToFileURL } from 'node:url';

/** The window title a clerk sees in the taskbar. */
export const WINDOW_TITLE = 'Dân chủ cơ sở';

/** What the main window needs: where the built renderer and the bundled preload live. */
export interface MainWindowDeps {
  /** Absolute path of `out/renderer/index.html`. */
  indexHtml: string;
  /** Absolute path of `out/main/preload.cjs`. */
  preload: string;
  /** Developer tools are for development builds only. */
  devTools?: boolean;
}

/** The hardened webPreferences of the main window (architecture.md §7). */
export function buildWebPreferences(preload: string, devTools = false): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    // The spell-checker downloads dictionaries from the internet; the app runs offline.
    spellcheck: false,
    devTools,
  };
}

/** The file:// URL the app's own page is loaded from. */
export function appUrlOf(indexHtml: string): string {
  return pathToFileURL(indexHtml).href;
}

/**
 * True when `candidate` is the app's own page (any query or hash). Paths are compared decoded
 * because Chromium and Node percent-encode file URLs differently (e.g. a Vietnamese user name),
 * and case-insensitively on Windows where the file system is.
 */
export function isAppUrl(candidate: string, appUrl: string, caseInsensitive = process.platform === 'win32'): boolean {
  const a = parseUrl(candidate);
  const b = parseUrl(appUrl);
  if (!a || !b || a.protocol !== 'file:' || b.protocol !== 'file:' || a.host !== b.host) return false;
  const pa = decodePath(a.pathname);
  const pb = decodePath(b.pathname);
  if (pa === null || pb === null) return false;
  return caseInsensitive ? pa.toLowerCase() === pb.toLowerCase() : pa === pb;
}

/** Opens a link in the system browser, but only a https one: nothing else leaves the app. */
export function openExternalIfHttps(url: string): boolean {
  if (parseUrl(url)?.protocol !== 'https:') return false;
  void shell.openExternal(url).catch((error: unknown) => console.error('openExternal', error));
  return true;
}

/** The window-open policy: never a new Electron window; https links go to the system browser. */
export function denyWindowOpen(details: { url: string }): { action: 'deny' } {
  openExternalIfHttps(details.url);
  return { action: 'deny' };
}

/** Refuses every permission (camera, notifications, geolocation…): the app needs none. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Keeps a webContents on the app's own page: other navigations are cancelled (https opens outside). */
export function guardNavigation(contents: WebContents, appUrl: string): void {
  const guard = (event: Event<{ url: string }>): void => {
    if (isAppUrl(event.url, appUrl)) return;
    event.preventDefault();
    openExternalIfHttps(event.url);
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(denyWindowOpen);
}

/** Creates the main window on the built renderer, hardened, shown once painted. */
export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: buildWebPreferences(deps.preload, deps.devTools ?? false),
  });
  const appUrl = appUrlOf(deps.indexHtml);
  guardNavigation(win.webContents, appUrl);
  denyAllPermissions(win.webContents.session);
  // The renderer's <title> would otherwise replace the product name in the taskbar.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  win.webContents.on('render-process-gone', (_event, details) => console.error('renderer gone', details.reason));
  void win.loadFile(deps.indexHtml).catch((error: unknown) => console.error('loadFile', error));
  return win;
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}
