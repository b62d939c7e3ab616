import { describe, expect, it } from 'vitest';
import { VIETNAMESE_LUNAR } from '../../../db/calendar/lunar';
import { createCalendar, mergeNotices } from '../../../shared/calendar/calendar';
import { DAY_OFF_NOTICES, HOLIDAY_LAWS } from '../../../shared/calendar/holidays';

const calendar = createCalendar(VIETNAMESE_LUNAR);
const off = (d: string) => !calendar.isWorkingDay(d);
const offDays = (year: number) => calendar.year(year).daysOff.map((d) => d.date);

describe('public holidays by law and date', () => {
  it('Bộ luật Lao động 2019, Điều 112: Quốc khánh is two days from 2021 (one before 2021)', () => {
    expect(offDays(2024).filter((d) => d.startsWith('2024-09'))).toEqual(['2024-09-02', '2024-09-03']);
    expect(offDays(2019).filter((d) => d.startsWith('2019-09'))).toEqual(['2019-09-02']);
  });

  it('Bộ luật Lao động 2019, Điều 111: a holiday on a weekend is made up on the next working day', () => {
    // Giỗ Tổ 29/4/2023 (Saturday) and 30/4 (Sunday): made up on 02/5 and 03/5, after 1/5 (Monday).
    expect(offDays(2023).filter((d) => d >= '2023-04-29' && d <= '2023-05-05')).toEqual([
      '2023-04-29',
      '2023-04-30',
      '2023-05-01',
      '2023-05-02',
      '2023-05-03',
    ]);
    // Tết 2027 without a notice yet: 05/02 (last day of the year) to 09/02, the weekend 06–07/02 made up 10–11/02.
    expect(offDays(2027).filter((d) => d.startsWith('2027-02'))).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ]);
  });

  it("the Government's notice of 2024 swaps Monday 29/4 with Saturday 4/5, which becomes a working day", () => {
    expect(off('2024-04-29')).toBe(true);
    expect(calendar.isWorkingDay('2024-05-04')).toBe(true);
    expect(calendar.workingWeekend('2024-05-04')?.id).toBe('TB_2024_30_4');
  });

  it('Bộ luật Lao động 1994 (sửa đổi 2007): Giỗ Tổ from 2007; Tết 4 days before Bộ luật Lao động 2012', () => {
    expect(off('2006-04-07')).toBe(false); // 10/3 âm lịch 2006, a Friday: not yet a holiday
    expect(off('2008-04-15')).toBe(true); // Giỗ Tổ 2008 (Tuesday)
    // Tết 2010 (14/02, Sunday): 13/02 to 16/02 by law (4 days), the weekend made up on 17 and 18/02.
    expect(HOLIDAY_LAWS.find((l) => l.id === 'BLLD_1994_SD_2007')!.holidays[1]!.offsets).toHaveLength(4);
    expect(offDays(2010).filter((d) => d.startsWith('2010-02'))).toEqual([
      '2010-02-13',
      '2010-02-14',
      '2010-02-15',
      '2010-02-16',
      '2010-02-17',
      '2010-02-18',
    ]);
  });

  it('Quyết định 188/1999/QĐ-TTg: Saturday is a working day before 02/10/1999', () => {
    expect(calendar.isWorkingDay('1998-06-06')).toBe(true);
    expect(calendar.isWorkingDay('1999-10-09')).toBe(false);
  });

  it('no holiday list before 1995 or outside 1945–2100: weekends only, never a loop without end', () => {
    expect(offDays(1990)).toEqual([]);
    expect(calendar.year(9999).daysOff).toEqual([]);
    expect(calendar.isWorkingDay('9999-12-31')).toBe(true); // a Friday
  });

  it("an installation's own notice replaces the shipped one for the holidays it covers", () => {
    const own = {
      id: 'X',
      year: 2026,
      covers: ['tet_nguyen_dan' as const],
      daysOff: ['2026-02-13', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19'],
      workingDays: ['2026-02-28'],
      ref: 'Thông báo số 01/TB',
      unconfirmed: false,
    };
    const merged = mergeNotices([own]);
    expect(merged.map((n) => n.id)).not.toContain('TB_2026_TET');
    expect(merged).toHaveLength(DAY_OFF_NOTICES.length);
    const mine = createCalendar(VIETNAMESE_LUNAR, merged);
    expect(mine.isWorkingDay('2026-02-20')).toBe(true);
    expect(mine.isWorkingDay('2026-02-13')).toBe(false);
    expect(mine.isWorkingDay('2026-02-28')).toBe(true);
    expect(mine.dayOff('2026-02-13')?.source).toBe('Thông báo số 01/TB');
  });
});
