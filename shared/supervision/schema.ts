import { z } from 'zod';
import {
  envelopeSchema,
  historyEntrySchema,
  idInput,
  listWindow,
  okOutput as ok,
  pageOf,
  versionRef,
} from '../contract/envelope';
import { SUPERVISION_BODIES } from '../reception/codes';
import { optionalDate } from '../util/zod';
import { bodyRecord } from './bodyRecord';

/** Editable fields of a supervision body. */
export const bodyFields = bodyRecord.input;

/** A stored supervision body, and whether it is active today. */
export const bodySchema = envelopeSchema.extend(bodyRecord.output).extend({ active: z.boolean() });
/** A stored supervision body. */
export type SupervisionBody = z.infer<typeof bodySchema>;

/** Filters of the body list. */
export const bodyListInput = z
  .object({
    search: z.string().max(200).default(''),
    body: z.enum(SUPERVISION_BODIES).nullable().default(null),
    activeOnly: z.boolean().default(false),
    ...listWindow,
  })
  .strict();

/**
 * What the home board says of the people's pillars (issue 11): whether a Ban TTND is active today, the
 * consultations whose result has not been made public, the decisions whose result has not.
 */
export const peopleBoardSchema = z.object({
  banTtndActive: z.boolean(),
  banGsdtcdActive: z.boolean(),
  unpublishedConsultations: z.array(z.object({ id: z.string(), title: z.string(), endedOn: z.string() })),
  unpublishedDecisions: z.array(z.object({ id: z.string(), title: z.string(), heldOn: z.string() })),
});
/** The home board's figures. */
export type PeopleBoard = z.infer<typeof peopleBoardSchema>;

/** The calls of the supervision area: the bodies (the supervisions themselves are reception calls). */
export const supervisionContract = {
  'supervision.listBodies': { input: bodyListInput, output: pageOf(bodySchema), writes: false },
  'supervision.createBody': { input: bodyFields, output: bodySchema, writes: true },
  'supervision.updateBody': {
    input: versionRef.extend({ fields: bodyFields }).strict(),
    output: bodySchema,
    writes: true,
  },
  'supervision.deleteBody': { input: versionRef, output: ok, writes: true },
  'supervision.bodyHistory': { input: idInput, output: z.array(historyEntrySchema), writes: false },
  'supervision.board': { input: z.object({ on: optionalDate }).strict(), output: peopleBoardSchema, writes: false },
} as const;
