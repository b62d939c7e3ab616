import { z } from 'zod';
import { envelopeSchema, versionRef } from '../contract/envelope';
import { HOLIDAY_CODES, type HolidayCode } from './holidays';
import { noticeRecord } from './noticeRecord';

const holidayCode = z.enum(HOLIDAY_CODES as [HolidayCode, ...HolidayCode[]], { message: 'Hãy chọn ngày lễ, Tết.' });

/** Editable fields of a day-off notice an installation records (the Government's yearly notice). */
export const noticeFields = noticeRecord.input;
/** Parsed notice fields. */
export type NoticeFields = z.output<typeof noticeFields>;

/** A stored notice. */
export const noticeSchema = envelopeSchema.extend(noticeRecord.output);
/** A stored notice. */
export type StoredNotice = z.infer<typeof noticeSchema>;

const dayOffSchema = z.object({
  date: z.string(),
  kind: z.enum(['weekend', 'holiday', 'make_up']),
  reason: z.string(),
  source: z.string(),
  unconfirmed: z.boolean(),
});

/** One year of the calendar as the "Lịch nghỉ lễ, Tết" screen shows it. */
export const calendarYearSchema = z.object({
  year: z.number().int(),
  /** Holidays and make-up days (weekends are not listed). */
  daysOff: z.array(dayOffSchema),
  /** Weekend days worked instead (làm bù). */
  workingDays: z.array(z.object({ date: z.string(), source: z.string(), unconfirmed: z.boolean() })),
  /** Tết Nguyên đán (mùng 1) and Giỗ Tổ Hùng Vương (10/3 âm lịch) of the year, from the lunar calendar. */
  lunar: z.object({ tet: z.string().nullable(), hungKings: z.string().nullable() }),
  /** The notices this version ships for the year. */
  shipped: z.array(
    z.object({ id: z.string(), covers: z.array(holidayCode), ref: z.string(), unconfirmed: z.boolean() }),
  ),
  /** The installation's own notices for the year. */
  notices: z.array(noticeSchema),
});
/** A calendar year. */
export type CalendarYear = z.infer<typeof calendarYearSchema>;

const ok = z.object({ ok: z.literal(true) });

/** The calls of the holiday calendar. */
export const calendarContract = {
  'calendar.year': {
    input: z.object({ year: z.number().int().min(1945).max(2100) }).strict(),
    output: calendarYearSchema,
    writes: false,
  },
  'calendar.createNotice': { input: noticeFields, output: noticeSchema, writes: true },
  'calendar.updateNotice': {
    input: versionRef.extend({ fields: noticeFields }).strict(),
    output: noticeSchema,
    writes: true,
  },
  'calendar.deleteNotice': { input: versionRef, output: ok, writes: true },
} as const;
