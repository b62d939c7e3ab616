import { z } from 'zod';
import { envelopeSchema, listWindow, recordCalls } from '../contract/envelope';
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

/** The calls of the consultation area (the people comment). */
export const consultationContract = recordCalls('consultation', {
  list: consultationListInput,
  fields: consultationFields,
  record: consultationSchema,
});
