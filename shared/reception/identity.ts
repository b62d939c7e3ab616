import type { AnyRecord, Fields, Issue } from '../record/define';
import { DENOUNCER_IDENTITY_MESSAGE } from './codes';
import { maskName } from './mask';

/** The fields that identify a citizen. */
export function identityFields(fields: Fields): string[] {
  return Object.entries(fields)
    .filter(([, f]) => f.options.identity)
    .map(([k]) => k);
}

/**
 * Refuses a denouncer's identity (domain.md §C.5): an issue on every identity field filled in for a
 * denunciation, naming the field but never echoing its value.
 */
export function refuseDenouncerIdentity(
  values: Record<string, unknown>,
  fields: readonly string[],
  issue: Issue,
): void {
  if (values.content !== 'to_cao') return;
  for (const field of fields) {
    if (values[field] !== null && values[field] !== undefined) issue(field, DENOUNCER_IDENTITY_MESSAGE);
  }
}

/**
 * A record as a list shows it (domain.md §G.3): the person's name as initials, every other identity
 * field left out; the record page shows the rest.
 */
export function maskIdentity<R extends object>(def: AnyRecord, record: R): R {
  const names = new Set(def.persons.map((p) => p.members.name));
  const out = { ...record } as Record<string, unknown>;
  for (const field of identityFields(def.stored)) {
    out[field] = names.has(field) ? maskName(out[field] as string | null) : null;
  }
  return out as R;
}
