import { z } from 'zod';
import type { AnyRecord, ParsedLine as RecordLine } from '../record/define';
import { RECORDS } from '../record/registry';

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

/** The definitions that travel in the interchange format, in the order records depend on each other. */
const LINE_RECORDS = RECORDS.filter((r) => r.line !== null);

/** The line schemas of the kinds this version stores, each derived from its record definition. */
export const LINE_SCHEMAS: Readonly<Record<string, z.ZodType<RecordLine>>> = Object.fromEntries(
  LINE_RECORDS.map((r) => [r.kind, r.line!]),
);
/** A kind this version stores. */
export type SupportedKind = Kind;

/** True when this version stores the kind. */
export function isSupportedKind(kind: string): kind is SupportedKind {
  return Object.hasOwn(LINE_SCHEMAS, kind);
}

/** A parsed line of a supported kind: every field by its record name; references still hold names. */
export type ParsedLine = RecordLine & { kind: SupportedKind };

/** The kinds in the order records depend on each other (a file is applied in its own order). */
export const KIND_ORDER: readonly SupportedKind[] = LINE_RECORDS.map((r) => r.kind as SupportedKind);

/** The template headers of a definition's line: the record id, then its columns. */
function headersOf(def: AnyRecord): Record<string, string> {
  return { id: 'Mã bản ghi', ...Object.fromEntries(def.lineColumns.map((c) => [c.name, c.header])) };
}

/** Vietnamese column headers of the Excel template, per kind and field. */
export const XLSX_HEADERS: Readonly<Record<string, Record<string, string>>> = Object.fromEntries(
  LINE_RECORDS.map((r) => [r.kind, headersOf(r)]),
);

/** Vietnamese sheet names of the Excel template. */
export const XLSX_SHEETS: Readonly<Record<string, string>> = Object.fromEntries(
  LINE_RECORDS.map((r) => [r.kind, r.sheet!]),
);

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
      /** Lines accepted but worth a check (a denunciation whose summary looks like an identity). */
      warnings: z.array(importIssueSchema),
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
