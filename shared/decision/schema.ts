import { z } from 'zod';
import { envelopeSchema, historyEntrySchema, listWindow, pageOf, versionRef } from '../contract/envelope';
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

const idInput = z.object({ id: z.string() }).strict();
const ok = z.object({ ok: z.literal(true) });

/** The calls of the decision area (the people discuss and decide). */
export const decisionContract = {
  'decision.list': { input: decisionListInput, output: pageOf(decisionSchema), writes: false },
  'decision.create': { input: decisionFields, output: decisionSchema, writes: true },
  'decision.update': {
    input: versionRef.extend({ fields: decisionFields }).strict(),
    output: decisionSchema,
    writes: true,
  },
  'decision.delete': { input: versionRef, output: ok, writes: true },
  'decision.history': { input: idInput, output: z.array(historyEntrySchema), writes: false },
} as const;
