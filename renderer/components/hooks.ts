import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallName, OutputOf, RequestOf } from '../../shared/contract/index';
import { call } from '../src/api';
import { errorText } from './errors';

/** A read call's state: the last data (kept while a new input loads), loading and error. */
export interface CallState<T> {
  data: T | undefined;
  loading: boolean;
  error: string | undefined;
  reload(): void;
}

/**
 * Runs a read call whenever its input changes (compared by value) and on `reload()`. The previous
 * data stays visible while the next loads, so tables do not flash empty between pages.
 */
export function useCall<K extends CallName>(name: K, input: RequestOf<K>, skip = false): CallState<OutputOf<K>> {
  const key = JSON.stringify([name, input]);
  const [tick, setTick] = useState(0);
  const [state, setState] = useState<{ key: string; tick: number; data?: OutputOf<K>; error?: string }>({
    key: '',
    tick: -1,
  });
  useEffect(() => {
    if (skip) return;
    let live = true;
    const [n, i] = JSON.parse(key) as [K, RequestOf<K>];
    call(n, i).then(
      (data) => {
        if (live) setState({ key, tick, data });
      },
      (e: unknown) => {
        if (live) setState((s) => ({ key, tick, data: s.data, error: errorText(e) }));
      },
    );
    return () => {
      live = false;
    };
  }, [key, tick, skip]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const current = state.key === key && state.tick === tick;
  return { data: state.data, loading: !skip && !current, error: state.key === key ? state.error : undefined, reload };
}

/** A function that runs `fn` once typing has paused for `ms` milliseconds. */
export function useDebouncedCallback<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  const fnRef = useRef(fn);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    fnRef.current = fn;
  });
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return useCallback(
    (...args: A) => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => fnRef.current(...args), ms);
    },
    [ms],
  );
}
