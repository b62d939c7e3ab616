import { z } from 'zod';

/** A SHA-256 digest in lower-case hex. */
export const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, { message: 'Mã băm của tệp không hợp lệ.' });

/**
 * An evidence attachment as a record keeps it: the file itself lives in the data folder under its
 * SHA-256 (`attachments/ab/abcdef…`); records, their change log and bundles carry only this.
 */
export const attachmentRef = z
  .object({
    sha256: sha256Hex,
    name: z.string().min(1).max(255),
    mimeType: z.string().min(1).max(100),
    size: z.number().int().min(0),
  })
  .strict();
/** An attachment reference. */
export type AttachmentRef = z.infer<typeof attachmentRef>;

/** Largest attachment accepted (a phone photo or a scanned document). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** The calls of the attachments area. */
export const attachmentContract = {
  'attachment.add': {
    input: z
      .object({ fileName: z.string().min(1).max(255), mimeType: z.string().max(100).default(''), base64: z.string() })
      .strict(),
    output: attachmentRef,
    writes: true,
  },
  'attachment.read': {
    input: z.object({ sha256: sha256Hex }).strict(),
    output: z.object({ mimeType: z.string(), base64: z.string() }),
    writes: false,
  },
} as const;
