import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { ERROR_MESSAGES, type ErrorCode } from '../../shared/contract/errors';
import type { CallResult, Dispatch } from '../../shared/contract/result';
import { INVOKE_CHANNEL, PLATFORM_CHANNEL } from '../preload/channels';
import { isAppUrl } from './window';

/** What the IPC transport is wired to. */
export interface IpcDeps {
  /** The contract dispatcher of the open installation. */
  dispatch: Dispatch;
  /** The platform operations, same shape: an op name and its arguments to a result value. */
  platform: Dispatch;
  /** The app:// URL of the app's own page. */
  appUrl: string;
  /** The main window's webContents, or null before it exists / after it closed. */
  mainContents: () => WebContents | null;
}

/** A validated request: a call (or platform op) name and its unvalidated argument. */
export interface IpcRequest {
  name: string;
  arg: unknown;
}

/**
 * True only for the main window's top frame showing the app's own page. Anything else (another
 * window, an iframe, a page the renderer was navigated to) must never reach the database.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, appUrl: string, main: WebContents | null): boolean {
  if (!main || event.sender !== main) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, appUrl);
}

/** Reads `{ [nameKey]: string, [argKey]?: unknown }` and nothing else; null when malformed. */
export function parseRequest(payload: unknown, nameKey: string, argKey: string): IpcRequest | null {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  const record = payload as Record<string, unknown>;
  if (Object.keys(record).some((key) => key !== nameKey && key !== argKey)) return null;
  const name = record[nameKey];
  if (typeof name !== 'string' || name.length === 0 || name.length > 200) return null;
  return { name, arg: record[argKey] };
}

/** Builds the handler of one channel: sender check, payload check, then the target. */
export function createChannelHandler(
  deps: Pick<IpcDeps, 'appUrl' | 'mainContents'>,
  keys: { name: string; arg: string },
  target: Dispatch,
): (event: IpcMainInvokeEvent, payload: unknown) => Promise<CallResult> {
  return async (event, payload) => {
    if (!isTrustedSender(event, deps.appUrl, deps.mainContents())) return fail('UNAUTHORISED');
    const request = parseRequest(payload, keys.name, keys.arg);
    if (!request) return fail('INVALID_INPUT');
    try {
      return await target(request.name, request.arg);
    } catch (error) {
      // The dispatcher already turns failures into values; this is the last net before the renderer.
      console.error('ipc', request.name, error);
      return fail('INTERNAL');
    }
  };
}

/** Registers both channels on `ipcMain`; returns the function that removes them. */
export function registerIpc(deps: IpcDeps): () => void {
  ipcMain.handle(INVOKE_CHANNEL, createChannelHandler(deps, { name: 'call', arg: 'input' }, deps.dispatch));
  ipcMain.handle(PLATFORM_CHANNEL, createChannelHandler(deps, { name: 'op', arg: 'args' }, deps.platform));
  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    ipcMain.removeHandler(PLATFORM_CHANNEL);
  };
}

function fail(code: ErrorCode): CallResult {
  return { ok: false, error: { code, message: ERROR_MESSAGES[code] } };
}
