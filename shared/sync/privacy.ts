import { RECORDS } from '../record/registry';

/**
 * The `minimal` privacy profile of bundles (architecture.md §5 "Privacy profiles"): the fields blanked
 * (set to null) in each entity's snapshot — names of people, addresses, ID numbers, phone numbers and
 * free text. Ids, dates, codes, categories, statuses, counts and the names of communities and teams
 * stay: the office's indicators need them. `updatedBy` (the clerk's name) is blanked everywhere.
 * Derived from each record definition's `private` fields (shared/record/registry.ts).
 */
export const MINIMAL_BLANKED_FIELDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  RECORDS.map((r) => [r.kind, r.privacy.blanked]),
);

/** Blanked in the snapshot of an entity not listed in {@link MINIMAL_BLANKED_FIELDS}. */
export const MINIMAL_DEFAULT_BLANKED = ['note', 'summary', 'name', 'address', 'phone', 'updatedBy'] as const;

/**
 * Array fields of people (e.g. a case's parties) reduced to one empty object per person by the
 * minimal profile: the count stays, every personal detail goes.
 */
export const MINIMAL_PERSON_LISTS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  RECORDS.map((r) => [r.kind, r.privacy.people]),
);

/**
 * Lists of objects whose free-text or naming members the minimal profile blanks (set to null) in
 * every element, keeping the rest: an attachment keeps its hash, type and size but not its file name
 * (which may name a person); a status change or a review keeps its date and outcome but not its note.
 */
export const MINIMAL_LIST_MEMBERS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> =
  Object.fromEntries(RECORDS.map((r) => [r.kind, r.privacy.members]));

/** Fields dropped altogether by the minimal profile (derived text that names people). */
export const MINIMAL_DROPPED_FIELDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  RECORDS.map((r) => [r.kind, r.privacy.dropped]),
);

/** Applies the `minimal` profile to one snapshot (a copy; the input is not changed). */
export function minimalSnapshot(entity: string, snapshot: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...snapshot };
  const blanked = MINIMAL_BLANKED_FIELDS[entity] ?? MINIMAL_DEFAULT_BLANKED;
  for (const field of blanked) if (Object.hasOwn(out, field)) out[field] = null;
  for (const field of MINIMAL_PERSON_LISTS[entity] ?? []) {
    const list = out[field];
    if (Array.isArray(list)) out[field] = list.map(() => ({}));
  }
  for (const [field, members] of Object.entries(MINIMAL_LIST_MEMBERS[entity] ?? {})) {
    const list = out[field];
    if (Array.isArray(list)) out[field] = list.map((item: unknown) => blankMembers(item, members));
  }
  for (const field of MINIMAL_DROPPED_FIELDS[entity] ?? []) delete out[field];
  return out;
}

function blankMembers(item: unknown, members: readonly string[]): unknown {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
  const copy: Record<string, unknown> = { ...(item as Record<string, unknown>) };
  for (const member of members) if (Object.hasOwn(copy, member)) copy[member] = null;
  return copy;
}
