import { z } from 'zod';
import { communityRecord } from '../community/communityRecord';
import type { AnyRecord, ParsedLine as RecordLine } from '../record/define';
import { caseRecord } from '../mediation/caseRecord';
import { mediatorRecord } from '../mediation/mediatorRecord';
import { teamRecord } from '../mediation/teamRecord';
import { dialogueRecord } from '../reception/dialogueRecord';
import { petitionRecord } from '../reception/petitionRecord';
import { sessionRecord } from '../reception/sessionRecord';
import { supervisionRecord } from '../reception/supervisionRecord';
import { visitRecord } from '../reception/visitRecord';
import { RECORDS } from '../record/registry';
import { eventDate, optionalEventDate, optionalPlannedDate, optionalText, recordId, text } from '../util/zod';
import { CATALOGS, catalogOf, catalogOn, catalogUse } from '../disclosure/catalog';
import { DISCLOSURE_FORMS } from '../disclosure/codes';
import { CONVENTION_STATUSES, CONVENTION_TYPES, REVIEW_OUTCOMES } from '../convention/codes';

/** Every kind of interchange.md v1. */
export const ALL_KINDS = [
  'community',
  'disclosure',
  'convention',
  'mediation_team',
  'mediator',
  'mediation_case',
  'reception_session',
  'reception_visit',
  'petition',
  'dialogue',
  'supervision',
] as const;
/** An interchange kind. */
export type Kind = (typeof ALL_KINDS)[number];

const base = { kind: z.string(), id: recordId.optional() };
const communityRef = text(120);

/** `disclosure` line; the catalog defaults by publishedOn (interchange.md). */
export const disclosureLine = z
  .object({
    ...base,
    catalog: z.enum(CATALOGS).optional(),
    item: z.number().int(),
    title: text(500),
    publishedOn: eventDate,
    documentRef: optionalText(100),
    documentDate: optionalEventDate,
    forms: z.array(z.enum(DISCLOSURE_FORMS)).min(1, { message: 'Phải có ít nhất một hình thức công khai.' }),
    postedFrom: optionalEventDate,
    postedTo: optionalPlannedDate,
    place: optionalText(300),
    broadcastDays: z.number().int().min(0).max(366).nullish(),
  })
  .strict()
  .transform((d) => ({ ...d, catalog: d.catalog ?? catalogOn(d.publishedOn).code }))
  .superRefine((d, ctx) => {
    const items = catalogOf(d.catalog).items.length;
    if (d.item < 1 || d.item > items)
      ctx.addIssue({ code: 'custom', path: ['item'], message: `Phải từ 1 đến ${items} với danh mục ${d.catalog}.` });
    if (d.postedFrom && d.postedTo && d.postedTo < d.postedFrom)
      ctx.addIssue({
        code: 'custom',
        path: ['postedTo'],
        message: 'Không được trước ngày bắt đầu niêm yết (postedFrom).',
      });
    const use = catalogUse(d.catalog, d.publishedOn);
    if (use.state === 'refused') ctx.addIssue({ code: 'custom', path: ['catalog'], message: use.message });
  });

/** `convention` line. */
export const conventionLine = z
  .object({
    ...base,
    community: communityRef,
    type: z.enum(CONVENTION_TYPES),
    title: text(300),
    status: z.enum(CONVENTION_STATUSES),
    adoptedOn: optionalEventDate,
    recognizedOn: optionalEventDate,
    decisionRef: optionalText(100),
    households: z.number().int().min(0).nullish(),
    householdsPresent: z.number().int().min(0).nullish(),
    householdsApproving: z.number().int().min(0).nullish(),
    statusOn: optionalEventDate,
    reviews: z
      .array(z.object({ on: eventDate, outcome: z.enum(REVIEW_OUTCOMES) }).strict())
      .max(200)
      .default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (['da_cong_nhan', 'tam_ngung'].includes(c.status) && !c.recognizedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['recognizedOn'],
        message: 'Bắt buộc với hương ước, quy ước đã được công nhận.',
      });
    if (c.adoptedOn && c.recognizedOn && c.recognizedOn < c.adoptedOn)
      ctx.addIssue({ code: 'custom', path: ['recognizedOn'], message: 'Không được trước ngày thông qua (adoptedOn).' });
    const last = c.recognizedOn ?? c.adoptedOn;
    if (c.statusOn && last && c.statusOn < last)
      ctx.addIssue({ code: 'custom', path: ['statusOn'], message: 'Không được trước ngày công nhận hoặc thông qua.' });
    if (c.householdsApproving != null && c.households != null && c.householdsApproving > c.households)
      ctx.addIssue({ code: 'custom', path: ['householdsApproving'], message: 'Không được lớn hơn tổng số hộ.' });
    if (c.householdsPresent != null && c.households != null && c.householdsPresent > c.households)
      ctx.addIssue({ code: 'custom', path: ['householdsPresent'], message: 'Không được lớn hơn tổng số hộ.' });
  });

