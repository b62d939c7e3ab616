import { z } from 'zod';
import { envelopeSchema, historyEntrySchema, listWindow, pageOf, versionRef } from '../contract/envelope';
import { eventDate, optionalDate, optionalEventDate, optionalText, text } from '../util/zod';
import { CASE_CATEGORIES, CASE_GROUNDS, CASE_STATUSES, GENDERS, MEDIATOR_ROLES, isClosedStatus } from './codes';

/** Editable fields of a mediation team (one per community). */
export const teamFields = z
  .object({
    communityId: z.string().min(1, { message: 'Hãy chọn thôn / tổ dân phố.' }),
    name: optionalText(200),
    establishedOn: optionalEventDate,
    decisionRef: optionalText(100),
    note: optionalText(),
  })
  .strict();

/** A legal warning about a team's composition (Điều 12). */
export const teamWarningSchema = z.object({ code: z.enum(['too_few', 'no_woman']), message: z.string() });

/** A stored team, with its community name and composition figures. */
export const teamSchema = envelopeSchema.extend({
  communityId: z.string(),
  communityName: z.string(),
  name: z.string(),
  establishedOn: z.string().nullable(),
  decisionRef: z.string().nullable(),
  note: z.string().nullable(),
  activeMediators: z.number().int(),
  femaleMediators: z.number().int(),
  warnings: z.array(teamWarningSchema),
});
/** A stored team. */
export type MediationTeam = z.infer<typeof teamSchema>;

/** Editable fields of a mediator. */
export const mediatorFields = z
  .object({
    teamId: z.string().min(1, { message: 'Hãy chọn tổ hòa giải.' }),
    name: text(120),
    gender: z.enum(GENDERS, { message: 'Hãy chọn giới tính.' }),
    birthYear: z.number().int().min(1900).max(2100).nullable().default(null),
    ethnicMinority: z.boolean().default(false),
    role: z.enum(MEDIATOR_ROLES).default('hoa_giai_vien'),
    recognizedOn: optionalEventDate,
    decisionRef: optionalText(100),
    leftOn: optionalEventDate,
    phone: optionalText(30),
    note: optionalText(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.leftOn && m.recognizedOn && m.leftOn < m.recognizedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['leftOn'],
        message: 'Ngày thôi làm hòa giải viên không được trước ngày công nhận.',
      });
    }
  });

/** A stored mediator. */
export const mediatorSchema = envelopeSchema.extend({
  teamId: z.string(),
  communityName: z.string(),
  name: z.string(),
  gender: z.enum(GENDERS),
  birthYear: z.number().int().nullable(),
  ethnicMinority: z.boolean(),
  role: z.enum(MEDIATOR_ROLES),
  recognizedOn: z.string().nullable(),
  decisionRef: z.string().nullable(),
  leftOn: z.string().nullable(),
  phone: z.string().nullable(),
  note: z.string().nullable(),
});
/** A stored mediator. */
export type Mediator = z.infer<typeof mediatorSchema>;

/** A party to a case (Sổ column 4: name, age, address). */
export const partySchema = z
  .object({
    name: text(120),
    birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
    address: optionalText(300),
  })
  .strict();

const caseBase = z
  .object({
    communityId: z.string().min(1, { message: 'Hãy chọn thôn / tổ dân phố.' }),
    receivedOn: eventDate,
    category: z.enum(CASE_CATEGORIES, { message: 'Hãy chọn lĩnh vực.' }),
    grounds: z.enum(CASE_GROUNDS).nullable().default(null),
    summary: text(4000),
    status: z.enum(CASE_STATUSES).default('tiep_nhan'),
    closedOn: optionalEventDate,
    parties: z.array(partySchema).max(50).default([]),
    mediatorIds: z.array(z.string()).max(20).default([]),
    invited: optionalText(500),
    agreement: optionalText(4000),
    note: optionalText(),
  })
  .strict();

/** Date rules of a case (domain.md §B.3): closedOn with closed statuses only, never before receivedOn. */
export const caseFields = caseBase.superRefine((c, ctx) => {
  const closed = isClosedStatus(c.status);
  if (closed && !c.closedOn) {
    ctx.addIssue({ code: 'custom', path: ['closedOn'], message: 'Vụ việc đã kết thúc phải có ngày kết thúc.' });
  }
  if (!closed && c.closedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['closedOn'],
      message: 'Vụ việc chưa kết thúc thì không ghi ngày kết thúc.',
    });
  }
  if (c.closedOn && c.closedOn < c.receivedOn) {
    ctx.addIssue({ code: 'custom', path: ['closedOn'], message: 'Ngày kết thúc không được trước ngày tiếp nhận.' });
  }
});
/** Parsed case fields. */
export type CaseFields = z.output<typeof caseFields>;

