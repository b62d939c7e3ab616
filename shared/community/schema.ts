import { z } from 'zod';
import { envelopeSchema, listWindow, pageOf, versionRef } from '../contract/envelope';
import { COMMUNITY_TYPES, communityRecord } from './communityRecord';

export { COMMUNITY_TYPES };
/** A community type code. */
export type CommunityType = (typeof COMMUNITY_TYPES)[number];

/** The editable fields of a community (thôn / tổ dân phố). */
export const communityFields = communityRecord.input;

/** A stored community. */
export const communitySchema = envelopeSchema.extend(communityRecord.output);
/** A stored community. */
export type Community = z.infer<typeof communitySchema>;

/** The calls of the communities area. */
export const communityContract = {
  'community.list': {
    input: z
      .object({ search: z.string().default(''), includeDeleted: z.boolean().default(false), ...listWindow })
      .strict(),
    output: pageOf(communitySchema),
    writes: false,
  },
  'community.get': { input: z.object({ id: z.string() }).strict(), output: communitySchema, writes: false },
  'community.create': { input: communityFields, output: communitySchema, writes: true },
  'community.update': {
    input: versionRef.extend({ fields: communityFields }).strict(),
    output: communitySchema,
    writes: true,
  },
  'community.delete': { input: versionRef, output: z.object({ ok: z.literal(true) }), writes: true },
} as const;
