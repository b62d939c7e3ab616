import { z } from 'zod';

// The signed `manifest.json` of a bundle (architecture.md §5, docs/bundle-format.md). Pure: zod only.

/** The format name and version of a bundle manifest. */
export const BUNDLE_FORMAT = 'qcdc.bundle/1';

/** Privacy profiles: `minimal` (default) strips personal fields, `full` sends the snapshots whole. */
export const BUNDLE_PROFILES = ['minimal', 'full'] as const;
/** One of {@link BUNDLE_PROFILES}. */
export type BundleProfile = (typeof BUNDLE_PROFILES)[number];

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * The largest sequence number (and so record version) a bundle may carry: 2^31 − 1, more than a
 * commune writing ten thousand changes a day reaches in five centuries. Bounded so that no signed
 * number can outrank every later change of a record (docs/bundle-format.md).
 */
export const MAX_CHANGE_SEQ = 2 ** 31 - 1;
const seqNumber = z.number().int().min(0).max(MAX_CHANGE_SEQ);

/** `manifest.json`: what the commune signs. Unknown keys are refused (the format is versioned). */
export const bundleManifestSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    sender: z.object({ commune: z.string().regex(/^\d{5}$/), keyId: z.string().regex(/^[0-9A-F]{1,16}$/) }).strict(),
    receiver: z
      .object({
        office: z.string().min(1).max(20),
        recipient: z.string().regex(/^age1[02-9ac-hj-np-z]{58}$/),
      })
      .strict(),
    fromSeq: seqNumber.min(1),
    toSeq: seqNumber,
    /** The change log's chain hash at `toSeq`. */
    chainHead: sha256Hex,
    /** Number of changes per entity in the payload. */
    counts: z.record(z.string().regex(/^[a-z_]{1,40}$/), z.number().int().min(0)),
    profile: z.enum(BUNDLE_PROFILES),
    schemaVersion: z.number().int().min(1),
    appVersion: z.string().max(40),
    /** Informational only: the sender's clock. */
    createdAt: z.string().datetime(),
    payload: z.object({ bytes: z.number().int().min(1), sha256: sha256Hex }).strict(),
  })
  .strict()
  .refine((m) => m.toSeq >= m.fromSeq, { message: 'toSeq < fromSeq', path: ['toSeq'] });

/** A bundle manifest. */
export type BundleManifest = z.infer<typeof bundleManifestSchema>;

/** The fixed entry names of a bundle, in their order in the ZIP. */
export const BUNDLE_ENTRIES = ['manifest.json', 'manifest.json.minisig', 'payload.age'] as const;
