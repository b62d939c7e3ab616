import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';
/** This computer's own choice (Cài đặt → Hiển thị), kept in the browser storage of this machine. */
const KEY = 'qcdc.motionOff';
const chosenListeners = new Set<() => void>();

function subscribe(changed: () => void): () => void {
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', changed);
  chosenListeners.add(changed);
  return () => {
    list.removeEventListener('change', changed);
    chosenListeners.delete(changed);
  };
}

/** Whether motion was turned off in the app's settings on this computer. */
function chosenOff(): boolean {
  return localStorage.getItem(KEY) === '1';
}

/** Turns the app's animations off (or back on) on this computer. */
export function chooseMotionOff(off: boolean): void {
  if (off) localStorage.setItem(KEY, '1');
  else localStorage.removeItem(KEY);
  chosenListeners.forEach((changed) => changed());
}

/**
 * Whether the app opens dialogs, menus and lists at once, without animation: the computer asks for
 * less motion (Windows: "Hiệu ứng hoạt ảnh" turned off) or the clerk chose it in the settings. It also
 * spares an old commune laptop the animation work.
 */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches || chosenOff(),
    () => false,
  );
}

/** The settings' own choice, for its check box. */
export function useMotionOffChosen(): boolean {
  return useSyncExternalStore(subscribe, chosenOff, () => false);
}
