import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import type { CallResult, Dispatch } from '../../../shared/contract/result';
import {
  createElectronPlatform,
  createPlatformDispatch,
  isInsideFolder,
  safeFileName,
} from '../../../electron/main/platform';
import { electron, FakeBrowserWindow, resetElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

let root: string;
let dataDir: string;
let outside: string;
let win: FakeBrowserWindow;
let run: Dispatch;

beforeEach(() => {
  resetElectron();
  root = realpathSync(mkdtempSync(path.join(tmpdir(), 'qcdc-platform-')));
  dataDir = path.join(root, 'data');
  outside = path.join(root, 'outside');
  mkdirSync(path.join(dataDir, 'backups'), { recursive: true });
  mkdirSync(outside);
  electron.app.getPath.mockImplementation(() => path.join(root, 'Documents'));
  win = new FakeBrowserWindow({});
  run = createPlatformDispatch(createElectronPlatform({ dataDir, window: () => win as unknown as BrowserWindow }));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

function errorCode(result: CallResult): string | undefined {
  return result.ok ? undefined : result.error.code;
}

describe('saveFile', () => {
  it('writes the bytes where the clerk chose, proposing a bare name in Documents', async () => {
    const target = path.join(root, 'so-hoa-giai.xlsx');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const result = await run('saveFile', {
      suggestedName: '../../Sổ hòa giải?.xlsx',
      base64: Buffer.from('nội dung').toString('base64'),
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    });
    expect(result).toEqual({ ok: true, value: target });
    expect(readFileSync(target, 'utf8')).toBe('nội dung');
    const [parent, options] = electron.dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(parent).toBe(win);
    expect(options).toMatchObject({
      title: 'Lưu tệp',
      buttonLabel: 'Lưu',
      defaultPath: path.join(root, 'Documents', 'Sổ hòa giải_.xlsx'),
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    });
  });

  it('returns null and writes nothing when cancelled', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    const result = await run('saveFile', { suggestedName: 'a.txt', base64: 'YQ==' });
    expect(result).toEqual({ ok: true, value: null });
  });

  it.each([
    ['text that is not base64', { suggestedName: 'a.txt', base64: 'xin chào' }],
    ['a missing name', { base64: 'YQ==' }],
    ['an unknown key', { suggestedName: 'a.txt', base64: 'YQ==', path: '/etc/passwd' }],
    ['a bad filter', { suggestedName: 'a.txt', base64: 'YQ==', filters: [{ name: 'x', extensions: ['../exe'] }] }],
  ])('refuses %s before any dialog opens', async (_label, args) => {
    expect(errorCode(await run('saveFile', args))).toBe('INVALID_INPUT');
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('openFiles', () => {
  it('reads every picked file as { name, base64 }, allowing several when asked', async () => {
    const a = path.join(outside, 'goi-du-lieu.qcdc');
    const b = path.join(outside, 'the-khoa.json');
    writeFileSync(a, Buffer.from([0, 1, 2, 255]));
    writeFileSync(b, '{"schema":"qcdc.card/1"}');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [a, b] });
    const result = await run('openFiles', { multiple: true, filters: [{ name: 'Gói', extensions: ['qcdc'] }] });
    expect(result).toEqual({
      ok: true,
      value: [
        { name: 'goi-du-lieu.qcdc', base64: Buffer.from([0, 1, 2, 255]).toString('base64') },
        { name: 'the-khoa.json', base64: Buffer.from('{"schema":"qcdc.card/1"}').toString('base64') },
      ],
    });
    expect(electron.dialog.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({
      title: 'Chọn tệp',
      buttonLabel: 'Mở',
      properties: ['openFile', 'multiSelections'],
    });
  });

  it('asks for one file by default and returns [] when cancelled', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await run('openFiles', {})).toEqual({ ok: true, value: [] });
    expect(electron.dialog.showOpenDialog.mock.calls[0]?.[1]).toMatchObject({ properties: ['openFile'] });
  });
});

describe('printing', () => {
  it('prints the current page and reports a cancelled dialog as false', async () => {
    win.webContents.print.mockImplementationOnce((_o: unknown, done: (ok: boolean, reason: string) => void) =>
      done(true, ''),
    );
    expect(await run('printCurrent', undefined)).toEqual({ ok: true, value: true });
    win.webContents.print.mockImplementationOnce((_o: unknown, done: (ok: boolean, reason: string) => void) =>
      done(false, 'Print job canceled'),
    );
    expect(await run('printCurrent', {})).toEqual({ ok: true, value: false });
    win.webContents.print.mockImplementationOnce((_o: unknown, done: (ok: boolean, reason: string) => void) =>
      done(false, 'Print job failed'),
    );
    const failed = await run('printCurrent', {});
    expect(failed.ok).toBe(false);
    expect(!failed.ok && failed.error.message).toMatch(/Không in được/);
  });

  it('renders an A4 PDF with backgrounds and saves it under the chosen name', async () => {
    const target = path.join(root, 'bao-cao.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const result = await run('printToPdf', { suggestedName: 'Báo cáo quý 1' });
    expect(result).toEqual({ ok: true, value: target });
    expect(win.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true });
    expect(readFileSync(target, 'utf8')).toContain('%PDF');
    expect(electron.dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      defaultPath: path.join(root, 'Documents', 'Báo cáo quý 1.pdf'),
      filters: [{ name: 'Tài liệu PDF', extensions: ['pdf'] }],
    });
  });

  it('fails with a message, not a crash, when the window is gone', async () => {
    win.destroyed = true;
    const result = await run('printToPdf', { suggestedName: 'x' });
    expect(errorCode(result)).toBe('RULE_VIOLATION');
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
  });
});

describe('openFolder', () => {
  it('opens a folder of the data folder, relative or absolute', async () => {
    expect(await run('openFolder', { path: 'backups' })).toEqual({ ok: true, value: undefined });
    expect(await run('openFolder', { path: dataDir })).toEqual({ ok: true, value: undefined });
    expect(electron.shell.openPath.mock.calls.map(([p]) => p)).toEqual([path.join(dataDir, 'backups'), dataDir]);
  });

  it('refuses folders outside the data folder, including through a symlink', async () => {
    symlinkSync(outside, path.join(dataDir, 'link-ra-ngoai'));
    for (const target of ['..', outside, path.join(dataDir, '..', 'outside'), 'link-ra-ngoai']) {
      expect(errorCode(await run('openFolder', { path: target })), target).toBe('SECURITY');
    }
    expect(electron.shell.openPath).not.toHaveBeenCalled();
  });

  it('never opens a file (that would run it) nor a missing folder', async () => {
    writeFileSync(path.join(dataDir, 'run-me.bat'), 'echo');
    expect(errorCode(await run('openFolder', { path: 'run-me.bat' }))).toBe('NOT_FOUND');
    expect(errorCode(await run('openFolder', { path: 'khong-co' }))).toBe('NOT_FOUND');
    expect(electron.shell.openPath).not.toHaveBeenCalled();
  });

  it("reports the file manager's failure", async () => {
    electron.shell.openPath.mockResolvedValueOnce('No application');
    expect(errorCode(await run('openFolder', { path: '.' }))).toBe('RULE_VIOLATION');
  });
});

describe('platform dispatch', () => {
  it('answers an unknown op with UNKNOWN_CALL', async () => {
    expect(errorCode(await run('runShell', { command: 'calc.exe' }))).toBe('UNKNOWN_CALL');
  });

  it('turns an unexpected failure into INTERNAL', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const target = path.join(root, 'no-such-dir', 'a.txt');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const result = await run('saveFile', { suggestedName: 'a.txt', base64: 'YQ==' });
    expect(errorCode(result)).toBe('INTERNAL');
    expect(existsSync(target)).toBe(false);
  });
});

describe('helpers', () => {
  it('safeFileName keeps Vietnamese, drops folders and reserved characters', () => {
    expect(safeFileName('C:\\Windows\\system32\\a.dll')).toBe('a.dll');
    expect(safeFileName('Sổ tiếp công dân: 2026.xlsx')).toBe('Sổ tiếp công dân_ 2026.xlsx');
    expect(safeFileName('..')).toBe('tep-du-lieu');
  });

  it('isInsideFolder treats a sibling with a common prefix as outside', () => {
    expect(isInsideFolder('/a/data', '/a/data/x')).toBe(true);
    expect(isInsideFolder('/a/data', '/a/data')).toBe(true);
    expect(isInsideFolder('/a/data', '/a/data-old')).toBe(false);
    expect(isInsideFolder('/a/data', '/a')).toBe(false);
    expect(isInsideFolder('/a/data', '/a/data/..foo')).toBe(true);
  });
});
