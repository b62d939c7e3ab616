import { addDays, DATE_MAX, DATE_MIN, weekday } from '../util/dates';
import {
  COMPENSATION_RULE,
  DAY_OFF_NOTICES,
  HOLIDAY_LAWS,
  HOLIDAY_NAMES,
  WORK_WEEK_RULES,
  type DayOffNotice,
  type HolidayCode,
  type HolidayLaw,
  type HolidayRule,
  type WorkWeekRule,
} from './holidays';

/**
 * The lunar calendar (âm lịch, Vietnamese reckoning at UTC+7), given by db/ from a library so that
 * nothing lunar is bundled into the renderer: the solar date of a lunar day of the lunar year that
 * begins in the given solar year.
 */
export interface LunarCalendar {
  /** The solar date of mùng 1 tháng Giêng of the lunar year beginning in `year`. */
  newYear(year: number): string;
  /** The solar date of day `day` of month `month` (not a leap month) of that lunar year. */
  date(year: number, month: number, day: number): string;
}

/** Why a day is not a working day. */
export interface DayOff {
  date: string;
  kind: 'weekend' | 'holiday' | 'make_up';
  /** Vietnamese: "Chủ nhật", "Tết Nguyên đán", "nghỉ bù Giỗ Tổ Hùng Vương". */
  reason: string;
  /** The law or notice it comes from. */
  source: string;
  unconfirmed: boolean;
}

/** The working-day calendar every working-day rule uses (petitions, hương ước). */
export interface HolidayCalendar {
  /** Why the date is not a working day, or null when it is one. */
  dayOff(date: string): DayOff | null;
  isWorkingDay(date: string): boolean;
  /** The notice that makes a weekend day a working day (làm bù), if any. */
  workingWeekend(date: string): DayOffNotice | null;
  /** Every day off of a year that falls on a would-be working day, and the weekend days worked. */
  year(year: number): YearDays;
}

/** The days of one year that differ from the plain week. */
export interface YearDays {
  daysOff: DayOff[];
  workingDays: { date: string; source: string; unconfirmed: boolean }[];
}

const WEEKDAY_NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "Thứ Bảy", "Chủ nhật". */
export function weekdayName(date: string): string {
  return WEEKDAY_NAMES[weekday(date)] ?? '';
}

