import { CalendarVietnamese } from 'date-chinese';
import type { LunarCalendar } from '../../shared/calendar/calendar';

/**
 * The Vietnamese lunar calendar (âm lịch, reckoned at UTC+7: it differs from the Chinese one in some
 * years, e.g. Tết 1985, 2007 and 2030) from `date-chinese`, the lunar engine `date-holidays` itself
 * uses. It stays in db/: the renderer never loads it. Results are cached per process.
 */
const cache = new Map<string, string>();

function iso(g: { year: number; month: number; day: number }): string {
  return `${String(g.year).padStart(4, '0')}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`;
}

function cached(key: string, compute: () => string): string {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = compute()));
  return value;
}

/** The lunar year that begins in a solar year: its cycle and year number in date-chinese's reckoning. */
function lunarYear(year: number): CalendarVietnamese {
  const cal = new CalendarVietnamese();
  cal.fromJDE(cal.newYear(year));
  return cal;
}

/** The Vietnamese lunar calendar for the app's working-day calendar. */
export const VIETNAMESE_LUNAR: LunarCalendar = {
  newYear(year) {
    return cached(`${year}`, () => iso(lunarYear(year).toGregorian(year)));
  },
  date(year, month, day) {
    return cached(`${year}-${month}-${day}`, () => {
      const [cycle, y] = lunarYear(year).get() as [number, number];
      const cal = new CalendarVietnamese();
      cal.set(cycle, y, month, 0, day);
      return iso(cal.toGregorian(year));
    });
  },
};
