import { z } from 'zod';
import { envelopeSchema, historyEntrySchema, listWindow, pageOf, versionRef } from '../contract/envelope';
import { eventDate, optionalDate, optionalEventDate, optionalText, text } from '../util/zod';
import {
  CONTENTS,
  DENOUNCER_IDENTITY_MESSAGE,
  FINISHED_STATUSES,
  HOSTS,
  PETITION_HANDLINGS,
  PETITION_STATUSES,
  SESSION_TYPES,
  SUPERVISION_BODIES,
  VISIT_HANDLINGS,
} from './codes';
import { SUMMARY_IDENTITY_MESSAGE, summaryIdentityHints } from './identity';

/**
 * Fields that identify a citizen. They are personal data (Nghị định 356/2025, Điều 3): masked in
 * lists, blanked in minimal bundles, and never accepted for a denunciation (domain.md §C.5).
 */
export const IDENTITY_FIELDS = ['citizenName', 'citizenAddress', 'citizenIdNumber', 'representatives'] as const;
/** The petitioner's identity fields of a petition. */
export const PETITIONER_FIELDS = ['petitionerName', 'petitionerAddress', 'petitionerIdNumber'] as const;

const secretRef = optionalText(100);

/** Marks a field as personal data (Nghị định 356/2025, Điều 3): masked in lists, blanked in minimal bundles. */
function personal<T extends z.ZodType>(schema: T): T {
  return schema.meta({ personal: true });
}

/** The fields of an object schema marked {@link personal}. */
export function personalFields(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => (field as z.ZodType).meta()?.personal === true)
    .map(([name]) => name);
}
const count = (min: number) => z.number({ message: 'Phải là số nguyên.' }).int().min(min).max(100_000);

/** Adds an issue on every identity field filled in for a denunciation. */
function refuseDenouncerIdentity(
  value: Record<string, unknown>,
  fields: readonly string[],
  ctx: z.RefinementCtx,
): void {
  if (value.content !== 'to_cao') return;
  for (const field of fields) {
    if (value[field] !== null && value[field] !== undefined) {
      ctx.addIssue({ code: 'custom', path: [field], message: DENOUNCER_IDENTITY_MESSAGE });
    }
  }
}

/** Editable fields of a reception session (kỳ tiếp công dân). */
export const sessionFields = z
  .object({
    heldOn: eventDate,
    host: z.enum(HOSTS, { message: 'Hãy chọn người chủ trì tiếp.' }),
    type: z.enum(SESSION_TYPES).default('dinh_ky'),
    hostName: optionalText(120),
    place: optionalText(300),
    note: optionalText(),
  })
  .strict();
/** Parsed session fields. */
export type SessionFields = z.output<typeof sessionFields>;

/** A stored session with the number of visits recorded for its host on its day. */
export const sessionSchema = envelopeSchema.extend({
  heldOn: z.string(),
  host: z.enum(HOSTS),
  type: z.enum(SESSION_TYPES),
  hostName: z.string().nullable(),
  place: z.string().nullable(),
  note: z.string().nullable(),
  visits: z.number().int(),
});
/** A stored session. */
export type ReceptionSession = z.infer<typeof sessionSchema>;

/** Editable fields of a visit: one line of the Sổ tiếp công dân (Mẫu 03, domain.md §C.2). */
export const visitShape = z
  .object({
    receivedOn: eventDate,
    host: z.enum(HOSTS, { message: 'Hãy chọn người tiếp.' }),
    citizens: count(1).default(1),
    group: z.boolean().default(false),
    content: z.enum(CONTENTS, { message: 'Hãy chọn loại nội dung.' }),
    summary: text(4000),
    handling: z.enum(VISIT_HANDLINGS).nullable().default(null),
    citizenName: personal(optionalText(120)),
    citizenAddress: personal(optionalText(300)),
    citizenIdNumber: personal(optionalText(20)),
    representatives: personal(optionalText(600)),
    secretRef,
    /** The clerk confirmed a denunciation's summary holds no denouncer identity (not stored). */
    summaryChecked: z.boolean().optional(),
    resolvedBy: optionalText(300),
    forwardedTo: optionalText(300),
    followUp: optionalText(2000),
    note: optionalText(),
  })
  .strict();