/** The line schemas of the kinds this version stores. */
export const LINE_SCHEMAS = {
  community: communityRecord.line!,
  mediation_team: teamRecord.line!,
  mediator: mediatorRecord.line!,
  mediation_case: caseRecord.line!,
  reception_session: sessionRecord.line!,
  reception_visit: visitRecord.line!,
  petition: petitionRecord.line!,
  dialogue: dialogueRecord.line!,
  supervision: supervisionRecord.line!,
  disclosure: disclosureLine,
  convention: conventionLine,
} as const;
/** A kind this version stores. */
export type SupportedKind = keyof typeof LINE_SCHEMAS;

/** True when this version stores the kind. */
export function isSupportedKind(kind: string): kind is SupportedKind {
  return Object.hasOwn(LINE_SCHEMAS, kind);
}

/** A parsed line of a supported kind. */
export type ParsedLine =
  | ({ kind: Exclude<SupportedKind, 'disclosure' | 'convention'> } & RecordLine)
  | ({ kind: 'disclosure' } & z.output<typeof disclosureLine>)
  | ({ kind: 'convention' } & z.output<typeof conventionLine>);

/** The template headers of a definition's line: the record id, then its columns. */
function headersOf(def: AnyRecord): Record<string, string> {
  return { id: 'Mã bản ghi', ...Object.fromEntries(def.lineColumns.map((c) => [c.name, c.header])) };
}

const DEFINED = RECORDS.filter((r) => r.line !== null);

/** Vietnamese column headers of the Excel template, per kind and field. */
export const XLSX_HEADERS: Record<SupportedKind, Record<string, string>> = {
  ...(Object.fromEntries(DEFINED.map((r) => [r.kind, headersOf(r)])) as Record<SupportedKind, Record<string, string>>),
  disclosure: {
    id: 'Mã bản ghi',
    catalog: 'Danh mục (PL34_2007 / LUAT10_2022)',
    item: 'Nội dung số',
    title: 'Tên văn bản, nội dung công khai',
    publishedOn: 'Ngày công khai',
    documentRef: 'Số, ký hiệu văn bản',
    documentDate: 'Ngày văn bản',
    forms: 'Hình thức (niem_yet; truyen_thanh; …, cách nhau bởi dấu ;)',
    postedFrom: 'Niêm yết từ ngày',
    postedTo: 'Niêm yết đến ngày',
    place: 'Địa điểm niêm yết',
    broadcastDays: 'Số ngày phát thanh',
  },
  convention: {
    id: 'Mã bản ghi',
    community: 'Thôn / tổ dân phố',
    type: 'Loại (huong_uoc / quy_uoc)',
    title: 'Tên hương ước, quy ước',
    status: 'Tình trạng (soan_thao / lay_y_kien / da_thong_qua / da_cong_nhan / tam_ngung / bai_bo)',
    adoptedOn: 'Ngày thông qua',
    recognizedOn: 'Ngày công nhận',
    decisionRef: 'Số quyết định công nhận',
    households: 'Tổng số hộ',
    householdsPresent: 'Số hộ dự họp',
    householdsApproving: 'Số hộ tán thành',
    statusOn: 'Ngày có tình trạng hiện tại',
    reviews: 'Rà soát (mỗi lần một dòng: ngày, kết quả)',
  },
};

/** Vietnamese sheet names of the Excel template. */
export const XLSX_SHEETS: Record<SupportedKind, string> = {
  ...(Object.fromEntries(DEFINED.map((r) => [r.kind, r.sheet!])) as Record<SupportedKind, string>),
  disclosure: 'Công khai',
  convention: 'Hương ước, quy ước',
};

/** An import error: the line, the field and the reason, in Vietnamese. */
export const importIssueSchema = z.object({ line: z.number().int(), field: z.string(), message: z.string() });

/**
 * Largest import file (NDJSON or Excel): within it an import stays under 300 MB of memory
 * (issue 16); a larger file is refused before it is decoded, with the advice to split it.
 */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
/** What a clerk reads when a file is over {@link IMPORT_MAX_BYTES}. */
export const IMPORT_TOO_LARGE =
  'Tệp quá lớn để nhập (tối đa 20 MB). Hãy tách thành nhiều tệp nhỏ hơn rồi nhập lần lượt.';

/** The calls of the records area (interchange.md). */
export const recordsContract = {
  'records.import': {
    input: z
      .object({
        fileName: z.string().min(1),
        // Checked on the base64 text itself, before anything is decoded.
        base64: z.string().max(Math.ceil(IMPORT_MAX_BYTES / 3) * 4, { message: IMPORT_TOO_LARGE }),
        dryRun: z.boolean().default(false),
      })
      .strict(),
    output: z.object({
      imported: z.record(z.string(), z.number().int()),
      created: z.record(z.string(), z.number().int()),
      updated: z.record(z.string(), z.number().int()),
      unchanged: z.record(z.string(), z.number().int()),
      dryRun: z.boolean(),
    }),
    writes: true,
  },
  'records.export': {
    input: z
      .object({ format: z.enum(['ndjson', 'xlsx']).default('ndjson'), kind: z.enum(ALL_KINDS).optional() })
      .strict(),
    output: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() }),
    writes: false,
  },
  'records.template': {
    input: z.object({}).strict(),
    output: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() }),
    writes: false,
  },
} as const;
