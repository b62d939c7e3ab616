import type { FormInstance } from 'antd';

/**
 * Which open forms hold unsaved changes (issue 15: no silent loss). Every form dialog and the long
 * page forms register here through `useGuardedForm`; the app-wide guard (`UnsavedGuard`) asks before
 * the clerk leaves the page, and a form's own close asks before it drops what was typed. Kept free of
 * React and antd code so the shell can read it without loading a page.
 */

interface Tracked {
  /** The values the form opened with (normalised), or the ones last saved. */
  baseline: string;
  /** The clerk changed a field (values set by the program alone never make a form dirty). */
  touched: boolean;
  /** Values came back from a draft: unsaved by definition until saved or discarded. */
  restored: boolean;
  /** Called when the form's values were saved or deliberately thrown away. */
  onSettled: Set<() => void>;
  /** Writes a pending draft at once (before the page unloads). */
  onFlush: Set<() => void>;
}

const tracked = new Map<FormInstance, Tracked>();
let saving = 0;
/** Forms closed while a save ran (the save navigated away): forgotten once the save has settled them. */
const closedWhileSaving = new Set<FormInstance>();

function valuesOf(form: FormInstance): unknown {
  return form.getFieldsValue(true) as unknown;
}

/** Empty values ('' / null / undefined) compare equal, objects by sorted keys, so reopening never looks changed. */
function clean(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) return value.map((v) => clean(v) ?? null);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = clean((value as Record<string, unknown>)[key]);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  return value;
}

/** A form's values as one comparable text. */
export function normalisedValues(values: unknown): string {
  return JSON.stringify(clean(values) ?? {});
}

/**
 * Starts watching a form from its current values; returns the function that stops it (with its
 * listeners). A form closed by its own save is kept until the save has settled it, so its draft is
 * removed even though the page that held it is gone.
 */
export function trackForm(form: FormInstance): () => void {
  closedWhileSaving.delete(form);
  tracked.set(form, {
    baseline: normalisedValues(valuesOf(form)),
    touched: false,
    restored: false,
    onSettled: new Set(),
    onFlush: new Set(),
  });
  return () => {
    if (saving > 0) closedWhileSaving.add(form);
    else tracked.delete(form);
  };
}

/** The clerk changed a field of the form. */
export function markTouched(form: FormInstance): void {
  const t = tracked.get(form);
  if (t) t.touched = true;
}

/** The form's values came from a draft. */
export function markRestored(form: FormInstance): void {
  const t = tracked.get(form);
  if (t) t.restored = true;
}

/** True when the form holds something the clerk would lose by closing it now. */
export function isDirty(form: FormInstance): boolean {
  const t = tracked.get(form);
  if (!t || (!t.touched && !t.restored)) return false;
  return t.restored || normalisedValues(valuesOf(form)) !== t.baseline;
}

/** True when any open form holds unsaved changes. */
export function anyDirty(): boolean {
  return [...tracked.keys()].some(isDirty);
}

/** The form was saved (or its changes discarded on purpose): its current values are the new baseline. */
export function markSettled(form: FormInstance): void {
  const t = tracked.get(form);
  if (!t) return;
  t.touched = false;
  t.restored = false;
  t.onSettled.forEach((f) => f());
  // A form its own save has already closed has no values to read; it is forgotten right after.
  if (!closedWhileSaving.has(form)) t.baseline = normalisedValues(valuesOf(form));
}

/** Every dirty form's changes are thrown away on purpose (the clerk chose to leave the page). */
export function settleAll(): void {
  [...tracked.keys()].filter(isDirty).forEach(markSettled);
}

/** Runs `f` when the tracked form is saved or its changes discarded (until it stops being tracked). */
export function onSettled(form: FormInstance, f: () => void): void {
  tracked.get(form)?.onSettled.add(f);
}

/** Runs `f` when pending drafts must be written now (until the form stops being tracked). */
export function onFlush(form: FormInstance, f: () => void): void {
  tracked.get(form)?.onFlush.add(f);
}

/** Writes every pending draft at once (the window is about to unload). */
export function flushAll(): void {
  tracked.forEach((t) => t.onFlush.forEach((f) => f()));
}

/**
 * Runs a save: while it runs, the navigation it makes (to the saved record) is not "leaving a form
 * with changes".
 */
export async function whileSaving<T>(run: () => Promise<T>): Promise<T> {
  saving++;
  try {
    return await run();
  } finally {
    saving--;
    if (saving === 0) {
      closedWhileSaving.forEach((form) => tracked.delete(form));
      closedWhileSaving.clear();
    }
  }
}

/** True while a form is being saved. */
export function isSaving(): boolean {
  return saving > 0;
}