/** A stored case, with names resolved for display. */
export const caseSchema = envelopeSchema.extend({
  communityId: z.string(),
  communityName: z.string(),
  receivedOn: z.string(),
  category: z.enum(CASE_CATEGORIES),
  grounds: z.enum(CASE_GROUNDS).nullable(),
  summary: z.string(),
  status: z.enum(CASE_STATUSES),
  closedOn: z.string().nullable(),
  parties: z.array(
    z.object({
      name: z.string(),
      birthYear: z.number().int().nullable().optional(),
      address: z.string().nullable().optional(),
    }),
  ),
  mediatorIds: z.array(z.string()),
  mediatorNames: z.array(z.string()),
  invited: z.string().nullable(),
  agreement: z.string().nullable(),
  note: z.string().nullable(),
});
/** A stored case. */
export type MediationCase = z.infer<typeof caseSchema>;

/** Sort keys of the case list. */
export const CASE_SORTS = ['receivedOn_desc', 'receivedOn_asc', 'status', 'community'] as const;

/** Filters of the case list. */
export const caseListInput = z
  .object({
    search: z.string().max(200).default(''),
    communityId: z.string().nullable().default(null),
    status: z.enum(CASE_STATUSES).nullable().default(null),
    category: z.enum(CASE_CATEGORIES).nullable().default(null),
    from: optionalDate,
    to: optionalDate,
    sort: z.enum(CASE_SORTS).default('receivedOn_desc'),
    ...listWindow,
  })
  .strict();

/** One row of the Sổ theo dõi hoạt động hòa giải (domain.md §B.4). */
export const registerRowSchema = z.object({
  no: z.number().int(),
  caseId: z.string(),
  receivedOn: z.string(),
  mediators: z.string(),
  parties: z.string(),
  summary: z.string(),
  agreement: z.string(),
  successful: z.boolean(),
  unsuccessful: z.boolean(),
  note: z.string(),
});

/** The register of one team for a period. */
export const registerSchema = z.object({
  province: z.string(),
  commune: z.string(),
  community: z.string(),
  team: z.string(),
  /** The team leader (tổ trưởng) still serving, who signs Phần II. */
  leader: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  rows: z.array(registerRowSchema),
  summary: z.array(
    z.object({
      mediator: z.string(),
      byCategory: z.record(z.string(), z.number().int()),
      successful: z.number().int(),
      unsuccessful: z.number().int(),
      other: z.number().int(),
    }),
  ),
});
/** The register of one team. */
export type MediationRegister = z.infer<typeof registerSchema>;

const idInput = z.object({ id: z.string() }).strict();
const ok = z.object({ ok: z.literal(true) });

/** The calls of the mediation area. */
export const mediationContract = {
  'mediation.listTeams': {
    input: z.object({ search: z.string().default('') }).strict(),
    output: z.array(teamSchema),
    writes: false,
  },
  'mediation.createTeam': { input: teamFields, output: teamSchema, writes: true },
  'mediation.updateTeam': {
    input: versionRef.extend({ fields: teamFields }).strict(),
    output: teamSchema,
    writes: true,
  },
  'mediation.deleteTeam': { input: versionRef, output: ok, writes: true },
  'mediation.listMediators': {
    input: z
      .object({
        search: z.string().default(''),
        teamId: z.string().nullable().default(null),
        includeLeft: z.boolean().default(true),
      })
      .strict(),
    output: z.array(mediatorSchema),
    writes: false,
  },
  'mediation.createMediator': { input: mediatorFields, output: mediatorSchema, writes: true },
  'mediation.updateMediator': {
    input: versionRef.extend({ fields: mediatorFields }).strict(),
    output: mediatorSchema,
    writes: true,
  },
  'mediation.deleteMediator': { input: versionRef, output: ok, writes: true },
  'mediation.listCases': { input: caseListInput, output: pageOf(caseSchema), writes: false },
  'mediation.getCase': { input: idInput, output: caseSchema, writes: false },
  'mediation.createCase': { input: caseFields, output: caseSchema, writes: true },
  'mediation.updateCase': {
    input: versionRef.extend({ fields: caseFields }).strict(),
    output: caseSchema,
    writes: true,
  },
  'mediation.deleteCase': { input: versionRef, output: ok, writes: true },
  'mediation.caseHistory': { input: idInput, output: z.array(historyEntrySchema), writes: false },
  'mediation.register': {
    input: z.object({ teamId: z.string(), from: optionalDate, to: optionalDate }).strict(),
    output: registerSchema,
    writes: false,
  },
} as const;
