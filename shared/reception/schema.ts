import { z } from 'zod';
import { envelopeSchema, historyEntrySchema, listWindow, pageOf, versionRef } from '../contract/envelope';
import { optionalDate } from '../util/zod';
import { SUMMARY_IDENTITY_MESSAGE, summaryIdentityHints } from './identity';
import { CONTENTS, HOSTS, PETITION_STATUSES } from './codes';
import { dialogueRecord } from './dialogueRecord';
import { petitionRecord } from './petitionRecord';
import { sessionRecord } from './sessionRecord';
import { supervisionRecord } from './supervisionRecord';
import { registerSchema } from './register';
import { visitRecord } from './visitRecord';

/** Marks on a field's rule: identity fields carry `personal` (Nghị định 356/2025, Điều 3). */
export function personalFields(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => (field as z.ZodType).meta()?.personal === true)
    .map(([name]) => name);
}

/** Editable fields of a reception session (kỳ tiếp công dân). */
export const sessionFields = sessionRecord.input;
/** Parsed session fields. */
export type SessionFields = z.output<typeof sessionFields>;

/** A stored session with the number of visits recorded for its host on its day. */
export const sessionSchema = envelopeSchema.extend(sessionRecord.output).extend({ visits: z.number().int() });
/** A stored session. */
export type ReceptionSession = z.infer<typeof sessionSchema>;

/** Editable fields of a visit without its rules: one line of the Sổ tiếp công dân (Mẫu 03, domain.md §C.2). */
export const visitShape = visitRecord.shape;
/** Editable fields of a visit with the denunciation rule. */
export const visitFields = visitRecord.input;
/** Parsed visit fields. */
export type VisitFields = z.output<typeof visitFields>;

/** A stored visit; in lists the identity fields are masked. */
export const visitSchema = envelopeSchema.extend(visitRecord.output).extend({
  /** The session of the same host on the same day, when one is recorded. */
  sessionId: z.string().nullable(),
  /** True when the identity fields were masked for a list. */
  masked: z.boolean(),
});
/** A stored visit. */
export type ReceptionVisit = z.infer<typeof visitSchema>;

/** Editable fields of a petition (đơn) without its rules. */
export const petitionShape = petitionRecord.shape;
/** Editable fields of a petition with the rules of interchange.md. */
export const petitionFields = petitionRecord.input;
/** Parsed petition fields. */
export type PetitionFields = z.output<typeof petitionFields>;

/**
 * A record's input as the clerk's calls take it (issue 16): the record's fields and rules, plus
 * `summaryChecked`, never stored: a denunciation's summary that looks like it names someone or holds an
 * ID number needs the clerk's confirmation. The clerk's calls only; a bundle or file has no one to ask.
 */
function withSummaryCheck<Out extends { content: string; summary: string }, In>(fields: z.ZodType<Out, In>) {
  const check = z.looseObject({ summaryChecked: z.boolean().optional() }).transform((raw, ctx) => {
    const { summaryChecked, ...rest } = raw;
    const parsed = fields.safeParse(rest);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      return z.NEVER;
    }
    if (
      parsed.data.content === 'to_cao' &&
      summaryChecked !== true &&
      summaryIdentityHints(parsed.data.summary).length > 0
    ) {
      ctx.addIssue({ code: 'custom', path: ['summary'], message: SUMMARY_IDENTITY_MESSAGE });
      return z.NEVER;
    }
    return parsed.data;
  });
  return check as unknown as z.ZodType<Out, In & { summaryChecked?: boolean }>;
}

/** A visit as the clerk's calls take it: {@link visitFields} and the summary confirmation. */
export const visitInput = withSummaryCheck(visitFields);
/** A petition as the clerk's calls take it: {@link petitionFields} and the summary confirmation. */
export const petitionInput = withSummaryCheck(petitionFields);

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
export const petitionSchema = envelopeSchema.extend(petitionRecord.output).extend({
  acceptDeadline: deadlineSchema.nullable(),
  resolveDeadline: deadlineSchema.nullable(),
  /** The thụ lý came after the acceptance deadline. */
  lateAcceptance: z.boolean(),
  masked: z.boolean(),
});
/** A stored petition. */
export type Petition = z.infer<typeof petitionSchema>;

/** Editable fields of a dialogue conference (hội nghị đối thoại). */
export const dialogueFields = dialogueRecord.input;
/** A stored dialogue. */
export const dialogueSchema = envelopeSchema.extend(dialogueRecord.output);
/** A stored dialogue. */
export type Dialogue = z.infer<typeof dialogueSchema>;

/** Editable fields of a community supervision (Ban thanh tra nhân dân, Ban giám sát đầu tư của cộng đồng). */
export const supervisionFields = supervisionRecord.input;
/** A stored supervision. */
export const supervisionSchema = envelopeSchema.extend(supervisionRecord.output);
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

export type { ReceptionRegister } from './register';

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
