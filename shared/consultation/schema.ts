import { z } from 'zod';
import { envelopeSchema, historyEntrySchema, listWindow, pageOf, versionRef } from '../contract/envelope';
import { optionalDate } from '../util/zod';
import { CONSULTATION_MATTERS } from './codes';
import { consultationRecord } from './consultationRecord';

/** Editable fields of a consultation. */
export const consultationFields = consultationRecord.input;

/** A stored consultation with its thôn's name (null: the whole commune). */
export const consultationSchema = envelopeSchema.extend(consultationRecord.output).extend({
  communityName: z.string().nullable(),
});
/** A stored consultation. */
export type Consultation = z.infer<typeof consultationSchema>;

/** Filters of the consultation list; `unpublished` keeps those whose result is not yet public. */
export const consultationListInput = z
  .object({
    search: z.string().max(200).default(''),
    matter: z.enum(CONSULTATION_MATTERS).nullable().default(null),
    unpublished: z.boolean().default(false),
    from: optionalDate,
    to: optionalDate,
    ...listWindow,
  })
  .strict();

const idInput = z.object({ id: z.string() }).strict();
const ok = z.object({ ok: z.literal(true) });

/** The calls of the consultation area (the people comment). */
export const consultationContract = {
  'consultation.list': { input: consultationListInput, output: pageOf(consultationSchema), writes: false },
  'consultation.create': { input: consultationFields, output: consultationSchema, writes: true },
  'consultation.update': {
    input: versionRef.extend({ fields: consultationFields }).strict(),
    output: consultationSchema,
    writes: true,
  },
  'consultation.delete': { input: versionRef, output: ok, writes: true },
  'consultation.history': { input: idInput, output: z.array(historyEntrySchema), writes: false },
} as const;