/** Editable fields of a visit with the denunciation rule. */
export const visitFields = visitShape.superRefine((v, ctx) => refuseDenouncerIdentity(v, IDENTITY_FIELDS, ctx));
/** Parsed visit fields. */
export type VisitFields = z.output<typeof visitFields>;

/**
 * A denunciation's summary that looks like it names someone or holds an ID number needs the clerk's
 * confirmation (`summaryChecked`): the clerk's calls only; a bundle or file has no one to ask.
 */
function confirmSummary(
  v: { content: string; summary: string; summaryChecked?: boolean | undefined },
  ctx: z.RefinementCtx,
) {
  if (v.content !== 'to_cao' || v.summaryChecked === true) return;
  if (summaryIdentityHints(v.summary).length > 0) {
    ctx.addIssue({ code: 'custom', path: ['summary'], message: SUMMARY_IDENTITY_MESSAGE });
  }
}

/** A visit as the clerk's calls take it: {@link visitFields} and the summary confirmation. */
export const visitInput = visitFields.superRefine(confirmSummary);

/** A stored visit; in lists the identity fields are masked. */
export const visitSchema = envelopeSchema.extend({
  receivedOn: z.string(),
  host: z.enum(HOSTS),
  citizens: z.number().int(),
  group: z.boolean(),
  content: z.enum(CONTENTS),
  summary: z.string(),
  handling: z.enum(VISIT_HANDLINGS).nullable(),
  citizenName: z.string().nullable(),
  citizenAddress: z.string().nullable(),
  citizenIdNumber: z.string().nullable(),
  representatives: z.string().nullable(),
  secretRef: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  forwardedTo: z.string().nullable(),
  followUp: z.string().nullable(),
  note: z.string().nullable(),
  /** The session of the same host on the same day, when one is recorded. */
  sessionId: z.string().nullable(),
  /** True when the identity fields were masked for a list. */
  masked: z.boolean(),
});
/** A stored visit. */
export type ReceptionVisit = z.infer<typeof visitSchema>;

/** Editable fields of a petition (đơn), with the rules of interchange.md. */
export const petitionShape = z
  .object({
    receivedOn: eventDate,
    content: z.enum(CONTENTS, { message: 'Hãy chọn loại đơn.' }),
    inCompetence: z.boolean().default(true),
    summary: text(4000),
    handling: z.enum(PETITION_HANDLINGS, { message: 'Hãy chọn hướng xử lý.' }),
    status: z.enum(PETITION_STATUSES).nullable().default(null),
    acceptedOn: optionalEventDate,
    resolvedOn: optionalEventDate,
    complex: z.boolean().default(false),
    especiallyComplex: z.boolean().default(false),
    remoteArea: z.boolean().default(false),
    multiplePlaces: z.boolean().default(false),
    round: z.union([z.literal(1), z.literal(2)]).default(1),
    extensions: z.number({ message: 'Số lần gia hạn phải là số nguyên.' }).int().min(0).max(100).default(0),
    petitionerName: personal(optionalText(120)),
    petitionerAddress: personal(optionalText(300)),
    petitionerIdNumber: personal(optionalText(20)),
    secretRef,
    /** The clerk confirmed a denunciation's summary holds no denouncer identity (not stored). */
    summaryChecked: z.boolean().optional(),
    forwardedTo: optionalText(300),
    resolution: optionalText(4000),
    note: optionalText(),
  })
  .strict();

/** The dates of a petition in order: received ≤ thụ lý ≤ resolved (interchange.md v2). */
function checkPetitionDates(p: z.output<typeof petitionShape>, issue: (path: string, message: string) => void) {
  if (p.acceptedOn && p.handling !== 'thu_ly') issue('acceptedOn', 'Chỉ đơn thụ lý mới có ngày thụ lý.');
  if (p.acceptedOn && p.acceptedOn < p.receivedOn) issue('acceptedOn', 'Ngày thụ lý không được trước ngày nhận đơn.');
  if (p.resolvedOn && p.resolvedOn < p.receivedOn) issue('resolvedOn', 'Ngày kết thúc không được trước ngày nhận đơn.');
  else if (p.resolvedOn && p.acceptedOn && p.resolvedOn < p.acceptedOn)
    issue('resolvedOn', 'Ngày kết thúc không được trước ngày thụ lý.');
}

