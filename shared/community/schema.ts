import { z } from 'zod';
import { envelopeSchema, listWindow, pageOf, versionRef } from '../contract/envelope';
import { optionalText, text } from '../util/zod';

/** thôn or tổ dân phố (interchange.md codes). */
export const COMMUNITY_TYPES = ['thon', 'to_dan_pho'] as const;
/** A community type code. */
export type CommunityType = (typeof COMMUNITY_TYPES)[number];

/** The editable fields of a community (thôn / tổ dân phố). */
export const communityFields = z
  .object({
    name: text(120),
    type: z.enum(COMMUNITY_TYPES, { message: 'Loại phải là thôn hoặc tổ dân phố.' }),
    households: z.number().int().min(0, { message: 'Số hộ không được âm.' }).nullable().default(null),
    note: optionalText(),
  })
  .strict();

/** A stored community. */
export const communitySchema = envelopeSchema.extend({
  name: z.string(),
  type: z.enum(COMMUNITY_TYPES),
  households: z.number().int().nullable(),
  note: z.string().nullable(),
});
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
