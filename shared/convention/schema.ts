import { z } from 'zod';
import { attachmentRef } from '../attachment/schema';
import { envelopeSchema, historyEntrySchema, listWindow, pageOf, versionRef } from '../contract/envelope';
import { eventDate, isoDate, optionalPlannedDate, optionalText, plannedDate, text } from '../util/zod';
import { CONVENTION_STATUSES, CONVENTION_TYPES, REVIEW_OUTCOMES, VOTE_METHODS } from './codes';

const households = z.number().int().min(0, { message: 'Số hộ không được âm.' });

/** One vote on the draft (meeting or ballot) with its household figures. */
export const voteSchema = z
  .object({
    method: z.enum(VOTE_METHODS, { message: 'Hãy chọn hình thức biểu quyết.' }),
    on: eventDate,
    households: households.min(1, { message: 'Tổng số hộ phải lớn hơn 0.' }),
    present: households,
    approving: households,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.present > v.households)
      ctx.addIssue({ code: 'custom', path: ['present'], message: 'Số hộ tham gia không được lớn hơn tổng số hộ.' });
    if (v.approving > v.present)
      ctx.addIssue({
        code: 'custom',
        path: ['approving'],
        message: 'Số hộ tán thành không được lớn hơn số hộ tham gia.',
      });
  });
/** A vote. */
export type Vote = z.infer<typeof voteSchema>;

/** One status change with its decision (recognition, suspension, repeal). */
export const statusEventSchema = z.object({
  status: z.enum(CONVENTION_STATUSES),
  on: z.string(),
  decisionRef: z.string().nullable().default(null),
  deadline: z.string().nullable().default(null),
  note: z.string().nullable().default(null),
});
/** A status event. */
export type StatusEvent = z.infer<typeof statusEventSchema>;

/** One annual review (rà soát, usually on 18/11) as stored and shown. */
export const reviewSchema = z.object({
  on: z.string(),
  outcome: z.enum(REVIEW_OUTCOMES, { message: 'Hãy chọn kết quả rà soát.' }),
  note: z.string().nullable().default(null),
});
/** A review. */
export type Review = z.infer<typeof reviewSchema>;

/** Editable fields of a convention (domain.md §D.4); lifecycle steps go through `convention.act`. */
export const conventionFields = z
  .object({
    communityId: z.string().min(1, { message: 'Hãy chọn thôn / tổ dân phố.' }),
    type: z.enum(CONVENTION_TYPES, { message: 'Hãy chọn hương ước hoặc quy ước.' }),
    title: text(300),
    content: optionalText(100_000),
    draftingTeam: optionalText(2000),
    signatories: optionalText(1000),
    officer: optionalText(200),
    note: optionalText(),
    attachments: z.array(attachmentRef).max(50).default([]),
  })
  .strict();
/** Parsed convention fields. */
export type ConventionFields = z.output<typeof conventionFields>;

/** A stored convention with figures computed for display. */
export const conventionSchema = envelopeSchema.extend({
  communityId: z.string(),
  communityName: z.string(),
  type: z.enum(CONVENTION_TYPES),
  title: z.string(),
  versionNo: z.number().int(),
  supersedesId: z.string().nullable(),
  supersededById: z.string().nullable(),
  content: z.string().nullable(),
  draftingTeam: z.string().nullable(),
  signatories: z.string().nullable(),
  officer: z.string().nullable(),
  note: z.string().nullable(),
  attachments: z.array(attachmentRef),
  consultationFrom: z.string().nullable(),
  consultationTo: z.string().nullable(),
  consultationPlace: z.string().nullable(),
  consultationResult: z.string().nullable(),
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
  adoptedOn: z.string().nullable(),
  submittedOn: z.string().nullable(),
  recognizedOn: z.string().nullable(),
  decisionRef: z.string().nullable(),
  effectiveOn: z.string().nullable(),
  status: z.enum(CONVENTION_STATUSES),
  statusOn: z.string(),
  statusLog: z.array(statusEventSchema),
  reviews: z.array(reviewSchema),
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
