import { z } from 'zod';
import { attachmentRef } from '../attachment/schema';
import { envelopeSchema, historyEntrySchema, listWindow, pageOf, versionRef } from '../contract/envelope';
import { eventDate, optionalDate, optionalEventDate, optionalPlannedDate, optionalText, text } from '../util/zod';
import { CATALOGS, catalogItem, catalogOf, catalogUse } from './catalog';
import { DISCLOSURE_FORMS, ITEM_STATUSES } from './codes';

/** Editable fields of a disclosure (one act of công khai, domain.md §A.5). */
export const disclosureFields = z
  .object({
    catalog: z.enum(CATALOGS, { message: 'Hãy chọn danh mục (Pháp lệnh 34/2007 hoặc Luật 10/2022).' }),
    item: z.number({ message: 'Hãy chọn nội dung công khai.' }).int(),
    title: text(500),
    documentRef: optionalText(100),
    documentDate: optionalEventDate,
    forms: z
      .array(z.enum(DISCLOSURE_FORMS))
      .min(1, { message: 'Hãy chọn ít nhất một hình thức công khai.' })
      .max(DISCLOSURE_FORMS.length),
    publishedOn: eventDate,
    postedFrom: optionalEventDate,
    postedTo: optionalPlannedDate,
    place: optionalText(300),
    broadcastDays: z.number().int().min(0).max(366).nullable().default(null),
    noRadioSystem: z.boolean().default(false),
    official: optionalText(120),
    note: optionalText(),
    attachments: z.array(attachmentRef).max(50).default([]),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (!catalogItem(d.catalog, d.item)) {
      ctx.addIssue({
        code: 'custom',
        path: ['item'],
        message: `Nội dung công khai phải từ 1 đến ${catalogOf(d.catalog).items.length}.`,
      });
    }
    if (d.postedFrom && d.postedTo && d.postedTo < d.postedFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['postedTo'],
        message: 'Ngày kết thúc niêm yết không được trước ngày bắt đầu.',
      });
    }
    if ((d.postedFrom || d.postedTo) && !d.forms.includes('niem_yet')) {
      ctx.addIssue({
        code: 'custom',
        path: ['postedFrom'],
        message: 'Chỉ ghi thời gian niêm yết khi có hình thức niêm yết.',
      });
    }
    if (d.documentDate && d.publishedOn < d.documentDate) {
      ctx.addIssue({ code: 'custom', path: ['publishedOn'], message: 'Ngày công khai không được trước ngày văn bản.' });
    }
    const use = catalogUse(d.catalog, d.publishedOn);
    if (use.state === 'refused') ctx.addIssue({ code: 'custom', path: ['catalog'], message: use.message });
  });
/** Parsed disclosure fields. */
export type DisclosureFields = z.output<typeof disclosureFields>;

/** A compliance warning on one disclosure. */
export const disclosureWarningSchema = z.object({
  code: z.enum(['short_posting', 'radio_missing', 'late', 'catalog_outdated']),
  message: z.string(),
});

/** A stored disclosure with its item label and warnings. */
export const disclosureSchema = envelopeSchema.extend({
  catalog: z.enum(CATALOGS),
  item: z.number().int(),
  itemLabel: z.string(),
  title: z.string(),
  documentRef: z.string().nullable(),
  documentDate: z.string().nullable(),
  forms: z.array(z.enum(DISCLOSURE_FORMS)),
  publishedOn: z.string(),
  postedFrom: z.string().nullable(),
  postedTo: z.string().nullable(),
  place: z.string().nullable(),
  broadcastDays: z.number().int().nullable(),
  noRadioSystem: z.boolean(),
  official: z.string().nullable(),
  note: z.string().nullable(),
  attachments: z.array(attachmentRef),
  warnings: z.array(disclosureWarningSchema),
});
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
