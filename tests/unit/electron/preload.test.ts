import { beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL, PLATFORM_CHANNEL } from '../../../electron/preload/channels';
import { electron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

let exposed: Record<string, unknown> = {};

beforeAll(async () => {
  await import('../../../electron/preload/preload');
  const calls = electron.contextBridge.exposeInMainWorld.mock.calls;
  expect(calls).toHaveLength(1);
  expect(calls[0]?.[0]).toBe('qcdc');
  exposed = calls[0]?.[1] as Record<string, unknown>;
});

describe('preload', () => {
  it('exposes only invoke and platform, both plain functions', () => {
    expect(Object.keys(exposed).sort()).toEqual(['invoke', 'platform']);
    for (const value of Object.values(exposed)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(electron.ipcRenderer.invoke);
    }
    expect(Object.values(exposed)).not.toContain(electron.ipcRenderer);
  });

  it('sends contract calls on the invoke channel as { call, input }', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: 1 });
    const invoke = exposed.invoke as (call: string, input?: unknown) => Promise<unknown>;
    await expect(invoke('mediation.listCases', { offset: 0 })).resolves.toEqual({ ok: true, value: 1 });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('qcdc:invoke', {
      call: 'mediation.listCases',
      input: { offset: 0 },
    });
  });

  it('sends platform ops on the platform channel as { op, args }', async () => {
    const platform = exposed.platform as (op: string, args?: unknown) => Promise<unknown>;
    await platform('printCurrent');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('qcdc:platform', {
      op: 'printCurrent',
      args: undefined,
    });
  });

  it('listens on nothing and sends on nothing else', () => {
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.sendSync).not.toHaveBeenCalled();
    expect([INVOKE_CHANNEL, PLATFORM_CHANNEL]).toEqual(['qcdc:invoke', 'qcdc:platform']);
  });
});
