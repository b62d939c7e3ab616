import type { LunarCalendar } from '../../shared/calendar/calendar';
import { LUNAR_TABLE } from './lunarTable';

const BY_YEAR = new Map(LUNAR_TABLE.map(([year, tet, hungKings]) => [year, { tet, hungKings }]));

/**
 * The Vietnamese lunar calendar for the working-day calendar: Tết Nguyên đán and Giỗ Tổ Hùng Vương of
 * every year 1945–2100 (the years the app accepts), as `date-chinese` computes them (lunarLibrary.ts,
 * lunarTable.ts). It stays in db/: the renderer never loads it. Other lunar days are not holidays.
 */
export const VIETNAMESE_LUNAR: LunarCalendar = {
  newYear(year) {
    const row = BY_YEAR.get(year);
    if (!row) throw new RangeError(`Năm ${year} nằm ngoài 1945–2100.`);
    return row.tet;
  },
  date(year, month, day) {
    const row = BY_YEAR.get(year);
    if (!row || month !== 3 || day !== 10) throw new RangeError(`Không có ngày âm lịch ${day}/${month}/${year}.`);
    return row.hungKings;
  },
};
