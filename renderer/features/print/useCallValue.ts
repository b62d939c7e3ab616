import { useEffect, useState } from 'react';
import type { CallName, OutputOf, RequestOf } from '../../../shared/contract/index';
import { call } from '../../src/api';

/** The state of one contract call: still loading, its value, or its Vietnamese error message. */
export type Loaded<T> = { status: 'loading' } | { status: 'ok'; value: T } | { status: 'error'; message: string };

/** The message a clerk sees for a failed call. */
export function errorMessage(e: unknown): string {
  return e instanceof Error && e.message ? e.message : 'Đã xảy ra lỗi ngoài dự kiến. Hãy thử lại.';
}

/**
 * Calls the contract whenever the call or its input changes (`name` null: nothing to call yet).
 * An answer that arrives after the input changed is
 * dropped, so a slow earlier period never overwrites a later one.
 */
export function useCallValue<K extends CallName>(name: K | null, input: RequestOf<K>): Loaded<OutputOf<K>> {
  const key = name ? JSON.stringify([name, input]) : '';
  const [state, setState] = useState<{ key: string; loaded: Loaded<OutputOf<K>> } | null>(null);
  useEffect(() => {
    if (!key) return;
    let live = true;
    const [callName, callInput] = JSON.parse(key) as [K, RequestOf<K>];
    call(callName, callInput).then(
      (value) => live && setState({ key, loaded: { status: 'ok', value } }),
      (e: unknown) => live && setState({ key, loaded: { status: 'error', message: errorMessage(e) } }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state && state.key === key ? state.loaded : { status: 'loading' };
}
