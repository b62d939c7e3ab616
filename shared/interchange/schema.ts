import { z } from 'zod';
import { COMMUNITY_TYPES } from '../community/schema';
import { CASE_CATEGORIES, CASE_STATUSES, GENDERS, MEDIATOR_ROLES, isClosedStatus } from '../mediation/codes';
import { isoDate, optionalDate, optionalText, recordId, text } from '../util/zod';

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

/** `community` line. */
export const communityLine = z
  .object({ ...base, name: text(120), type: z.enum(COMMUNITY_TYPES), households: z.number().int().min(0).nullish() })
  .strict();

/** `mediation_team` line. */
export const teamLine = z.object({ ...base, community: communityRef, name: optionalText(200) }).strict();

/** `mediator` line. */
export const mediatorLine = z
  .object({
    ...base,
    community: communityRef,
    name: text(120),
    gender: z.enum(GENDERS),
    ethnicMinority: z.boolean().default(false),
    role: z.enum(MEDIATOR_ROLES).default('hoa_giai_vien'),
    birthYear: z.number().int().min(1900).max(2100).nullish(),
    recognizedOn: optionalDate,
    decisionRef: optionalText(100),
    leftOn: optionalDate,
  })
  .strict();

/** `mediation_case` line, with the date rules of interchange.md. */
export const caseLine = z
  .object({
    ...base,
    community: communityRef,
    receivedOn: isoDate,
    category: z.enum(CASE_CATEGORIES),
    summary: text(4000),
    status: z.enum(CASE_STATUSES),
    closedOn: optionalDate,
    parties: z
      .array(
        z
          .object({
            name: text(120),
            birthYear: z.number().int().min(1900).max(2100).nullish(),
            address: optionalText(300),
          })
          .strict(),
      )
      .max(50)
      .default([]),
    mediators: z.array(text(120)).max(20).default([]),
    agreement: optionalText(4000),
  })
  .strict()
  .superRefine((c, ctx) => {
    const closed = isClosedStatus(c.status);
    if (closed && !c.closedOn)
      ctx.addIssue({ code: 'custom', path: ['closedOn'], message: 'Bắt buộc với vụ việc đã kết thúc.' });
    if (!closed && c.closedOn)
      ctx.addIssue({ code: 'custom', path: ['closedOn'], message: 'Không được ghi khi vụ việc chưa kết thúc.' });
    if (c.closedOn && c.closedOn < c.receivedOn) {
      ctx.addIssue({ code: 'custom', path: ['closedOn'], message: 'Không được trước ngày tiếp nhận (receivedOn).' });
    }
  });

/** The line schemas of the kinds this version stores. */
export const LINE_SCHEMAS = {
  community: communityLine,
  mediation_team: teamLine,
  mediator: mediatorLine,
  mediation_case: caseLine,
} as const;
/** A kind this version stores. */
export type SupportedKind = keyof typeof LINE_SCHEMAS;

/** True when this version stores the kind. */
export function isSupportedKind(kind: string): kind is SupportedKind {
  return Object.hasOwn(LINE_SCHEMAS, kind);
}

/** A parsed line of a supported kind. */
export type ParsedLine =
  | ({ kind: 'community' } & z.output<typeof communityLine>)
  | ({ kind: 'mediation_team' } & z.output<typeof teamLine>)
  | ({ kind: 'mediator' } & z.output<typeof mediatorLine>)
  | ({ kind: 'mediation_case' } & z.output<typeof caseLine>);

/** Vietnamese column headers of the Excel template, per kind and field. */
export const XLSX_HEADERS: Record<SupportedKind, Record<string, string>> = {
  community: { id: 'Mã bản ghi', name: 'Tên thôn / tổ dân phố', type: 'Loại (thon / to_dan_pho)', households: 'Số hộ' },
  mediation_team: { id: 'Mã bản ghi', community: 'Thôn / tổ dân phố', name: 'Tên tổ hòa giải' },
  mediator: {
    id: 'Mã bản ghi',
    community: 'Thôn / tổ dân phố',
    name: 'Họ và tên',
    gender: 'Giới tính (nam / nu)',
    ethnicMinority: 'Dân tộc thiểu số (có / không)',
    role: 'Vai trò (to_truong / hoa_giai_vien)',
    birthYear: 'Năm sinh',
    recognizedOn: 'Ngày công nhận',
    decisionRef: 'Số quyết định công nhận',
    leftOn: 'Ngày thôi',
  },
  mediation_case: {
    id: 'Mã bản ghi',
    community: 'Thôn / tổ dân phố',
    receivedOn: 'Ngày tiếp nhận',
    category: 'Lĩnh vực (dan_su / hon_nhan_gia_dinh / mau_thuan / khac)',
    summary: 'Nội dung vụ việc',
    status: 'Tình trạng (tiep_nhan / dang_hoa_giai / thanh / khong_thanh / cham_dut / chuyen)',
    closedOn: 'Ngày kết thúc',
    parties: 'Các bên (mỗi người một dòng: Họ tên, năm sinh, địa chỉ)',
    mediators: 'Hòa giải viên (cách nhau bởi dấu ;)',
    agreement: 'Thỏa thuận của các bên',
  },
};

/** Vietnamese sheet names of the Excel template. */
export const XLSX_SHEETS: Record<SupportedKind, string> = {
  community: 'Thôn, tổ dân phố',
  mediation_team: 'Tổ hòa giải',
  mediator: 'Hòa giải viên',
  mediation_case: 'Vụ việc hòa giải',
};

/** An import error: the line, the field and the reason, in Vietnamese. */
export const importIssueSchema = z.object({ line: z.number().int(), field: z.string(), message: z.string() });

/** The calls of the records area (interchange.md). */
export const recordsContract = {
  'records.import': {
    input: z.object({ fileName: z.string().min(1), base64: z.string(), dryRun: z.boolean().default(false) }).strict(),
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
