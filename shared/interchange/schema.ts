import { z } from 'zod';
import { COMMUNITY_TYPES } from '../community/schema';
import { CASE_CATEGORIES, CASE_STATUSES, GENDERS, MEDIATOR_ROLES, isClosedStatus } from '../mediation/codes';
import { eventDate, optionalEventDate, optionalPlannedDate, optionalText, recordId, text } from '../util/zod';
import {
  CONTENTS,
  DENOUNCER_IDENTITY_MESSAGE,
  HOSTS,
  PETITION_HANDLINGS,
  PETITION_STATUSES,
  SESSION_TYPES,
  SUPERVISION_BODIES,
  VISIT_HANDLINGS,
} from '../reception/codes';
import { petitionFields, visitFields } from '../reception/schema';
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
    recognizedOn: optionalEventDate,
    decisionRef: optionalText(100),
    leftOn: optionalEventDate,
  })
  .strict();

/** `mediation_case` line, with the date rules of interchange.md. */
export const caseLine = z
  .object({
    ...base,
    community: communityRef,
    receivedOn: eventDate,
    category: z.enum(CASE_CATEGORIES),
    summary: text(4000),
    status: z.enum(CASE_STATUSES),
    closedOn: optionalEventDate,
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
      ctx.addIssue({ code: 'custom', path: ['closedOn'], message: 'Không được trước ngày tiếp nhận.' });
    }
  });

/** A citizen or petitioner as interchange.md writes them. */
const personLine = z.object({ name: text(120), address: optionalText(300), idNumber: optionalText(20) }).strict();

/** Rejects a denouncer's identity on a `to_cao` line, naming the field but never echoing its value. */
function refuseIdentity(line: { content: string } & Record<string, unknown>, field: string, ctx: z.RefinementCtx) {
  if (line.content === 'to_cao' && line[field] !== undefined && line[field] !== null) {
    ctx.addIssue({ code: 'custom', path: [field], message: DENOUNCER_IDENTITY_MESSAGE });
  }
}

/** Runs the stored record's own rules on a mapped line, reporting their issues on the line. */
function checkedFields<S extends z.ZodType>(schema: S, value: unknown, ctx: z.RefinementCtx): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  return z.NEVER;
}

/** `reception_session` line. */
export const sessionLine = z
  .object({ ...base, heldOn: eventDate, host: z.enum(HOSTS), type: z.enum(SESSION_TYPES).default('dinh_ky') })
  .strict();

/** `reception_visit` line: checked, then mapped onto the stored visit fields and their rules. */
export const visitLine = z
  .object({
    ...base,
    receivedOn: eventDate,
    host: z.enum(HOSTS),
    citizens: z.number().int().min(1).default(1),
    group: z.boolean().default(false),
    content: z.enum(CONTENTS),
    summary: optionalText(4000),
    handling: z.enum(VISIT_HANDLINGS).nullish(),
    citizen: personLine.nullish(),
    secretRef: optionalText(100),
  })
  .strict()
  .superRefine((l, ctx) => refuseIdentity(l, 'citizen', ctx))
  .transform((l) => ({
    kind: l.kind,
    id: l.id,
    fields: {
      receivedOn: l.receivedOn,
      host: l.host,
      citizens: l.citizens,
      group: l.group,
      content: l.content,
      summary: l.summary ?? '(không ghi)',
      handling: l.handling ?? null,
      citizenName: l.citizen?.name ?? null,
      citizenAddress: l.citizen?.address ?? null,
      citizenIdNumber: l.citizen?.idNumber ?? null,
      secretRef: l.secretRef,
    },
  }))
  .transform((l, ctx) => ({ ...l, fields: checkedFields(visitFields, l.fields, ctx) }));

/** `petition` line: checked, then mapped onto the stored petition fields and their rules. */
export const petitionLine = z
  .object({
    ...base,
    receivedOn: eventDate,
    content: z.enum(CONTENTS),
    inCompetence: z.boolean(),
    summary: optionalText(4000),
    handling: z.enum(PETITION_HANDLINGS),
    status: z.enum(PETITION_STATUSES).nullish(),
    acceptedOn: optionalEventDate,
    resolvedOn: optionalEventDate,
    complex: z.boolean().default(false),
    especiallyComplex: z.boolean().default(false),
    remoteArea: z.boolean().default(false),
    multiplePlaces: z.boolean().default(false),
    round: z.union([z.literal(1), z.literal(2)]).default(1),
    extensions: z.number().int().min(0).max(100).default(0),
    petitioner: personLine.nullish(),
    secretRef: optionalText(100),
  })
  .strict()
  .superRefine((l, ctx) => refuseIdentity(l, 'petitioner', ctx))
  .transform((l) => ({
    kind: l.kind,
    id: l.id,
    fields: {
      receivedOn: l.receivedOn,
      content: l.content,
      inCompetence: l.inCompetence,
      summary: l.summary ?? '(không ghi)',
      handling: l.handling,
      status: l.status ?? null,
      acceptedOn: l.acceptedOn,
      resolvedOn: l.resolvedOn,
      complex: l.complex,
      especiallyComplex: l.especiallyComplex,
      remoteArea: l.remoteArea,
      multiplePlaces: l.multiplePlaces,
      round: l.round,
      extensions: l.extensions,
      petitionerName: l.petitioner?.name ?? null,
      petitionerAddress: l.petitioner?.address ?? null,
      petitionerIdNumber: l.petitioner?.idNumber ?? null,
      secretRef: l.secretRef,
    },
  }))
  .transform((l, ctx) => ({ ...l, fields: checkedFields(petitionFields, l.fields, ctx) }));

