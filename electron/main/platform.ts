import { app, dialog, shell } from 'electron';
import type { BrowserWindow, FileFilter } from 'electron';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError, ERROR_MESSAGES } from '../../shared/contract/errors';
import type { CallResult, Dispatch } from '../../shared/contract/result';
import { MAIN_MESSAGES as M } from './messages';

/** Largest file moved across IPC either way; bundles and spreadsheets stay far below it. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** Arguments of `saveFile`: the bytes (base64) and the name proposed in the dialog. */
export interface SaveFileArgs {
  suggestedName: string;
  base64: string;
  filters: FileFilter[];
}

/** Arguments of `openFiles`. */
export interface OpenFilesArgs {
  filters: FileFilter[];
  multiple: boolean;
}

/** One file the clerk picked, as bytes in base64. */
export interface OpenedFile {
  name: string;
  base64: string;
}

/** The desktop side of the platform interface (architecture.md §3); the browser has its own. */
export interface Platform {
  /** Asks where to save and writes the bytes; the chosen path, or null when cancelled. */
  saveFile(args: SaveFileArgs): Promise<string | null>;
  /** Asks for one or more files and reads them; empty when cancelled. */
  openFiles(args: OpenFilesArgs): Promise<OpenedFile[]>;
  /** Opens the system print dialog for the current page; false when the clerk cancelled. */
  printCurrent(): Promise<boolean>;
  /** Renders the current page to an A4 PDF and saves it; the path, or null when cancelled. */
  printToPdf(args: { suggestedName: string }): Promise<string | null>;
  /** Opens a folder of the data folder in the file manager (relative paths are under it). */
  openFolder(folder: string): Promise<void>;
  /** Asks for a folder (a USB stick for a backup); its path, or null when cancelled. */
  chooseFolder(args: { title: string }): Promise<string | null>;
  /** Asks for one file and gives its path, not its bytes (a backup can be large); null when cancelled. */
  chooseFile(args: { title: string; filters: FileFilter[] }): Promise<string | null>;
}

/** What the Electron platform needs: the data folder it may open and the window it acts on. */
export interface PlatformDeps {
  dataDir: string;
  window: () => BrowserWindow | null;
}

/** The Electron implementation of {@link Platform}. */
export function createElectronPlatform(deps: PlatformDeps): Platform {
  return {
    saveFile: (args) => saveFile(deps, args),
    openFiles: (args) => openFiles(deps, args),
    printCurrent: () => printCurrent(deps),
    printToPdf: (args) => printToPdf(deps, args),
    openFolder: (folder) => openFolder(deps, folder),
    chooseFolder: (args) => choosePath(deps, args.title, ['openDirectory', 'createDirectory'], []),
    chooseFile: (args) => choosePath(deps, args.title, ['openFile'], args.filters),
  };
}

/**
 * Exposes a {@link Platform} as a dispatcher: checks each op's arguments (they come from the
 * renderer) and returns result values like the contract dispatcher does.
 */
export function createPlatformDispatch(platform: Platform): Dispatch {
  return async (op, args) => {
    try {
      return ok(await runOp(platform, op, args));
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
      console.error('platform', op, error);
      return { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } };
    }
  };
}

/** Reduces a proposed file name to a bare, Windows-safe name: no folders, no reserved characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[<>:"|?*\u0000-\u001f]/g, '_').replace(/^[\s.]+|[\s.]+$/g, '');
  return cleaned.length > 0 ? cleaned.slice(0, 200) : M.defaultFileName;
}

/** True when `target` is `root` or inside it (after both are resolved). */
export function isInsideFolder(root: string, target: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(target));
  if (relative === '') return true;
  return !path.isAbsolute(relative) && relative.split(path.sep)[0] !== '..';
}

async function runOp(platform: Platform, op: string, args: unknown): Promise<unknown> {
  const input = args ?? {};
  switch (op) {
    case 'saveFile':
      return platform.saveFile(parseSaveFileArgs(input));
    case 'openFiles':
      return platform.openFiles(parseOpenFilesArgs(input));
    case 'printCurrent':
      expectObject(input, []);
      return platform.printCurrent();
    case 'printToPdf':
      expectObject(input, ['suggestedName']);
      return platform.printToPdf({ suggestedName: expectString(input, 'suggestedName') });
    case 'openFolder':
      expectObject(input, ['path']);
      return platform.openFolder(expectString(input, 'path'));
    case 'chooseFolder':
      expectObject(input, ['title']);
      return platform.chooseFolder({ title: expectString(input, 'title') });
    case 'chooseFile':
      expectObject(input, ['title', 'filters']);
      return platform.chooseFile({ title: expectString(input, 'title'), filters: parseFilters(input.filters) });
    default:
      throw new AppError('UNKNOWN_CALL', M.unknownOp);
  }
}

async function saveFile(deps: PlatformDeps, args: SaveFileArgs): Promise<string | null> {
  const bytes = Buffer.from(args.base64, 'base64');
  const target = await askSavePath(deps, {
    title: M.saveTitle,
    suggestedName: args.suggestedName,
    filters: args.filters,
  });
  if (target === null) return null;
  await fs.writeFile(target, bytes);
  return target;
}

async function openFiles(deps: PlatformDeps, args: OpenFilesArgs): Promise<OpenedFile[]> {
  const win = requireWindow(deps);
  const result = await dialog.showOpenDialog(win, {
    title: M.openTitle,
    buttonLabel: M.openButton,
    filters: args.filters,
    properties: args.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  });
  if (result.canceled) return [];
  const files: OpenedFile[] = [];
  for (const filePath of result.filePaths) files.push(await readPickedFile(filePath));
  return files;
}

