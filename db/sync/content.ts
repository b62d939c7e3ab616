import { z } from 'zod';
import { noticeFields } from '../../shared/calendar/schema';
import { communityFields } from '../../shared/community/schema';
import { conventionFields } from '../../shared/convention/schema';
import { disclosureFields } from '../../shared/disclosure/schema';
import { caseFields, mediatorFields, teamFields } from '../../shared/mediation/schema';
import {
  dialogueFields,
  petitionFields,
  sessionFields,
  supervisionFields,
  visitFields,
} from '../../shared/reception/schema';
import type { BundleProfile } from '../../shared/sync/manifest';
import {
  MINIMAL_BLANKED_FIELDS,
  MINIMAL_DEFAULT_BLANKED,
  MINIMAL_LIST_MEMBERS,
  MINIMAL_PERSON_LISTS,
} from '../../shared/sync/privacy';

/**
 * The commune's own input rules, by entity: the schemas its calls and its file import parse with.
 * A bundle line passes the same rules before the office applies it (issue 16, item 3): the rules
 * are one definition, the office never keeps a copy of them that could drift.
 */
const CONTENT_RULES: Readonly<Record<string, z.ZodType>> = {
  community: communityFields,
  mediation_team: teamFields,
  mediator: mediatorFields,
  mediation_case: caseFields,
  reception_session: sessionFields,
  reception_visit: visitFields,
  petition: petitionFields,
  dialogue: dialogueFields,
  supervision: supervisionFields,
  disclosure: disclosureFields,
  convention: conventionFields,
  day_off_notice: noticeFields,
};

const ENVELOPE = new Set(['id', 'version', 'createdAt', 'updatedAt', 'updatedBy', 'deletedAt']);

/** The object schema under a rule's refinements and transforms (zod 4: checks live on the object). */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  let s: unknown = schema;
  for (let i = 0; i < 4; i++) {
    if (s instanceof z.ZodObject) return s.shape as Record<string, z.ZodType>;
    if (s instanceof z.ZodPipe) s = s.in;
    else break;
  }
  return {};
}

const SCALAR_CANDIDATES: readonly unknown[] = [null, 'x', 0, false, []];
const PERSON_CANDIDATES: readonly unknown[] = [{}, { name: 'x' }];
const placeholders = new Map<string, unknown>();

/**
 * A value the field's own schema accepts, standing for a value the `minimal` profile blanked (the
 * sender removed it on purpose): the cross-field rules still run on everything the bundle carries.
 */
function placeholder(entity: string, field: string, schema: z.ZodType | undefined, list: unknown): unknown {
  if (!schema) return list;
  const person = Array.isArray(list);
  const key = `${entity}.${field}`;
  if (!placeholders.has(key)) {
    const candidates = person ? PERSON_CANDIDATES.map((c) => [c]) : SCALAR_CANDIDATES;
    placeholders.set(key, candidates.find((c) => schema.safeParse(c).success) ?? null);
  }
  const found = placeholders.get(key);
  return person && Array.isArray(found) ? (list as unknown[]).map(() => found[0]) : found;
}

/** A list element whose blanked text members (a file name, a note) stand as a neutral text. */
function withMembers(item: unknown, members: readonly string[]): unknown {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
  const copy: Record<string, unknown> = { ...(item as Record<string, unknown>) };
  for (const member of members) if (copy[member] === null) copy[member] = 'x';
  return copy;
}

/** The domain fields of a snapshot as the commune's input rules take them. */
function inputOf(entity: string, snapshot: Record<string, unknown>, profile: BundleProfile): Record<string, unknown> {
  const shape = shapeOf(CONTENT_RULES[entity]!);
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(snapshot)) {
    // Derived or stored-only members (a case's mediator names) were checked for their type already.
    if (!ENVELOPE.has(key) && Object.hasOwn(shape, key)) input[key] = value;
  }
  if (profile === 'minimal') {
    const blanked = MINIMAL_BLANKED_FIELDS[entity] ?? MINIMAL_DEFAULT_BLANKED;
    for (const field of blanked) {
      if (Object.hasOwn(input, field) && input[field] === null)
        input[field] = placeholder(entity, field, shape[field], null);
    }
    for (const field of MINIMAL_PERSON_LISTS[entity] ?? []) {
      if (Array.isArray(input[field])) input[field] = placeholder(entity, field, shape[field], input[field]);
    }
    for (const [field, members] of Object.entries(MINIMAL_LIST_MEMBERS[entity] ?? {})) {
      const list = input[field];
      if (Array.isArray(list)) input[field] = list.map((item: unknown) => withMembers(item, members));
    }
  }
  return input;
}

/**
 * Why a record snapshot breaks the commune's input rules (codes, cross-field rules such as a closing
 * date before the receiving date, identity of a denouncer), in Vietnamese with its field; null when
 * it passes. A tombstone is checked like the record it ends: the commune could only write what
 * passed these rules.
 */
export function contentProblem(
  entity: string,
  snapshot: Record<string, unknown>,
  profile: BundleProfile,
): string | null {
  const rule = CONTENT_RULES[entity];
  if (!rule) return null;
  const parsed = rule.safeParse(inputOf(entity, snapshot, profile));
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join('.') || '(bản ghi)';
  return `trường ${field}: ${issue.message.replace(/\.$/, '')}`;
}

/** Whether the office checks this entity's content against the commune's rules. */
export function hasContentRules(entity: string): boolean {
  return Object.hasOwn(CONTENT_RULES, entity);
}
