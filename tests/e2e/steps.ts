import type { Page } from '@playwright/test';

/** What a clerk did during one journey: pointer clicks, fields typed into, and keys pressed. */
export interface StepCount {
  clicks: number;
  fields: number;
  keys: number;
}

/** Keys that are part of typing (or modifiers), not an action of their own. */
const TYPING_KEYS = ['Shift', 'Control', 'Alt', 'Meta', 'Backspace', 'Delete', 'CapsLock'];

/**
 * Counts what the clerk does in the page, from the browser's own trusted events: a click is a
 * `pointerdown` (one per press, whatever a label forwards), a typed field is an element that received
 * typed input (counted once per element), a key is a non-character key (Enter, Tab, arrows, Escape).
 * Installed before the app loads; survives nothing but the page (journeys stay in the one page).
 */
export async function countSteps(page: Page): Promise<void> {
  // Page code as text: the tests compile without the DOM library.
  await page.addInitScript(`(() => {
    const typingKeys = ${JSON.stringify(TYPING_KEYS)};
    const counts = { clicks: 0, fields: 0, keys: 0 };
    const typed = new WeakSet();
    Object.defineProperty(window, '__qcdcSteps', { value: counts });
    window.addEventListener('pointerdown', (e) => { if (e.isTrusted) counts.clicks++; }, true);
    window.addEventListener('input', (e) => {
      if (!e.isTrusted || !e.target || typed.has(e.target)) return;
      if (!String(e.inputType || '').startsWith('insert')) return;
      typed.add(e.target);
      counts.fields++;
    }, true);
    window.addEventListener('keydown', (e) => {
      if (e.isTrusted && e.key.length > 1 && !typingKeys.includes(e.key) && !e.repeat) counts.keys++;
    }, true);
  })();`);
}

/** The counts so far in this page. */
export async function stepsSoFar(page: Page): Promise<StepCount> {
  return page.evaluate<StepCount>('({ ...window.__qcdcSteps })');
}

/** Runs one journey and returns what it took. */
export async function measure(page: Page, journey: () => Promise<void>): Promise<StepCount> {
  const before = await stepsSoFar(page);
  await journey();
  const after = await stepsSoFar(page);
  return { clicks: after.clicks - before.clicks, fields: after.fields - before.fields, keys: after.keys - before.keys };
}

/** All steps of a journey, for comparing one with another. */
export const total = (c: StepCount) => c.clicks + c.fields + c.keys;
