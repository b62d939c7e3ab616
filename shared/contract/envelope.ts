import { z } from 'zod';

/** The envelope every domain record carries (architecture.md §4). */
export const envelopeSchema = z.object({
  id: z.string(),
  version: z.number().int().min(1),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  updatedBy: z.string(),
  deletedAt: z.number().int().nullable(),
});

/** Envelope fields of a stored record. */
export type Envelope = z.infer<typeof envelopeSchema>;

/** Input for an update or delete: the record id and the version the user saw (optimistic lock). */
export const versionRef = z.object({ id: z.string().min(1), version: z.number().int().min(1) }).strict();

/** One page of a list with its total. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

/** Paging and sorting a list call accepts. */
export const listWindow = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
};

/** One entry of a record's edit history, from the change log. */
export const historyEntrySchema = z.object({
  seq: z.number().int(),
  version: z.number().int(),
  op: z.enum(['create', 'update', 'delete']),
  user: z.string(),
  at: z.number().int(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});

/** A history entry. */
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** Input naming one record. */
export const idInput = z.object({ id: z.string() }).strict();
/** Output of a call that only succeeds or fails (a delete). */
export const okOutput = z.object({ ok: z.literal(true) });

/**
 * The five calls of a record kept by one list screen (`<area>.list|create|update|delete|history`):
 * list a page, create from the fields, update with the version seen, delete, read the edit history.
 */
export function recordCalls<A extends string, L extends z.ZodType, F extends z.ZodType, R extends z.ZodType>(
  area: A,
  c: { list: L; fields: F; record: R },
) {
  const calls = {
    list: { input: c.list, output: pageOf(c.record), writes: false as const },
    create: { input: c.fields, output: c.record, writes: true as const },
    update: { input: versionRef.extend({ fields: c.fields }).strict(), output: c.record, writes: true as const },
    delete: { input: versionRef, output: okOutput, writes: true as const },
    history: { input: idInput, output: z.array(historyEntrySchema), writes: false as const },
  };
  return Object.fromEntries(Object.entries(calls).map(([verb, call]) => [`${area}.${verb}`, call])) as {
    [V in keyof typeof calls as `${A}.${V}`]: (typeof calls)[V];
  };
}
