import { z } from 'zod';
import { envelopeSchema, listWindow, recordCalls } from '../contract/envelope';
import { optionalDate } from '../util/zod';
import { DECISION_MATTERS, DECISION_OUTCOMES } from './codes';
import { decisionRecord } from './decisionRecord';

/** Editable fields of a community decision. */
export const decisionFields = decisionRecord.input;

/** A stored decision with its thôn's name and its derived outcome (never stored: interchange.md v2). */
export const decisionSchema = envelopeSchema.extend(decisionRecord.output).extend({
  communityName: z.string(),
  outcome: z.enum(DECISION_OUTCOMES),
});
/** A stored decision. */
export type CommunityDecision = z.infer<typeof decisionSchema>;

/** Filters of the decision list: words, thôn, matter, outcome, period of the vote. */
export const decisionListInput = z
  .object({
    search: z.string().max(200).default(''),
    communityId: z.string().nullable().default(null),
    matter: z.enum(DECISION_MATTERS).nullable().default(null),
    outcome: z.enum(DECISION_OUTCOMES).nullable().default(null),
    from: optionalDate,
    to: optionalDate,
    ...listWindow,
  })
  .strict();

/** The calls of the decision area (the people discuss and decide). */
export const decisionContract = recordCalls('decision', {
  list: decisionListInput,
  fields: decisionFields,
  record: decisionSchema,
});
