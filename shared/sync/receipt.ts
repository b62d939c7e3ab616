import { z } from 'zod';

// The signed receipt an office returns to a commune (architecture.md §5, docs/bundle-format.md).

/** The format name and version of a receipt. */
export const RECEIPT_FORMAT = 'qcdc.receipt/1';

/** The fixed entry names of a receipt file (a ZIP, like a bundle). */
export const RECEIPT_ENTRIES = ['receipt.json', 'receipt.json.minisig'] as const;

/** `receipt.json`: the office states it holds the commune's changes 1..toSeq, ending in `chainHash`. */
export const receiptSchema = z
  .object({
    format: z.literal(RECEIPT_FORMAT),
    office: z.object({ code: z.string().min(1).max(20), keyId: z.string().regex(/^[0-9A-F]{1,16}$/) }).strict(),
    commune: z.string().regex(/^\d{5}$/),
    /** Every change from 1 to `toSeq` is held (contiguously) by the office. */
    toSeq: z.number().int().min(1),
    chainHash: z.string().regex(/^[0-9a-f]{64}$/),
    /** Informational: the office's clock. */
    createdAt: z.string().datetime(),
  })
  .strict();
/** A receipt. */
export type Receipt = z.infer<typeof receiptSchema>;