/**
 * The levels of a denunciation (Luật Tố cáo 2018): verification at several places lengthens the
 * intake (Điều 24); a complex case allows one written extension, an especially complex one two, an
 * ordinary one none (Điều 30). More is refused, never silently capped.
 */
function checkDenunciationLevels(p: z.output<typeof petitionShape>, issue: (path: string, message: string) => void) {
  const denunciation = p.content === 'to_cao';
  if (p.especiallyComplex && !denunciation)
    issue('especiallyComplex', 'Chỉ đơn tố cáo mới có mức "đặc biệt phức tạp" (Luật Tố cáo 2018, Điều 30).');
  if (p.multiplePlaces && !denunciation)
    issue('multiplePlaces', 'Chỉ đơn tố cáo mới ghi "xác minh ở nhiều địa điểm" (Luật Tố cáo 2018, Điều 24).');
  if (p.extensions > 0 && !denunciation) issue('extensions', 'Chỉ đơn tố cáo mới được gia hạn giải quyết.');
  const max = p.especiallyComplex ? 2 : p.complex ? 1 : 0;
  if (p.extensions > max) {
    issue(
      'extensions',
      max === 0
        ? 'Chỉ vụ việc phức tạp hoặc đặc biệt phức tạp mới được gia hạn (Luật Tố cáo 2018, Điều 30).'
        : max === 1
          ? 'Vụ việc phức tạp chỉ được gia hạn 1 lần; gia hạn 2 lần chỉ với vụ việc đặc biệt phức tạp (Luật Tố cáo 2018, Điều 30).'
          : 'Vụ việc đặc biệt phức tạp được gia hạn tối đa 2 lần (Luật Tố cáo 2018, Điều 30).',
    );
  }
}

/** Editable fields of a petition with the rules of interchange.md. */
export const petitionFields = petitionShape
  .transform((p) => ({ ...p, status: p.handling === 'thu_ly' ? (p.status ?? 'dang_giai_quyet') : p.status }))
  .superRefine((p, ctx) => {
    refuseDenouncerIdentity(p, PETITIONER_FIELDS, ctx);
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (p.handling !== 'thu_ly' && p.status !== null)
      issue('status', 'Chỉ đơn đã thụ lý mới có tình trạng giải quyết.');
    const finished = p.status !== null && FINISHED_STATUSES.includes(p.status);
    if (finished && !p.resolvedOn) issue('resolvedOn', 'Đơn đã giải quyết hoặc đã rút phải có ngày kết thúc.');
    if (!finished && p.resolvedOn) issue('resolvedOn', 'Đơn chưa giải quyết xong thì không ghi ngày kết thúc.');
    checkPetitionDates(p, issue);
    if (p.round === 2 && p.content !== 'khieu_nai') issue('round', 'Chỉ đơn khiếu nại mới có lần giải quyết thứ hai.');
    checkDenunciationLevels(p, issue);
  });
/** Parsed petition fields. */
export type PetitionFields = z.output<typeof petitionFields>;
/** A petition as the clerk's calls take it: {@link petitionFields} and the summary confirmation. */
export const petitionInput = petitionFields.superRefine(confirmSummary);

/** A computed deadline, as the screens show it: the rule, its source, where it counted from, the days skipped. */
export const deadlineSchema = z.object({
  due: z.string(),
  days: z.number().int(),
  dayType: z.enum(['calendar', 'working']),
  ruleId: z.string(),
  legalRef: z.string(),
  unconfirmed: z.boolean(),
  from: z.string(),
  fromKind: z.enum(['received', 'accepted', 'acceptDeadline']),
  skipped: z.array(z.object({ date: z.string(), kind: z.enum(['weekend', 'holiday', 'make_up']), reason: z.string() })),
  calendarUnconfirmed: z.boolean(),
});