/** `dialogue` line. */
export const dialogueLine = z
  .object({
    ...base,
    heldOn: eventDate,
    topic: optionalText(500),
    participants: z.number().int().min(0).nullish(),
  })
  .strict();

/** `supervision` line. */
export const supervisionLine = z
  .object({ ...base, body: z.enum(SUPERVISION_BODIES), heldOn: eventDate, subject: optionalText(500) })
  .strict();
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
        message: 'Không được trước ngày bắt đầu niêm yết.',
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
      ctx.addIssue({ code: 'custom', path: ['recognizedOn'], message: 'Không được trước ngày thông qua.' });
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
  community: communityLine,
  mediation_team: teamLine,
  mediator: mediatorLine,
  mediation_case: caseLine,
  reception_session: sessionLine,
  reception_visit: visitLine,
  petition: petitionLine,
  dialogue: dialogueLine,
  supervision: supervisionLine,
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
  | ({ kind: 'community' } & z.output<typeof communityLine>)
  | ({ kind: 'mediation_team' } & z.output<typeof teamLine>)
  | ({ kind: 'mediator' } & z.output<typeof mediatorLine>)
  | ({ kind: 'mediation_case' } & z.output<typeof caseLine>)
  | ({ kind: 'reception_session' } & z.output<typeof sessionLine>)
  | ({ kind: 'reception_visit' } & z.output<typeof visitLine>)
  | ({ kind: 'petition' } & z.output<typeof petitionLine>)
  | ({ kind: 'dialogue' } & z.output<typeof dialogueLine>)
  | ({ kind: 'supervision' } & z.output<typeof supervisionLine>)
  | ({ kind: 'disclosure' } & z.output<typeof disclosureLine>)
  | ({ kind: 'convention' } & z.output<typeof conventionLine>);

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
  reception_session: {
    id: 'Mã bản ghi',
    heldOn: 'Ngày tiếp',
    host: 'Người chủ trì (chu_tich_ubnd / bi_thu / dai_bieu_hdnd / cong_chuc)',
    type: 'Loại kỳ tiếp (dinh_ky / dot_xuat / thuong_xuyen)',
  },
  reception_visit: {
    id: 'Mã bản ghi',
    receivedOn: 'Ngày tiếp',
    host: 'Người tiếp (chu_tich_ubnd / bi_thu / dai_bieu_hdnd / cong_chuc)',
    citizens: 'Số người',
    group: 'Đoàn đông người (có / không)',
    content: 'Loại nội dung (khieu_nai / to_cao / kien_nghi / phan_anh)',
    summary: 'Nội dung vụ việc',
    handling: 'Hướng xử lý (thu_ly / tra_lai_huong_dan / chuyen_don)',
    citizen: 'Công dân (Họ tên; địa chỉ; số định danh) — không ghi với tố cáo',
    secretRef: 'Số tham chiếu sổ mật (tố cáo)',
  },
  petition: {
    id: 'Mã bản ghi',
    receivedOn: 'Ngày nhận đơn',
    content: 'Loại đơn (khieu_nai / to_cao / kien_nghi / phan_anh)',
    inCompetence: 'Thuộc thẩm quyền của xã (có / không)',
    summary: 'Nội dung đơn',
    handling: 'Hướng xử lý (thu_ly / tra_lai_huong_dan / chuyen_don / luu_don)',
    status: 'Tình trạng (dang_giai_quyet / da_giai_quyet / rut_don)',
    acceptedOn: 'Ngày thụ lý',
    resolvedOn: 'Ngày giải quyết xong',
    complex: 'Vụ việc phức tạp (có / không)',
    especiallyComplex: 'Tố cáo đặc biệt phức tạp (có / không)',
    remoteArea: 'Vùng sâu, vùng xa (có / không)',
    multiplePlaces: 'Tố cáo phải xác minh ở nhiều địa điểm (có / không)',
    round: 'Lần giải quyết khiếu nại (1 / 2)',
    extensions: 'Số lần gia hạn (tố cáo: phức tạp 1, đặc biệt phức tạp 2)',
    petitioner: 'Người gửi đơn (Họ tên; địa chỉ; số định danh) — không ghi với tố cáo',
    secretRef: 'Số tham chiếu sổ mật (tố cáo)',
  },
  dialogue: { id: 'Mã bản ghi', heldOn: 'Ngày đối thoại', topic: 'Nội dung', participants: 'Số người tham dự' },
  supervision: {
    id: 'Mã bản ghi',
    body: 'Ban giám sát (ban_ttnd / ban_gsdtcd)',
    heldOn: 'Ngày giám sát',
    subject: 'Nội dung giám sát',
  },
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
  community: 'Thôn, tổ dân phố',
  mediation_team: 'Tổ hòa giải',
  mediator: 'Hòa giải viên',
  mediation_case: 'Vụ việc hòa giải',
  reception_session: 'Kỳ tiếp công dân',
  reception_visit: 'Sổ tiếp công dân',
  petition: 'Đơn thư',
  dialogue: 'Hội nghị đối thoại',
  supervision: 'Giám sát cộng đồng',
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
