import { z } from 'zod';
import { envelopeSchema, versionRef } from '../contract/envelope';
import { optionalText, plannedDate, text } from '../util/zod';
import { weekday } from '../util/dates';
import { HOLIDAY_CODES, type HolidayCode } from './holidays';

const holidayCode = z.enum(HOLIDAY_CODES as [HolidayCode, ...HolidayCode[]], { message: 'Hãy chọn ngày lễ, Tết.' });

/**
 * Editable fields of a day-off notice an installation records (the Government's yearly notice):
 * its days must lie in its year, and the days worked instead must be a Saturday or a Sunday.
 */
export const noticeFields = z
  .object({
    year: z.number({ message: 'Hãy nhập năm.' }).int().min(1945).max(2100, { message: 'Năm từ 1945 đến 2100.' }),
    covers: z.array(holidayCode).min(1, { message: 'Hãy chọn ít nhất một ngày lễ, Tết.' }).max(HOLIDAY_CODES.length),
    daysOff: z.array(plannedDate).max(31).default([]),
    workingDays: z.array(plannedDate).max(10).default([]),
    ref: text(300),
    note: optionalText(),
  })
  .strict()
  .superRefine((n, ctx) => {
    const year = String(n.year);
    n.daysOff.forEach((d, i) => {
      if (!d.startsWith(year))
        ctx.addIssue({ code: 'custom', path: ['daysOff', i], message: `Ngày nghỉ phải thuộc năm ${year}.` });
    });
    n.workingDays.forEach((d, i) => {
      if (!d.startsWith(year))
        ctx.addIssue({ code: 'custom', path: ['workingDays', i], message: `Ngày làm bù phải thuộc năm ${year}.` });
      else if (weekday(d) !== 0 && weekday(d) !== 6)
        ctx.addIssue({
          code: 'custom',
          path: ['workingDays', i],
          message: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.',
        });
    });
    if (n.daysOff.length === 0 && n.workingDays.length === 0)
      ctx.addIssue({ code: 'custom', path: ['daysOff'], message: 'Hãy nhập ít nhất một ngày nghỉ hoặc ngày làm bù.' });
  });
/** Parsed notice fields. */
export type NoticeFields = z.output<typeof noticeFields>;

/** A stored notice. */
export const noticeSchema = envelopeSchema.extend({
  year: z.number().int(),
  covers: z.array(holidayCode),
  daysOff: z.array(z.string()),
  workingDays: z.array(z.string()),
  ref: z.string(),
  note: z.string().nullable(),
});
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