function inForce<T extends { effectiveFrom: string; effectiveTo: string | null }>(
  list: readonly T[],
  date: string,
): T | undefined {
  return list.find((r) => r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

interface Sources {
  lunar: LunarCalendar;
  notices: readonly DayOffNotice[];
  laws: readonly HolidayLaw[];
  weeks: readonly WorkWeekRule[];
}

/** The rest days of the week in force on a date (Sunday only before the 40-hour week). */
function weekRule(sources: Sources, date: string): WorkWeekRule | undefined {
  return inForce(sources.weeks, date < DATE_MIN ? DATE_MIN : date > DATE_MAX ? DATE_MAX : date);
}

function isRestDay(sources: Sources, date: string): boolean {
  return (weekRule(sources, date)?.restDays ?? [0, 6]).includes(weekday(date));
}

/** The day chosen next to Quốc khánh when no notice names it. */
function adjacentOffset(anchor: string): number {
  const day = weekday(anchor);
  return day === 1 || day === 4 ? 1 : -1;
}

function anchorDate(sources: Sources, rule: HolidayRule, year: number): string {
  const { anchor } = rule;
  if (anchor.calendar === 'solar') return `${year}-${pad(anchor.month)}-${pad(anchor.day)}`;
  if (anchor.month === 1 && anchor.day === 1) return sources.lunar.newYear(year);
  return sources.lunar.date(year, anchor.month, anchor.day);
}

/** The holiday rules of a year, each with the law in force on its own day. */
function holidaysOf(sources: Sources, year: number): { rule: HolidayRule; law: HolidayLaw; days: string[] }[] {
  const out: { rule: HolidayRule; law: HolidayLaw; days: string[] }[] = [];
  const seen = new Set<HolidayCode>();
  for (const law of sources.laws) {
    for (const rule of law.holidays) {
      if (seen.has(rule.code)) continue;
      const anchor = anchorDate(sources, rule, year);
      if (inForce(sources.laws, anchor)?.id !== law.id) continue;
      seen.add(rule.code);
      const offsets = [...rule.offsets];
      if (rule.adjacentDay) offsets.push(adjacentOffset(anchor));
      out.push({ rule, law, days: offsets.map((o) => addDays(anchor, o)).sort() });
    }
  }
  return out.sort((a, b) => (a.days[0] ?? '').localeCompare(b.days[0] ?? ''));
}

/** Builds the days off of one year: notices first, then each holiday by law with its make-up days. */
function buildYear(sources: Sources, year: number): Map<string, DayOff | 'work'> {
  const days = new Map<string, DayOff | 'work'>();
  if (year < Number(DATE_MIN.slice(0, 4)) || year > Number(DATE_MAX.slice(0, 4))) return days;
  const notices = sources.notices.filter((n) => n.year === year);
  const settled = new Set(notices.flatMap((n) => n.covers));
  for (const notice of notices) {
    const name = notice.covers.map((c) => HOLIDAY_NAMES[c]).join(', ');
    for (const date of notice.daysOff)
      days.set(date, { date, kind: 'holiday', reason: name, source: notice.ref, unconfirmed: notice.unconfirmed });
    for (const date of notice.workingDays) days.set(date, 'work');
  }
  const holidays = holidaysOf(sources, year).filter((h) => !settled.has(h.rule.code));
  // Every holiday first, then the make-up days: a make-up day never lands on a later holiday.
  for (const { rule, law, days: list } of holidays) {
    for (const date of list) {
      const reason = HOLIDAY_NAMES[rule.code];
      if (!days.has(date))
        days.set(date, { date, kind: 'holiday', reason, source: law.legalRef, unconfirmed: law.unconfirmed });
    }
  }
  for (const { rule, law, days: list } of holidays) {
    let owed = list.filter((date) => isRestDay(sources, date)).length;
    let date = list[list.length - 1] ?? '';
    for (let guard = 0; owed > 0 && guard < 31; guard++) {
      date = addDays(date, 1);
      if (isRestDay(sources, date) || days.has(date)) continue;
      days.set(date, {
        date,
        kind: 'make_up',
        reason: `nghỉ bù ${HOLIDAY_NAMES[rule.code]}`,
        source: COMPENSATION_RULE.legalRef,
        unconfirmed: COMPENSATION_RULE.unconfirmed || law.unconfirmed,
      });
      owed -= 1;
    }
  }
  return days;
}

/**
 * A working-day calendar from the lunar calendar, the notices (this version's plus an installation's
 * own, which win for the holidays they cover), the labour codes and the working week. Years are
 * built once, on first use; years outside 1945–2100 have no holidays (weekends only).
 */
export function createCalendar(
  lunar: LunarCalendar,
  notices: readonly DayOffNotice[] = DAY_OFF_NOTICES,
  laws: readonly HolidayLaw[] = HOLIDAY_LAWS,
  weeks: readonly WorkWeekRule[] = WORK_WEEK_RULES,
): HolidayCalendar {
  const sources: Sources = { lunar, notices, laws, weeks };
  const years = new Map<number, Map<string, DayOff | 'work'>>();
  const yearMap = (year: number) => {
    let map = years.get(year);
    if (!map) years.set(year, (map = buildYear(sources, year)));
    return map;
  };
  // Every day a year's computation yields lies in that year (notices are checked to be, Tết is never
  // before 21 January, make-up days follow their holiday within days).
  const entry = (date: string) => yearMap(Number(date.slice(0, 4))).get(date);
  // A plain string comparison keeps this hot path cheap; an odd string is simply no holiday.
  const inBounds = (date: string) => date.length === 10 && date >= DATE_MIN && date <= DATE_MAX;
  const calendar: HolidayCalendar = {
    dayOff(date) {
      const known = inBounds(date) ? entry(date) : undefined;
      if (known === 'work') return null;
      if (known) return known;
      if (!isRestDay(sources, date)) return null;
      const rule = weekRule(sources, date);
      return {
        date,
        kind: 'weekend',
        reason: weekdayName(date),
        source: rule?.legalRef ?? '',
        unconfirmed: rule?.unconfirmed ?? true,
      };
    },
    isWorkingDay(date) {
      return calendar.dayOff(date) === null;
    },
    workingWeekend(date) {
      if (!inBounds(date) || entry(date) !== 'work') return null;
      return sources.notices.find((n) => n.workingDays.includes(date)) ?? null;
    },
    year(year) {
      const out: YearDays = { daysOff: [], workingDays: [] };
      const last = `${year}-12-31`;
      // At most 366 steps: the loop walks one year.
      for (let date = `${year}-01-01`, step = 0; date <= last && step < 366; date = addDays(date, 1), step++) {
        const off = calendar.dayOff(date);
        if (off && off.kind !== 'weekend') out.daysOff.push(off);
        const notice = calendar.workingWeekend(date);
        if (notice) out.workingDays.push({ date, source: notice.ref, unconfirmed: notice.unconfirmed });
      }
      return out;
    },
  };
  return calendar;
}

/** Notices of an installation merged over this version's: an own notice replaces a shipped one for its holidays. */
export function mergeNotices(own: readonly DayOffNotice[], shipped: readonly DayOffNotice[] = DAY_OFF_NOTICES) {
  const covered = new Set(own.flatMap((n) => n.covers.map((c) => `${n.year}:${c}`)));
  const kept = shipped.filter((n) => !n.covers.some((c) => covered.has(`${n.year}:${c}`)));
  return [...kept, ...own];
}
