import { z } from 'zod';
import { envelopeSchema, historyEntrySchema, listWindow, pageOf, versionRef } from '../contract/envelope';
import { eventDate, isoDate, optionalPlannedDate, optionalText, plannedDate, text } from '../util/zod';
import { CONVENTION_STATUSES, REVIEW_OUTCOMES, VOTE_METHODS } from './codes';
import {
  conventionRecord,
  reviewSchema,
  statusEventSchema,
  voteSchema,
  type Review,
  type StatusEvent,
  type Vote,
} from './conventionRecord';

export { reviewSchema, statusEventSchema, voteSchema, type Review, type StatusEvent, type Vote };

/** Editable fields of a convention (domain.md §D.4); lifecycle steps go through `convention.act`. */
export const conventionFields = conventionRecord.input;
/** Parsed convention fields. */
export type ConventionFields = z.output<typeof conventionFields>;

/** A stored convention with figures computed for display. */
export const conventionSchema = envelopeSchema.extend(conventionRecord.output).extend({
  communityName: z.string(),
  supersededById: z.string().nullable(),
  votes: z.array(
    z.object({
      method: z.enum(VOTE_METHODS),
      on: z.string(),
      households: z.number().int(),
      present: z.number().int(),
      approving: z.number().int(),
      quorum: z.boolean(),
      majority: z.boolean(),
      passed: z.boolean(),
    }),
  ),
  /** The regime the convention falls under by its own dates (Quyết định 22/2018 or Nghị định 61/2023). */
  legalBasis: z.object({ ruleId: z.string(), legalRef: z.string(), recognizer: z.string(), unconfirmed: z.boolean() }),
  warnings: z.array(
    z.object({ code: z.enum(['late_submission', 'late_recognition', 'review_due']), message: z.string() }),
  ),
});
/** A stored convention. */
export type Convention = z.infer<typeof conventionSchema>;

/** The lifecycle steps (domain.md §D.3). */
export const conventionAction = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('consult'),
      from: eventDate,
      to: plannedDate,
      place: optionalText(300),
      result: optionalText(4000),
    })
    .strict(),
  z.object({ action: z.literal('vote'), vote: voteSchema }).strict(),
  z.object({ action: z.literal('submit'), on: eventDate }).strict(),
  z
    .object({ action: z.literal('recognize'), on: eventDate, decisionRef: text(100), effectiveOn: optionalPlannedDate })
    .strict(),
  z
    .object({
      action: z.literal('suspend'),
      on: eventDate,
      decisionRef: text(100),
      deadline: optionalPlannedDate,
      note: optionalText(),
    })
    .strict(),
  z.object({ action: z.literal('resume'), on: eventDate, decisionRef: optionalText(100) }).strict(),
  z.object({ action: z.literal('repeal'), on: eventDate, decisionRef: text(100), note: optionalText() }).strict(),
  z
    .object({
      action: z.literal('review'),
      on: eventDate,
      outcome: z.enum(REVIEW_OUTCOMES, { message: 'Hãy chọn kết quả rà soát.' }),
      note: optionalText(),
    })
    .strict(),
  z.object({ action: z.literal('amend'), title: optionalText(300) }).strict(),
]);
/** A lifecycle step. */
export type ConventionAction = z.infer<typeof conventionAction>;

/** Filters of the convention list. */
export const conventionListInput = z
  .object({
    search: z.string().max(200).default(''),
    communityId: z.string().nullable().default(null),
    status: z.enum(CONVENTION_STATUSES).nullable().default(null),
    ...listWindow,
  })
  .strict();

/** One community on the coverage board. */
export const coverageRowSchema = z.object({
  communityId: z.string(),
  communityName: z.string(),
  households: z.number().int().nullable(),
  conventionId: z.string().nullable(),
  title: z.string().nullable(),
  status: z.enum(CONVENTION_STATUSES).nullable(),
  inForce: z.boolean(),
  lastReviewOn: z.string().nullable(),
});

/** Communities and whether each has a convention in force on a date. */
export const coverageSchema = z.object({
  on: z.string(),
  rows: z.array(coverageRowSchema),
  communities: z.number().int(),
  withConvention: z.number().int(),
});
/** The coverage board. */
export type ConventionCoverage = z.infer<typeof coverageSchema>;

const idInput = z.object({ id: z.string() }).strict();
const ok = z.object({ ok: z.literal(true) });

/** The calls of the conventions area. */
export const conventionContract = {
  'convention.list': { input: conventionListInput, output: pageOf(conventionSchema), writes: false },
  'convention.get': { input: idInput, output: conventionSchema, writes: false },
  'convention.create': { input: conventionFields, output: conventionSchema, writes: true },
  'convention.update': {
    input: versionRef.extend({ fields: conventionFields }).strict(),
    output: conventionSchema,
    writes: true,
  },
  'convention.act': {
    input: versionRef.extend({ step: conventionAction }).strict(),
    output: conventionSchema,
    writes: true,
  },
  'convention.delete': { input: versionRef, output: ok, writes: true },
  'convention.history': { input: idInput, output: z.array(historyEntrySchema), writes: false },
  'convention.coverage': { input: z.object({ on: isoDate }).strict(), output: coverageSchema, writes: false },
} as const;
