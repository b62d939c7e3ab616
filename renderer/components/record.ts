import type { z } from 'zod';
import type { AnyRecord, Fields, InputObject, RecordDefinition } from '../../shared/record/define';
import { formatDate } from '../../shared/util/format';
import { ui } from '../i18n/ui';

/**
 * The fields a record's create and update calls take, picked from a stored record or a form's
 * values (the contract's input is strict; a value left out takes the contract's default).
 */
export function inputOf<F extends Fields>(
  def: RecordDefinition<F, Fields, Fields>,
  values: object,
): z.input<InputObject<F>> {
  const source = values as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(def.fields).flatMap((k) => (source[k] === undefined ? [] : [[k, source[k]]])),
  ) as z.input<InputObject<F>>;
}

/** A stored record as a form's initial values (every field optional while the clerk edits). */
export function formValuesOf<F extends Fields>(
  def: RecordDefinition<F, Fields, Fields>,
  record: object,
): Partial<z.input<InputObject<F>>> {
  return inputOf(def, record);
}

/** Names of referenced records for display: a community's name, a mediator's name. */
export type NameLookup = (to: string, id: string) => string | undefined;

/**
 * A stored value as a clerk reads it (history, record pages): dates dd/mm/yyyy, codes by their
 * label, references by name, structured values as their definition writes them.
 */
export function formatRecordValue(def: AnyRecord, field: string, value: unknown, names: NameLookup): string {
  if (value === null || value === undefined || value === '') return ui.common.empty;
  if (Array.isArray(value) && value.length === 0) return ui.common.empty;
  const f = def.stored[field] ?? def.lineOnly[field];
  if (f?.rule.type === 'date' && typeof value === 'string') return formatDate(value);
  if (f?.labels && typeof value === 'string') return f.labels[value] ?? value;
  if (f?.rule.type === 'ref') {
    const { to } = f.rule;
    const ids = Array.isArray(value) ? value.map(String) : [String(value)];
    return ids.map((id) => names(to, id) ?? id).join(', ');
  }
  if (f?.describe) return f.describe(value as never);
  if (typeof value === 'boolean') return value ? ui.common.yes : ui.common.no;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
