import type { CallName, OutputOf, RequestOf } from '../../shared/contract/index';
import type { CallError, CallResult } from '../../shared/contract/result';

/** The preload bridge Electron exposes (architecture.md §3). */
interface PreloadBridge {
  invoke(call: string, input: unknown): Promise<CallResult>;
  platform(op: string, args: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    qcdc?: PreloadBridge;
  }
}

/** An error value from a call, thrown to the caller with its Vietnamese message. */
export class CallFailure extends Error {
  readonly error: CallError;
  constructor(error: CallError) {
    super(error.message);
    this.error = error;
  }
}

const TOKEN_KEY = 'qcdc.token';

/** The bridge token: from the URL fragment on first load, then from the session. */
export function bridgeToken(): string {
  const m = /token=([^&]+)/.exec(window.location.hash);
  if (m?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, m[1]);
    window.history.replaceState(null, '', window.location.pathname + '#/');
    return m[1];
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function httpInvoke(call: string, input: unknown): Promise<CallResult> {
  const res = await fetch(`./rpc/${encodeURIComponent(call)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bridgeToken()}` },
    body: JSON.stringify(input ?? {}),
  });
  return (await res.json()) as CallResult;
}

const refusedListeners = new Set<(error: CallError) => void>();

/** Listens for calls refused because the session ended or locked (the access gate shows sign-in or the lock). */
export function onSessionRefused(listener: (error: CallError) => void): () => void {
  refusedListeners.add(listener);
  return () => refusedListeners.delete(listener);
}

/** Raw call over whichever transport is present: IPC in Electron, else the HTTP bridge. */
export async function invokeRaw(call: string, input: unknown): Promise<CallResult> {
  const result = await (window.qcdc ? window.qcdc.invoke(call, input) : httpInvoke(call, input));
  if (!result.ok && result.error.code === 'UNAUTHORISED' && !call.startsWith('auth.')) {
    refusedListeners.forEach((l) => l(result.error));
  }
  return result;
}

/** Calls the contract and returns the value, or throws {@link CallFailure}. */
export async function call<K extends CallName>(name: K, input: RequestOf<K>): Promise<OutputOf<K>> {
  const result = await invokeRaw(name, input);
  if (!result.ok) throw new CallFailure(result.error);
  return result.value as OutputOf<K>;
}