/** A stored petition with its deadlines. */
export const petitionSchema = envelopeSchema.extend({
  receivedOn: z.string(),
  content: z.enum(CONTENTS),
  inCompetence: z.boolean(),
  summary: z.string(),
  handling: z.enum(PETITION_HANDLINGS),
  status: z.enum(PETITION_STATUSES).nullable(),
  acceptedOn: z.string().nullable(),
  resolvedOn: z.string().nullable(),
  complex: z.boolean(),
  especiallyComplex: z.boolean(),
  remoteArea: z.boolean(),
  multiplePlaces: z.boolean(),
  round: z.number().int(),
  extensions: z.number().int(),
  petitionerName: z.string().nullable(),
  petitionerAddress: z.string().nullable(),
  petitionerIdNumber: z.string().nullable(),
  secretRef: z.string().nullable(),
  forwardedTo: z.string().nullable(),
  resolution: z.string().nullable(),
  note: z.string().nullable(),
  acceptDeadline: deadlineSchema.nullable(),
  resolveDeadline: deadlineSchema.nullable(),
  /** The thụ lý came after the acceptance deadline. */
  lateAcceptance: z.boolean(),
  masked: z.boolean(),
});
/** A stored petition. */
export type Petition = z.infer<typeof petitionSchema>;

/** Editable fields of a dialogue conference (hội nghị đối thoại). */
export const dialogueFields = z
  .object({
    heldOn: eventDate,
    topic: text(500),
    participants: count(0).nullable().default(null),
    chairedBy: optionalText(200),
    note: optionalText(),
  })
  .strict();
/** A stored dialogue. */
export const dialogueSchema = envelopeSchema.extend({
  heldOn: z.string(),
  topic: z.string(),
  participants: z.number().int().nullable(),
  chairedBy: z.string().nullable(),
  note: z.string().nullable(),
});
/** A stored dialogue. */
export type Dialogue = z.infer<typeof dialogueSchema>;

/** Editable fields of a community supervision (Ban thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng). */
export const supervisionFields = z
  .object({
    body: z.enum(SUPERVISION_BODIES, { message: 'Hãy chọn ban giám sát.' }),
    heldOn: eventDate,
    subject: text(500),
    participants: count(0).nullable().default(null),
    conclusion: optionalText(4000),
    note: optionalText(),
  })
  .strict();
/** A stored supervision. */
export const supervisionSchema = envelopeSchema.extend({
  body: z.enum(SUPERVISION_BODIES),
  heldOn: z.string(),
  subject: z.string(),
  participants: z.number().int().nullable(),
  conclusion: z.string().nullable(),
  note: z.string().nullable(),
});
/** A stored supervision. */
export type Supervision = z.infer<typeof supervisionSchema>;

const period = { from: optionalDate, to: optionalDate };
const search = z.string().max(200).default('');

/** Filters of the session list. */
export const sessionListInput = z
  .object({ search, host: z.enum(HOSTS).nullable().default(null), ...period, ...listWindow })
  .strict();
/** Filters of the visit list. */
export const visitListInput = z
  .object({
    search,
    host: z.enum(HOSTS).nullable().default(null),
    content: z.enum(CONTENTS).nullable().default(null),
    ...period,
    ...listWindow,
  })
  .strict();
/** Filters of the petition list. */
export const petitionListInput = z
  .object({
    search,
    content: z.enum(CONTENTS).nullable().default(null),
    status: z.enum(PETITION_STATUSES).nullable().default(null),
    ...period,
    ...listWindow,
  })
  .strict();
/** Filters of the dialogue and supervision lists. */
export const simpleListInput = z.object({ search, ...period, ...listWindow }).strict();

/** One line of the deadline board ("sắp đến hạn / quá hạn"). */
export const deadlineItemSchema = z.object({
  petitionId: z.string(),
  receivedOn: z.string(),
  content: z.enum(CONTENTS),
  summary: z.string(),
  due: z.string(),
  daysLeft: z.number().int(),
  state: z.enum(['qua_han', 'sap_den_han']),
  legalRef: z.string(),
  unconfirmed: z.boolean(),
  /** Counted from the thụ lý, or (no thụ lý date recorded: "chưa ghi ngày thụ lý") from the acceptance deadline. */
  fromKind: z.enum(['received', 'accepted', 'acceptDeadline']),
});
/** A deadline board line. */
export type DeadlineItem = z.infer<typeof deadlineItemSchema>;

