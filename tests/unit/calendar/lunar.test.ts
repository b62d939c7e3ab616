import { describe, expect, it } from 'vitest';
import { VIETNAMESE_LUNAR } from '../../../db/calendar/lunar';
import { lunarDateOf, lunarNewYearOf } from '../../../db/calendar/lunarLibrary';
import { LUNAR_TABLE } from '../../../db/calendar/lunarTable';

// Tết Nguyên đán and Giỗ Tổ Hùng Vương (10/3 âm lịch) come from date-chinese's Vietnamese calendar.
// The dates below are written by hand from the published Vietnamese calendars (lịch vạn niên), not
// from the library: they check that the library reckons at UTC+7, as Vietnam does.
const HAND_WRITTEN: [year: number, tet: string, hungKings: string][] = [
  [2023, '2023-01-22', '2023-04-29'],
  [2024, '2024-02-10', '2024-04-18'],
  [2025, '2025-01-29', '2025-04-07'],
  [2026, '2026-02-17', '2026-04-26'],
  [2027, '2027-02-06', '2027-04-16'],
  [2028, '2028-01-26', '2028-04-04'],
  [2029, '2029-02-13', '2029-04-23'],
  // 2030: Vietnam's Tết is 02/02, the Chinese New Year 03/02 (the new moon falls at 23h in Hà Nội).
  [2030, '2030-02-02', '2030-04-12'],
];

describe('the Vietnamese lunar calendar (Tết Nguyên đán, Giỗ Tổ Hùng Vương; Bộ luật Lao động 2019, Điều 112)', () => {
  it.each(HAND_WRITTEN)('%i: Tết %s, Giỗ Tổ %s, from the library and from the app', (year, tet, hungKings) => {
    expect(lunarNewYearOf(year)).toBe(tet);
    expect(lunarDateOf(year, 3, 10)).toBe(hungKings);
    expect(VIETNAMESE_LUNAR.newYear(year)).toBe(tet);
    expect(VIETNAMESE_LUNAR.date(year, 3, 10)).toBe(hungKings);
  });

  it('reckons at UTC+7 where Vietnam and China differ (Tết 1985 and 2007)', () => {
    expect(lunarNewYearOf(1985)).toBe('1985-01-21');
    expect(lunarNewYearOf(2007)).toBe('2007-02-17');
  });

  it("the app's table is the library's result for every year 1945–2100", () => {
    expect(LUNAR_TABLE.map(([y]) => y)).toEqual(Array.from({ length: 156 }, (_, i) => 1945 + i));
    for (const [year, tet, hungKings] of LUNAR_TABLE) {
      expect([year, lunarNewYearOf(year), lunarDateOf(year, 3, 10)]).toEqual([year, tet, hungKings]);
    }
  }, 20_000);
});
