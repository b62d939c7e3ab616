import { z } from 'zod';
import { envelopeSchema, historyEntrySchema, listWindow, pageOf, versionRef } from '../contract/envelope';
import { optionalDate } from '../util/zod';
import { caseRecord, partySchema } from './caseRecord';
import { CASE_CATEGORIES, CASE_STATUSES } from './codes';
import { mediatorRecord } from './mediatorRecord';
import { registerSchema } from './register';
import { teamRecord } from './teamRecord';

/** Editable fields of a mediation team (one per community). */
export const teamFields = teamRecord.input;

/** A legal warning about a team's composition (Điều 12). */
export const teamWarningSchema = z.object({ code: z.enum(['too_few', 'no_woman']), message: z.string() });

/** A stored team, with its community name and composition figures. */
export const teamSchema = envelopeSchema.extend(teamRecord.output).extend({
  communityName: z.string(),
  activeMediators: z.number().int(),
  femaleMediators: z.number().int(),
  warnings: z.array(teamWarningSchema),
});
/** A stored team. */
export type MediationTeam = z.infer<typeof teamSchema>;

/** Editable fields of a mediator. */
export const mediatorFields = mediatorRecord.input;

/** A stored mediator. */
export const mediatorSchema = envelopeSchema.extend(mediatorRecord.output).extend({ communityName: z.string() });
/** A stored mediator. */
export type Mediator = z.infer<typeof mediatorSchema>;

export { partySchema };

/** Editable fields of a case, with the date rules of domain.md §B.3. */
export const caseFields = caseRecord.input;
/** Parsed case fields. */
export type CaseFields = z.output<typeof caseFields>;

/** A stored case, with names resolved for display. */
export const caseSchema = envelopeSchema
  .extend(caseRecord.output)
  .extend({ communityName: z.string(), mediatorNames: z.array(z.string()) });
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

export type { MediationRegister } from './register';

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
