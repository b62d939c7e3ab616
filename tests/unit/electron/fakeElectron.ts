// A stand-in for the `electron` module: the Electron binary is not available to tests
// (architecture.md §9), so each test file mocks `electron` with this object.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Handler = (...args: never[]) => unknown;

/** A webContents that records its handlers so tests can fire them. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  readonly session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
  readonly print = vi.fn();
  readonly printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.7 giả lập'));

  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
}

/** A BrowserWindow that keeps its constructor options and every instance created. */
export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly isMinimized = vi.fn(() => false);
  readonly loadFile = vi.fn(async (_file: string) => undefined);
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  destroyed = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/** An event of `will-navigate` and friends. */
export function navigationEvent(url: string): { url: string; preventDefault: ReturnType<typeof vi.fn> } {
  return { url, preventDefault: vi.fn() };
}

const app = Object.assign(new EventEmitter(), {
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
  enableSandbox: vi.fn(),
  whenReady: vi.fn(async () => undefined),
  getPath: vi.fn((name: string) => `/fake/${name}`),
  isPackaged: false,
});

/** The fake module itself, used as the `vi.mock('electron')` factory result. */
export const electron = {
  app,
  BrowserWindow: FakeBrowserWindow,
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), on: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
  contextBridge: { exposeInMainWorld: vi.fn() },
  shell: { openExternal: vi.fn(async (_url: string) => undefined), openPath: vi.fn(async (_path: string) => '') },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn(), showErrorBox: vi.fn(), showMessageBoxSync: vi.fn() },
  session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
  safeStorage: {
    isEncryptionAvailable: vi.fn(() => true),
    encryptString: vi.fn((text: string) => Buffer.from(`sealed:${text}`)),
    decryptString: vi.fn((data: Buffer) => data.toString().replace(/^sealed:/, '')),
  },
};

/** Clears recorded calls, listeners and windows between tests; restores the default behaviour. */
export function resetElectron(): void {
  vi.clearAllMocks();
  FakeBrowserWindow.instances = [];
  app.removeAllListeners();
  app.requestSingleInstanceLock.mockImplementation(() => true);
  electron.shell.openPath.mockImplementation(async () => '');
  electron.safeStorage.isEncryptionAvailable.mockImplementation(() => true);
}

/** The handler registered with `ipcMain.handle` for a channel. */
export function ipcHandler(channel: string): Handler {
  const call = electron.ipcMain.handle.mock.calls.find(([name]) => name === channel);
  if (!call) throw new Error(`no handler on ${channel}`);
  return call[1] as Handler;
}
