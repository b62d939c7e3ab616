import { useSyncExternalStore } from 'react';

/** The current hash route: path segments and query parameters ("#/mediation/cases/ID?tab=history"). */
export interface Route {
  path: string;
  segments: string[];
  params: URLSearchParams;
}

function parse(): Route {
  const hash = window.location.hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = hash.split('?');
  return { path, segments: path.split('/').filter(Boolean), params: new URLSearchParams(query) };
}

let current = parse();
const listeners = new Set<() => void>();
window.addEventListener('hashchange', () => {
  current = parse();
  listeners.forEach((l) => l());
});

/** Subscribes a component to the hash route. */
export function useRoute(): Route {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}

/** Navigates to a hash path such as "/mediation/cases". */
export function navigate(path: string): void {
  window.location.hash = `#${path}`;
}
