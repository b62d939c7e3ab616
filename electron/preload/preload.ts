import { contextBridge, ipcRenderer } from 'electron';
import type { CallResult } from '../../shared/contract/result';
import { INVOKE_CHANNEL, PLATFORM_CHANNEL } from './channels';

/** What the renderer sees as `window.qcdc`: two functions, never ipcRenderer itself. */
export interface QcdcBridge {
  /** Runs one contract call in the main process. */
  invoke(call: string, input?: unknown): Promise<CallResult>;
  /** Runs one platform operation (dialogs, printing, opening the data folder). */
  platform(op: string, args?: unknown): Promise<CallResult>;
}

/** The bridge object; the main process checks the sender and validates every payload. */
export const bridge: QcdcBridge = {
  invoke: (call, input) => ipcRenderer.invoke(INVOKE_CHANNEL, { call, input }),
  platform: (op, args) => ipcRenderer.invoke(PLATFORM_CHANNEL, { op, args }),
};

contextBridge.exposeInMainWorld('qcdc', bridge);
