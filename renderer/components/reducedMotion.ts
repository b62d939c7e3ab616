import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(changed: () => void): () => void {
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', changed);
  return () => list.removeEventListener('change', changed);
}

const current = (): boolean => window.matchMedia(QUERY).matches;

/**
 * Whether the computer asks for less motion (Windows: "Hiệu ứng hoạt ảnh" turned off). Dialogs, menus and
 * lists then open at once, which also spares an old commune laptop the animation work.
 */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, current, () => false);
}
