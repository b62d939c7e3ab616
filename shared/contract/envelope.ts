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
