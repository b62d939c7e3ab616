import { createCalendar, mergeNotices, type HolidayCalendar } from '../../shared/calendar/calendar';
import { DAY_OFF_NOTICES, type DayOffNotice } from '../../shared/calendar/holidays';
import type { CalendarYear, NoticeFields, StoredNotice } from '../../shared/calendar/schema';
import { prepare, type RawDb, type Sql } from '../open';
import { fromRow } from '../store/entity';
import { deleteRecord, insertRecord, requireLive, updateRecord, type Writer } from '../store/records';
import { VIETNAMESE_LUNAR } from './lunar';
import { noticeSpec } from './spec';

/** The installation's own live notices, oldest first. */
export function ownNotices(sql: Sql): StoredNotice[] {
  const rows = prepare(
    sql,
    'SELECT * FROM day_off_notice WHERE deleted_at IS NULL ORDER BY year, created_at',
  ).all() as Record<string, unknown>[];
  return rows.map((r) => fromRow(noticeSpec, r));
}

// An installation's own notice is its own word: confirmed (the calendar reads only the notice's days).
function asNotice(n: StoredNotice): DayOffNotice {
  return { ...n, unconfirmed: false };
}

const calendars = new WeakMap<RawDb, { stamp: string; calendar: HolidayCalendar }>();

/**
 * The working-day calendar of a database: this version's notices with the installation's own over
 * them (for an office's replica, the commune's own: the office counts as the commune does). Built
 * once per connection and rebuilt when a notice changes.
 */
export function holidayCalendar(sql: Sql): HolidayCalendar {
  const stamp = prepare(sql, 'SELECT count(*) AS n, max(updated_at) AS m FROM day_off_notice').get() as {
    n: number;
    m: number | null;
  };
  const key = `${stamp.n}:${stamp.m ?? 0}`;
  const cached = calendars.get(sql.raw);
  if (cached && cached.stamp === key) return cached.calendar;
  const calendar = createCalendar(VIETNAMESE_LUNAR, mergeNotices(ownNotices(sql).map(asNotice), DAY_OFF_NOTICES));
  calendars.set(sql.raw, { stamp: key, calendar });
  return calendar;
}

/** One year of the calendar with the notices behind it ("Lịch nghỉ lễ, Tết"). */
export function calendarYear(sql: Sql, year: number): CalendarYear {
  const days = holidayCalendar(sql).year(year);
  const inRange = year >= 1945 && year <= 2100;
  return {
    year,
    ...days,
    lunar: {
      tet: inRange ? VIETNAMESE_LUNAR.newYear(year) : null,
      hungKings: inRange ? VIETNAMESE_LUNAR.date(year, 3, 10) : null,
    },
    shipped: DAY_OFF_NOTICES.filter((n) => n.year === year).map((n) => ({
      id: n.id,
      covers: [...n.covers],
      ref: n.ref,
      unconfirmed: n.unconfirmed,
    })),
    notices: ownNotices(sql).filter((n) => n.year === year),
  };
}

/** Records a notice; days are kept sorted and unique. */
export function createNotice(sql: Sql, fields: NoticeFields, writer: Writer): StoredNotice {
  return insertRecord(sql, noticeSpec, tidy(fields), writer);
}

/** Updates a notice. */
export function updateNotice(
  sql: Sql,
  id: string,
  version: number,
  fields: NoticeFields,
  writer: Writer,
): StoredNotice {
  return updateRecord(sql, noticeSpec, id, version, tidy(fields), writer);
}

/** Deletes a notice (tombstone). */
export function deleteNotice(sql: Sql, id: string, version: number, writer: Writer): void {
  requireLive(sql, noticeSpec, id);
  deleteRecord(sql, noticeSpec, id, version, writer);
}

function tidy(f: NoticeFields): NoticeFields {
  return {
    ...f,
    covers: [...new Set(f.covers)],
    daysOff: [...new Set(f.daysOff)].sort(),
    workingDays: [...new Set(f.workingDays)].sort(),
  };
}
