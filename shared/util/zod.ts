import { z } from 'zod';
import { dateProblem, type DateKind } from './dates';
import { cleanText } from './fold';
import { UUID_PATTERN } from './ids';

/**
 * A legal date `YYYY-MM-DD` of the given kind (interchange.md v2 "Dates"): a real date within
 * 1945–2100 and, for an event, at most one year after the day of entry. The one definition of the
 * date rule: the contract, the interchange lines and (through `dateProblem`) bundles use it.
 */
export function boundedDate(kind: DateKind) {
  return z.string({ message: 'Ngày không hợp lệ (định dạng YYYY-MM-DD, ví dụ 2026-02-05).' }).superRefine((v, ctx) => {
    const problem = dateProblem(v, kind);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** The date of something that happened (received, held, published, decided, closed). */
export const eventDate = boundedDate('event');
/** A planned date or a query bound (a term's end, a report period): within 1945–2100. */
export const plannedDate = boundedDate('planned');
/** A legal date within 1945–2100 (queries, periods); records use {@link eventDate} or {@link plannedDate}. */
export const isoDate = plannedDate;

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

/** An optional date of the given kind; empty becomes null. */
function optionalOf(kind: DateKind) {
  return z
    .string({ message: 'Ngày không hợp lệ (định dạng YYYY-MM-DD, ví dụ 2026-02-05).' })
    .nullish()
    .superRefine((v, ctx) => {
      const problem = v ? dateProblem(v, kind) : null;
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform((v) => (v ? v : null));
}

/** Optional event date; empty becomes null. */
export const optionalEventDate = optionalOf('event');
/** Optional planned date or query bound; empty becomes null. */
export const optionalPlannedDate = optionalOf('planned');
/** Optional legal date within 1945–2100 (queries); empty becomes null. */
export const optionalDate = optionalPlannedDate;
