import { z } from 'zod';
import { envelopeSchema, historyEntrySchema, listWindow, pageOf, versionRef } from '../contract/envelope';
import { optionalDate } from '../util/zod';
import { CATALOGS } from './catalog';
import { ITEM_STATUSES } from './codes';
import { disclosureRecord } from './disclosureRecord';

/** Editable fields of a disclosure (one act of công khai, domain.md §A.5). */
export const disclosureFields = disclosureRecord.input;
/** Parsed disclosure fields. */
export type DisclosureFields = z.output<typeof disclosureFields>;

/** A compliance warning on one disclosure. */
export const disclosureWarningSchema = z.object({
  code: z.enum(['short_posting', 'radio_missing', 'late', 'catalog_outdated']),
  message: z.string(),
});

/** A stored disclosure with its item label and warnings. */
export const disclosureSchema = envelopeSchema
  .extend(disclosureRecord.output)
  .extend({ itemLabel: z.string(), warnings: z.array(disclosureWarningSchema) });
/** A stored disclosure. */
export type Disclosure = z.infer<typeof disclosureSchema>;

/** Sort keys of the disclosure list. */
export const DISCLOSURE_SORTS = ['publishedOn_desc', 'publishedOn_asc', 'item'] as const;

/** Filters of the disclosure list. */
export const disclosureListInput = z
  .object({
    search: z.string().max(200).default(''),
    catalog: z.enum(CATALOGS).nullable().default(null),
    item: z.number().int().nullable().default(null),
    from: optionalDate,
    to: optionalDate,
    sort: z.enum(DISCLOSURE_SORTS).default('publishedOn_desc'),
    ...listWindow,
  })
  .strict();

/** A board period: a year, or one quarter of it. */
export const boardInput = z
  .object({
    year: z.number().int().min(2007).max(2100),
    quarter: z.number().int().min(1).max(4).nullable().default(null),
  })
  .strict();

/** One catalog item on the compliance board. */
export const boardRowSchema = z.object({
  no: z.number().int(),
  label: z.string(),
  text: z.string(),
  confirmed: z.boolean(),
  recurrence: z.enum(['once', 'yearly', 'quarterly']),
  status: z.enum(ITEM_STATUSES),
  events: z.number().int(),
  lastPublishedOn: z.string().nullable(),
  radioRequired: z.boolean(),
  /** Quarters of the period (already begun) with no disclosure of a quarterly item. */
  dueQuarters: z.array(z.number().int()),
});

/** The compliance board of a period (issue 4 §3). */
export const boardSchema = z.object({
  catalog: z.enum(CATALOGS),
  catalogTitle: z.string(),
  rulesConfirmed: z.boolean(),
  from: z.string(),
  to: z.string(),
  rows: z.array(boardRowSchema),
  disclosed: z.number().int(),
  items: z.number().int(),
  complete: z.boolean(),
});
/** A compliance board. */
export type DisclosureBoard = z.infer<typeof boardSchema>;

const idInput = z.object({ id: z.string() }).strict();
const ok = z.object({ ok: z.literal(true) });

/** The calls of the disclosure area. */
export const disclosureContract = {
  'disclosure.list': { input: disclosureListInput, output: pageOf(disclosureSchema), writes: false },
  'disclosure.get': { input: idInput, output: disclosureSchema, writes: false },
  'disclosure.create': { input: disclosureFields, output: disclosureSchema, writes: true },
  'disclosure.update': {
    input: versionRef.extend({ fields: disclosureFields }).strict(),
    output: disclosureSchema,
    writes: true,
  },
  'disclosure.delete': { input: versionRef, output: ok, writes: true },
  'disclosure.history': { input: idInput, output: z.array(historyEntrySchema), writes: false },
  'disclosure.board': { input: boardInput, output: boardSchema, writes: false },
} as const;