/** One row of the Sổ tiếp công dân (Mẫu số 03, Thông tư 04/2021/TT-TTCP), its 12 columns. */
export const registerRowSchema = z.object({
  no: z.number().int(),
  visitId: z.string(),
  receivedOn: z.string(),
  nameAddress: z.string(),
  idNumber: z.string(),
  summary: z.string(),
  classification: z.string(),
  resolvedBy: z.string(),
  accepted: z.boolean(),
  returned: z.boolean(),
  forwarded: z.string().nullable(),
  followUp: z.string(),
  note: z.string(),
});
/** The register of a period. */
export const registerSchema = z.object({
  province: z.string(),
  commune: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  rows: z.array(registerRowSchema),
});
/** The Sổ tiếp công dân of a period. */
export type ReceptionRegister = z.infer<typeof registerSchema>;

const idInput = z.object({ id: z.string() }).strict();
const ok = z.object({ ok: z.literal(true) });

/** The calls of the citizen reception area. */
export const receptionContract = {
  'reception.listSessions': { input: sessionListInput, output: pageOf(sessionSchema), writes: false },
  'reception.createSession': { input: sessionFields, output: sessionSchema, writes: true },
  'reception.updateSession': {
    input: versionRef.extend({ fields: sessionFields }).strict(),
    output: sessionSchema,
    writes: true,
  },
  'reception.deleteSession': { input: versionRef, output: ok, writes: true },
  'reception.listVisits': { input: visitListInput, output: pageOf(visitSchema), writes: false },
  'reception.getVisit': { input: idInput, output: visitSchema, writes: false },
  'reception.createVisit': { input: visitInput, output: visitSchema, writes: true },
  'reception.updateVisit': {
    input: versionRef.extend({ fields: visitInput }).strict(),
    output: visitSchema,
    writes: true,
  },
  'reception.deleteVisit': { input: versionRef, output: ok, writes: true },
  'reception.visitHistory': { input: idInput, output: z.array(historyEntrySchema), writes: false },
  'reception.listPetitions': { input: petitionListInput, output: pageOf(petitionSchema), writes: false },
  'reception.getPetition': { input: idInput, output: petitionSchema, writes: false },
  'reception.createPetition': { input: petitionInput, output: petitionSchema, writes: true },
  'reception.updatePetition': {
    input: versionRef.extend({ fields: petitionInput }).strict(),
    output: petitionSchema,
    writes: true,
  },
  'reception.deletePetition': { input: versionRef, output: ok, writes: true },
  'reception.petitionHistory': { input: idInput, output: z.array(historyEntrySchema), writes: false },
  'reception.deadlines': {
    input: z.object({ today: optionalDate }).strict(),
    output: z.array(deadlineItemSchema),
    writes: false,
  },
  'reception.register': {
    input: z.object({ from: optionalDate, to: optionalDate }).strict(),
    output: registerSchema,
    writes: false,
  },
  'reception.listDialogues': { input: simpleListInput, output: pageOf(dialogueSchema), writes: false },
  'reception.createDialogue': { input: dialogueFields, output: dialogueSchema, writes: true },
  'reception.updateDialogue': {
    input: versionRef.extend({ fields: dialogueFields }).strict(),
    output: dialogueSchema,
    writes: true,
  },
  'reception.deleteDialogue': { input: versionRef, output: ok, writes: true },
  'reception.listSupervisions': { input: simpleListInput, output: pageOf(supervisionSchema), writes: false },
  'reception.createSupervision': { input: supervisionFields, output: supervisionSchema, writes: true },
  'reception.updateSupervision': {
    input: versionRef.extend({ fields: supervisionFields }).strict(),
    output: supervisionSchema,
    writes: true,
  },
  'reception.deleteSupervision': { input: versionRef, output: ok, writes: true },
} as const;
