import { z } from 'zod';
import { isIsoDate } from './dates';
import { cleanText } from './fold';
import { UUID_PATTERN } from './ids';

/** A legal date `YYYY-MM-DD` with a Vietnamese error. */
export const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'Ngày không hợp lệ (định dạng YYYY-MM-DD, ví dụ 2026-02-05).' });

/** Required text, NFC-normalised and trimmed, not empty. */
export function text(max = 500) {
  return z
    .string()
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, { message: 'Không được để trống.' })
        .max(max, { message: `Không quá ${max} ký tự.` }),
    );
}

/** Optional text; empty becomes null. */
export function optionalText(max = 2000) {
  return z
    .string()
    .max(max, { message: `Không quá ${max} ký tự.` })
    .nullish()
    .transform((v) => (v == null || cleanText(v) === '' ? null : cleanText(v)));
}

/** A UUID record id. */
export const recordId = z.string().regex(UUID_PATTERN, { message: 'Mã bản ghi không hợp lệ.' });

/** Optional legal date; empty becomes null. */
export const optionalDate = z
  .union([isoDate, z.literal(''), z.null()])
  .optional()
  .transform((v) => (v ? v : null));
