import { z } from 'zod';
import { BUNDLE_PROFILES } from './manifest';
import { fileOutput } from '../report/schema';

const seq = z.number().int().min(0);

/** An enrolled card as shown: the fingerprint is recomputed from the key, never taken from the card. */
export const peerSchema = z.object({
  code: z.string(),
  role: z.enum(['commune', 'office']),
  name: z.string(),
  keyId: z.string(),
  fingerprint: z.string(),
  enrolledAt: z.number(),
  enrolledBy: z.string(),
});
/** An enrolled card. */
export type Peer = z.infer<typeof peerSchema>;

/** What a card would do if enrolled: new, already enrolled, or a different key for a known code. */
export const cardPreviewSchema = z.object({
  card: peerSchema.omit({ enrolledAt: true, enrolledBy: true }),
  status: z.enum(['new', 'same', 'key_differs']),
  current: peerSchema.nullable(),
});
/** A card preview. */
export type CardPreview = z.infer<typeof cardPreviewSchema>;

const cardText = z
  .string()
  .min(2)
  .max(64 * 1024);

/** One entry of the sync history. */
export const syncEventSchema = z.object({
  id: z.number().int(),
  at: z.number(),
  kind: z.enum(['enroll', 'replace_key', 'export', 'receipt_in', 'keys_rotated', 'fork', 'replace_data']),
  peerCode: z.string().nullable(),
  fromSeq: seq.nullable(),
  toSeq: seq.nullable(),
  changes: z.number().int().nullable(),
  detail: z.record(z.string(), z.unknown()),
  user: z.string(),
});
/** A sync history entry. */
export type SyncEvent = z.infer<typeof syncEventSchema>;

/** The commune's sending status. */
export const communeSyncSchema = z.object({
  office: peerSchema.nullable(),
  lastSeq: seq,
  acknowledgedSeq: seq,
  pending: z.object({ changes: z.number().int(), counts: z.record(z.string(), z.number().int()) }),
  lastExport: syncEventSchema.nullable(),
  lastReceipt: syncEventSchema.nullable(),
  history: z.array(syncEventSchema),
});
/** The commune's sending status. */
export type CommuneSync = z.infer<typeof communeSyncSchema>;

/** A missing range of a commune's sequence numbers at the office. */
export const gapSchema = z.object({ commune: z.string(), missingFromSeq: seq, missingToSeq: seq });
/** A missing range. */
export type Gap = z.infer<typeof gapSchema>;

/** One commune as the office sees it. */
export const officeCommuneSchema = peerSchema.extend({
  bundles: z.number().int(),
  changes: z.number().int(),
  maxSeq: seq,
  contiguousTo: seq,
  gaps: z.array(gapSchema),
  lastImportAt: z.number().nullable(),
  /** Bundles refused because they contradict what the office holds (rẽ nhánh), newest first. */
  forks: z.array(z.object({ seq, at: z.number(), fileName: z.string(), heldFileName: z.string().nullable() })),
});
/** One commune at the office. */
export type OfficeCommune = z.infer<typeof officeCommuneSchema>;

/** One bundle imported into the office. */
export const importedBundleSchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  fromSeq: seq,
  toSeq: seq,
  changes: z.number().int(),
  applied: z.number().int(),
  profile: z.enum(BUNDLE_PROFILES),
  payloadSha256: z.string(),
  importedAt: z.number(),
  importedBy: z.string(),
});
/** An imported bundle. */
export type ImportedBundle = z.infer<typeof importedBundleSchema>;

/** The outcome of importing one bundle file (cli.md `bundle import` per bundle, plus why when refused). */
export const bundleImportSchema = z.object({
  file: z.string(),
  ok: z.boolean(),
  /** 'rejected' (exit 1) or 'security' (exit 3) when not ok. */
  failure: z.enum(['rejected', 'security']).nullable(),
  message: z.string().nullable(),
  commune: z.string().nullable(),
  fromSeq: seq.nullable(),
  toSeq: seq.nullable(),
  applied: z.number().int(),
  duplicate: z.boolean(),
  counts: z.record(z.string(), z.number().int()),
  gaps: z.array(gapSchema),
  /** A signed receipt for the commune, written after a successful (non dry-run) import. */
  receipt: fileOutput.nullable(),
});
/** The outcome of one bundle import. */
export type BundleImport = z.infer<typeof bundleImportSchema>;

