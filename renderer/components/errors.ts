import type { FormInstance } from 'antd';
import { FIELD_LABELS } from '../../shared/i18n/vi';
import { CallFailure } from '../src/api';
import { ui } from '../i18n/ui';

/** The Vietnamese text of any failure: the server's message, or a generic one for a broken connection. */
export function errorText(e: unknown): string {
  return e instanceof CallFailure ? e.error.message : ui.common.unexpected;
}

/**
 * A zod issue path ("parties.0.name") as an antd name path (['parties', 0, 'name']). Update calls
 * wrap the form under `fields`, so that first segment is dropped.
 */
export function namePath(field: string): (string | number)[] {
  const parts = field
    .split('.')
    .filter((p) => p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return parts[0] === 'fields' ? parts.slice(1) : parts;
}

/** A failed save as the form shows it: a message on top, and the issues no field could show. */
export interface FormFailure {
  message: string;
  unplaced: string[];
}

/**
 * Puts a failed call on a form: every issue under its field (when the form has that field), the
 * rest listed with the field's Vietnamese name. Returns what the alert above the form shows.
 */
export function showOnForm(
  form: FormInstance,
  e: unknown,
  labels: Readonly<Record<string, string>> = FIELD_LABELS,
): FormFailure {
  if (!(e instanceof CallFailure)) return { message: errorText(e), unplaced: [] };
  const registered = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
  const placed = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unplaced: string[] = [];
  for (const issue of e.error.issues ?? []) {
    const name = namePath(issue.field);
    const key = JSON.stringify(name);
    if (registered.has(key)) {
      const entry = placed.get(key) ?? { name, errors: [] };
      if (!entry.errors.includes(issue.message)) entry.errors.push(issue.message);
      placed.set(key, entry);
    } else if (issue.message !== e.error.message) {
      const label = labels[String(name[0] ?? '')] ?? FIELD_LABELS[String(name[0] ?? '')];
      unplaced.push(label ? `${label}: ${issue.message}` : issue.message);
    }
  }
  const fields = [...placed.values()];
  form.setFields(fields);
  const first = fields[0];
  if (first) form.scrollToField(first.name, { block: 'center' });
  const message =
    e.error.code === 'INVALID_INPUT' && fields.length > 0
      ? `${e.error.message} ${ui.common.formHasErrors}`
      : e.error.message;
  return { message, unplaced };
}