async function readPickedFile(filePath: string): Promise<OpenedFile> {
  const name = path.basename(filePath);
  const stat = await fs.stat(filePath);
  // Checked before reading: a huge file would otherwise be held in memory twice (bytes + base64).
  if (stat.size > MAX_FILE_BYTES) {
    throw new AppError('RULE_VIOLATION', M.fileTooLarge(name, MAX_FILE_BYTES / 1024 / 1024));
  }
  return { name, base64: (await fs.readFile(filePath)).toString('base64') };
}

async function choosePath(
  deps: PlatformDeps,
  title: string,
  properties: ('openDirectory' | 'createDirectory' | 'openFile')[],
  filters: FileFilter[],
): Promise<string | null> {
  const result = await dialog.showOpenDialog(requireWindow(deps), {
    title,
    buttonLabel: M.chooseButton,
    filters,
    properties,
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function printCurrent(deps: PlatformDeps): Promise<boolean> {
  const contents = requireWindow(deps).webContents;
  return new Promise((resolve, reject) => {
    contents.print({ silent: false, printBackground: true, pageSize: 'A4' }, (success, reason) => {
      if (success) resolve(true);
      else if (/cancel/i.test(reason)) resolve(false);
      else reject(new AppError('RULE_VIOLATION', M.printFailed(reason)));
    });
  });
}

async function printToPdf(deps: PlatformDeps, args: { suggestedName: string }): Promise<string | null> {
  const win = requireWindow(deps);
  const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
  const target = await askSavePath(deps, {
    title: M.savePdfTitle,
    suggestedName: withPdfExtension(args.suggestedName),
    filters: [{ name: M.pdfFilter, extensions: ['pdf'] }],
  });
  if (target === null) return null;
  await fs.writeFile(target, pdf);
  return target;
}

async function openFolder(deps: PlatformDeps, folder: string): Promise<void> {
  const root = await fs.realpath(deps.dataDir);
  const target = await realFolder(path.resolve(root, folder));
  // Resolved through symlinks first, so a link inside the data folder cannot point outside it.
  if (!isInsideFolder(root, target)) throw new AppError('SECURITY', M.folderOutsideData);
  const failure = await shell.openPath(target);
  if (failure !== '') throw new AppError('RULE_VIOLATION', M.folderOpenFailed(failure));
}

async function realFolder(candidate: string): Promise<string> {
  try {
    const real = await fs.realpath(candidate);
    // Only folders: shell.openPath on a file would run it with its associated program.
    if ((await fs.stat(real)).isDirectory()) return real;
  } catch {
    // Falls through to the same message as a file: there is no folder to open.
  }
  throw new AppError('NOT_FOUND', M.folderMissing);
}

async function askSavePath(
  deps: PlatformDeps,
  options: { title: string; suggestedName: string; filters: FileFilter[] },
): Promise<string | null> {
  const win = requireWindow(deps);
  const result = await dialog.showSaveDialog(win, {
    title: options.title,
    buttonLabel: M.saveButton,
    defaultPath: path.join(app.getPath('documents'), safeFileName(options.suggestedName)),
    filters: options.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return result.canceled || result.filePath === '' ? null : result.filePath;
}

function requireWindow(deps: PlatformDeps): BrowserWindow {
  const win = deps.window();
  if (!win || win.isDestroyed()) throw new AppError('RULE_VIOLATION', M.noWindow);
  return win;
}

function withPdfExtension(name: string): string {
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}

function ok(value: unknown): CallResult {
  return { ok: true, value };
}

function parseSaveFileArgs(input: unknown): SaveFileArgs {
  expectObject(input, ['suggestedName', 'base64', 'filters']);
  const base64 = input.base64;
  if (typeof base64 !== 'string') invalid();
  // Strict alphabet, so a mistaken text argument is refused rather than silently decoded to junk.
  if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) invalid();
  if ((base64.length / 4) * 3 > MAX_FILE_BYTES + 3) invalid();
  return {
    suggestedName: expectString(input, 'suggestedName'),
    base64,
    filters: parseFilters(input.filters),
  };
}

function parseOpenFilesArgs(input: unknown): OpenFilesArgs {
  expectObject(input, ['filters', 'multiple']);
  const multiple = input.multiple ?? false;
  if (typeof multiple !== 'boolean') invalid();
  return { filters: parseFilters(input.filters), multiple };
}

function parseFilters(value: unknown): FileFilter[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > 20) invalid();
  return value.map((filter: unknown) => {
    expectObject(filter, ['name', 'extensions']);
    const name = expectString(filter, 'name');
    const extensions = filter.extensions;
    if (!Array.isArray(extensions) || extensions.length === 0 || extensions.length > 20) invalid();
    if (!extensions.every((ext) => typeof ext === 'string' && /^(\*|[A-Za-z0-9]{1,10})$/.test(ext))) invalid();
    return { name, extensions: extensions as string[] };
  });
}

function expectObject(value: unknown, allowed: string[]): asserts value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) invalid();
  if (Object.keys(value).some((key) => !allowed.includes(key))) invalid();
}

function expectString(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  if (typeof value !== 'string' || value.length === 0 || value.length > 1000) invalid();
  return value;
}

function invalid(): never {
  throw new AppError('INVALID_INPUT', M.invalidArgs);
}