/** An import outcome with nothing known yet: the start of a result, or a refusal with `message`. */
export function bundleImportOf(
  file: string,
  refusal?: { failure: 'rejected' | 'security'; message: string },
): BundleImport {
  return {
    file,
    ok: !refusal,
    failure: refusal?.failure ?? null,
    message: refusal?.message ?? null,
    commune: null,
    fromSeq: null,
    toSeq: null,
    applied: 0,
    duplicate: false,
    counts: {},
    gaps: [],
    receipt: null,
  };
}

/** The result of a receipt import at the commune. */
export const receiptImportSchema = z.object({
  office: z.string(),
  toSeq: seq,
  acknowledgedSeq: seq,
  alreadyKnown: z.boolean(),
});
/** A receipt import result. */
export type ReceiptImport = z.infer<typeof receiptImportSchema>;

/** The export a clerk makes (the file and what its cover sheet shows). */
export const bundleExportSchema = fileOutput.extend({ event: syncEventSchema });

const fileInput = z
  .object({ fileName: z.string().min(1).max(260), base64: z.string().max(700 * 1024 * 1024) })
  .strict();

/** The calls of the sync area. */
export const syncContract = {
  'sync.previewCard': { input: z.object({ cardJson: cardText }).strict(), output: cardPreviewSchema, writes: false },
  'sync.enroll': {
    input: z
      .object({
        cardJson: cardText,
        /** The fingerprint the user read back (over the phone); must equal the card's. */
        confirmFingerprint: z.string().min(1).max(64),
        replaceKey: z.boolean().default(false),
        reason: z.string().trim().max(500).optional(),
      })
      .strict(),
    output: peerSchema,
    writes: true,
  },
  'sync.communeStatus': { input: z.object({}).strict(), output: communeSyncSchema, writes: false },
  'sync.exportBundle': {
    input: z
      .object({
        profile: z.enum(BUNDLE_PROFILES).default('minimal'),
        reason: z.string().trim().max(500).optional(),
        all: z.boolean().default(false),
        encryptToSelf: z.boolean().default(true),
      })
      .strict(),
    output: bundleExportSchema,
    writes: true,
  },
  'sync.event': { input: z.object({ id: z.number().int() }).strict(), output: syncEventSchema, writes: false },
  'sync.importReceipt': { input: fileInput, output: receiptImportSchema, writes: true },
  'sync.officeCommunes': { input: z.object({}).strict(), output: z.array(officeCommuneSchema), writes: false },
  'sync.communeImports': {
    input: z.object({ code: z.string() }).strict(),
    output: z.array(importedBundleSchema),
    writes: false,
  },
  'sync.importBundle': {
    input: fileInput.extend({ dryRun: z.boolean().default(false) }).strict(),
    output: bundleImportSchema,
    writes: true,
  },
  /** Office, after a fork: the commune's data taken afresh from a full bundle of the branch it keeps. */
  'sync.replaceCommuneData': {
    input: fileInput
      .extend({
        code: z.string().regex(/^\d{5}$/, { message: 'Mã xã gồm đúng 5 chữ số.' }),
        reason: z.string().trim().min(5, { message: 'Hãy ghi lý do (ít nhất 5 ký tự).' }).max(500),
      })
      .strict(),
    output: bundleImportSchema,
    writes: true,
  },
  'sync.receipt': { input: z.object({ code: z.string() }).strict(), output: fileOutput, writes: false },
  'sync.history': { input: z.object({}).strict(), output: z.array(syncEventSchema), writes: false },
} as const;
