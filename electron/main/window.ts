import { BrowserWindow, dialog, shell } from 'electron';
import type { Event, Session, WebContents, WebPreferences } from 'electron';
import { MAIN_MESSAGES as M } from './messages';
import { APP_SCHEME, APP_URL } from './protocol';

/** The window title a clerk sees in the taskbar. */
export const WINDOW_TITLE = 'Dân chủ cơ sở';

/** What the main window needs: the bundled preload. The page itself comes from {@link APP_URL}. */
export interface MainWindowDeps {
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

/**
 * True when `candidate` is the app's own page (any query or hash): the app:// scheme, its one host
 * and the index page. Another page of the scheme, even one that exists, is not the app.
 */
export function isAppUrl(candidate: string, appUrl: string = APP_URL): boolean {
  const a = parseUrl(candidate);
  const b = parseUrl(appUrl);
  if (!a || !b || a.protocol !== `${APP_SCHEME}:` || a.protocol !== b.protocol) return false;
  return a.host === b.host && a.pathname === b.pathname;
}

/**
 * The sites a link may open in the system browser: the official sources of the legal texts the app
 * cites (and their subdomains), over https only. Anything else stays closed: a page that somehow
 * got into the renderer must not be able to send the clerk anywhere it likes.
 */
export const EXTERNAL_LINK_HOSTS = [
  'vbpl.vn',
  'chinhphu.vn',
  'moj.gov.vn',
  'quochoi.vn',
  'thanhtra.gov.vn',
  'thuvienphapluat.vn',
] as const;

/** True when `url` may be opened outside the app: https, no credentials or port, an allowed host. */
export function isAllowedExternalUrl(url: string): boolean {
  const u = parseUrl(url);
  if (!u || u.protocol !== 'https:' || u.username || u.password || u.port) return false;
  const host = u.hostname.toLowerCase();
  return EXTERNAL_LINK_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/** Opens a link in the system browser when the allowlist admits it; nothing else leaves the app. */
export function openExternalIfAllowed(url: string): boolean {
  if (!isAllowedExternalUrl(url)) {
    if (parseUrl(url)?.protocol === 'https:') console.warn('openExternal refused', url);
    return false;
  }
  void shell.openExternal(url).catch((error: unknown) => console.error('openExternal', error));
  return true;
}

/** The window-open policy: never a new Electron window; allowed links go to the system browser. */
export function denyWindowOpen(details: { url: string }): { action: 'deny' } {
  openExternalIfAllowed(details.url);
  return { action: 'deny' };
}

/** Refuses every permission (camera, notifications, geolocation…): the app needs none. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Keeps a webContents on the app's own page: other navigations are cancelled (allowed links open outside). */
export function guardNavigation(contents: WebContents, appUrl: string): void {
  const guard = (event: Event<{ url: string }>): void => {
    if (isAppUrl(event.url, appUrl)) return;
    event.preventDefault();
    openExternalIfAllowed(event.url);
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(denyWindowOpen);
}

/**
 * The page refused to unload because a form holds unsaved changes (its beforeunload handler):
 * Electron would otherwise just keep the window open without a word, so the clerk is asked here;
 * leaving ignores the refusal (issue 15). The form's draft has been written by then.
 */
export function askBeforeUnload(win: BrowserWindow, event: { preventDefault(): void }): void {
  const choice = dialog.showMessageBoxSync(win, {
    type: 'warning',
    title: M.unsavedTitle,
    message: M.unsavedMessage,
    detail: M.unsavedDetail,
    buttons: [M.unsavedLeave, M.unsavedStay],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  if (choice === 0) event.preventDefault();
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
  guardNavigation(win.webContents, APP_URL);
  denyAllPermissions(win.webContents.session);
  // The renderer's <title> would otherwise replace the product name in the taskbar.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  win.webContents.on('will-prevent-unload', (event) => askBeforeUnload(win, event));
  win.webContents.on('render-process-gone', (_event, details) => console.error('renderer gone', details.reason));
  void win.loadURL(APP_URL).catch((error: unknown) => console.error('loadURL', error));
  return win;
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
