import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import type { CallResult } from '../../../shared/contract/result';
import { registerIpc } from '../../../electron/main/ipc';
import { APP_URL } from '../../../electron/main/protocol';
import { electron, FakeWebContents, ipcHandler, resetElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

const appUrl = APP_URL;
const UNAUTHORISED = {
  ok: false,
  error: { code: 'UNAUTHORISED', message: 'Phiên làm việc không hợp lệ. Hãy mở lại phần mềm.' },
};

let main: FakeWebContents;
let dispatch: ReturnType<typeof vi.fn<(call: string, input: unknown) => Promise<CallResult>>>;
let platform: ReturnType<typeof vi.fn<(op: string, args: unknown) => Promise<CallResult>>>;

function frame(url: string, parent: unknown = null): { url: string; parent: unknown } {
  return { url, parent };
}

function event(sender: unknown, senderFrame: unknown): unknown {
  return { sender, senderFrame };
}

async function invoke(channel: string, ev: unknown, payload: unknown): Promise<unknown> {
  return ipcHandler(channel)(...([ev, payload] as never[]));
}

const trusted = (): unknown => event(main, frame(`${appUrl}#/cong-khai`));

beforeEach(() => {
  resetElectron();
  main = new FakeWebContents();
  dispatch = vi.fn(async () => ({ ok: true as const, value: { id: 'x', version: 1 } }));
  platform = vi.fn(async () => ({ ok: true as const, value: '/home/a/bao-cao.pdf' }));
  registerIpc({
    dispatch,
    platform,
    appUrl,
    mainContents: () => main as unknown as WebContents,
  });
});

describe('registerIpc', () => {
  it('registers exactly the two qcdc channels and removes them again', () => {
    const channels = electron.ipcMain.handle.mock.calls.map(([name]) => name);
    expect(channels.sort()).toEqual(['qcdc:invoke', 'qcdc:platform']);
    const unregister = registerIpc({ dispatch, platform, appUrl, mainContents: () => null });
    unregister();
    expect(electron.ipcMain.removeHandler.mock.calls.map(([name]) => name).sort()).toEqual([
      'qcdc:invoke',
      'qcdc:platform',
    ]);
  });

  it("passes a call from the app page to dispatch and returns dispatch's result", async () => {
    const result = await invoke('qcdc:invoke', trusted(), { call: 'mediation.createCase', input: { a: 1 } });
    expect(dispatch).toHaveBeenCalledWith('mediation.createCase', { a: 1 });
    expect(result).toEqual({ ok: true, value: { id: 'x', version: 1 } });
  });

  it('passes error results through unchanged', async () => {
    const notFound = { ok: false as const, error: { code: 'NOT_FOUND' as const, message: 'Không tìm thấy bản ghi.' } };
    dispatch.mockResolvedValueOnce(notFound);
    expect(await invoke('qcdc:invoke', trusted(), { call: 'a.get', input: {} })).toEqual(notFound);
  });

  it('rejects a call from another webContents without calling dispatch', async () => {
    const other = new FakeWebContents();
    const result = await invoke('qcdc:invoke', event(other, frame(appUrl)), { call: 'a.list', input: {} });
    expect(result).toEqual(UNAUTHORISED);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each([
    ['a remote page', 'https://evil.example/'],
    ['a local file', 'file:///opt/qcdc/out/renderer/index.html'],
    ['another page of the app scheme', 'app://qcdc/khac.html'],
    ['a data URL', 'data:text/html,x'],
  ])('rejects a call from %s in the main window', async (_label, url) => {
    const result = await invoke('qcdc:invoke', event(main, frame(url)), { call: 'a.list', input: {} });
    expect(result).toEqual(UNAUTHORISED);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('rejects a call from a sub-frame, a destroyed frame, or before the window exists', async () => {
    const payload = { call: 'a.list', input: {} };
    expect(await invoke('qcdc:invoke', event(main, frame(appUrl, frame(appUrl))), payload)).toEqual(UNAUTHORISED);
    expect(await invoke('qcdc:invoke', event(main, null), payload)).toEqual(UNAUTHORISED);

    electron.ipcMain.handle.mockClear();
    registerIpc({ dispatch, platform, appUrl, mainContents: () => null });
    expect(await invoke('qcdc:invoke', trusted(), payload)).toEqual(UNAUTHORISED);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each([
    ['null', null],
    ['a string', 'mediation.list'],
    ['an array', ['mediation.list', {}]],
    ['a missing call', { input: {} }],
    ['a numeric call', { call: 42, input: {} }],
    ['an empty call', { call: '', input: {} }],
    ['an overlong call', { call: 'a'.repeat(201), input: {} }],
    ['an extra key', { call: 'a.list', input: {}, sender: 'admin' }],
  ])('rejects a malformed payload (%s) as INVALID_INPUT', async (_label, payload) => {
    const result = (await invoke('qcdc:invoke', trusted(), payload)) as CallResult;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('accepts a call without input (the dispatcher supplies the default)', async () => {
    await invoke('qcdc:invoke', trusted(), { call: 'installation.status' });
    expect(dispatch).toHaveBeenCalledWith('installation.status', undefined);
  });

  it('turns a throwing dispatch into INTERNAL without leaking the error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    dispatch.mockRejectedValueOnce(new Error('SQLITE_CORRUPT: select * from secrets'));
    const result = (await invoke('qcdc:invoke', trusted(), { call: 'a.list', input: {} })) as CallResult;
    expect(!result.ok && result.error.code).toBe('INTERNAL');
    expect(JSON.stringify(result)).not.toContain('SQLITE');
  });
});

describe('platform channel', () => {
  it('passes an op from the app page to the platform', async () => {
    const result = await invoke('qcdc:platform', trusted(), { op: 'printToPdf', args: { suggestedName: 'bao-cao' } });
    expect(platform).toHaveBeenCalledWith('printToPdf', { suggestedName: 'bao-cao' });
    expect(result).toEqual({ ok: true, value: '/home/a/bao-cao.pdf' });
  });

  it('applies the same sender check and payload check', async () => {
    const foreign = event(main, frame('https://evil.example/'));
    expect(await invoke('qcdc:platform', foreign, { op: 'openFolder', args: { path: '/' } })).toEqual(UNAUTHORISED);
    const malformed = (await invoke('qcdc:platform', trusted(), { call: 'openFolder' })) as CallResult;
    expect(!malformed.ok && malformed.error.code).toBe('INVALID_INPUT');
    expect(platform).not.toHaveBeenCalled();
    expect(dispatch).not.toHaveBeenCalled();
  });
});
