import { describe, expect, it } from 'vitest';
import { VIETNAMESE_LUNAR } from '../../../db/calendar/lunar';
import { createCalendar } from '../../../shared/calendar/calendar';
import { DEADLINE_RULES, type DeadlineRule } from '../../../shared/reception/deadlineRules';
import {
  addWorkingDays as addWorkingDaysIn,
  computeDeadline as computeDeadlineIn,
  deadlineState,
  petitionDeadlines as petitionDeadlinesIn,
  ruleFor,
  type DeadlineFactors,
  type PetitionTiming,
} from '../../../shared/reception/deadlines';

// The app's calendar: the Vietnamese lunar calendar, the labour code's holidays and this version's notices.
const calendar = createCalendar(VIETNAMESE_LUNAR);
const isWorkingDay = (d: string) => calendar.isWorkingDay(d);
const addWorkingDays = (d: string, n: number) => addWorkingDaysIn(d, n, calendar);
const computeDeadline = (r: DeadlineRule, start: string, f: DeadlineFactors) =>
  computeDeadlineIn(r, start, f, calendar)!;
const petitionDeadlines = (p: PetitionTiming) => petitionDeadlinesIn(p, calendar);

// Legal deadlines (domain.md §C.4): one test per rule, the factors that lengthen them, both ways of
// counting days, and periods that cross Tết Nguyên đán 2026 (16–20/02/2026 off, data marked unconfirmed).

const plain = { complex: false, remoteArea: false, extensions: 0 };
const timing = (over: Partial<PetitionTiming>): PetitionTiming => ({
  content: 'khieu_nai',
  receivedOn: '2025-06-02',
  round: 1,
  ...plain,
  ...over,
});
const rule = (process: DeadlineRule['process']) => ruleFor(process, '2025-06-02')!;

describe('the holiday calendar', () => {
  it('knows weekends, fixed holidays and the days off of Tết 2026', () => {
    expect(isWorkingDay('2026-02-13')).toBe(true); // Friday before Tết
    expect(isWorkingDay('2026-02-14')).toBe(false); // Saturday
    for (const d of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) {
      expect(isWorkingDay(d)).toBe(false);
    }
    expect(isWorkingDay('2026-02-23')).toBe(true);
    expect(isWorkingDay('2025-09-02')).toBe(false); // Quốc khánh
    expect(isWorkingDay('2025-04-30')).toBe(false);
  });

  it('counts working days after the start day, skipping Tết', () => {
    expect(addWorkingDays('2025-06-02', 5)).toBe('2025-06-09');
    // 11–13/02 (3), Tết 16–20/02 skipped, 23–27/02 (8), 02–03/03 (10).
    expect(addWorkingDays('2026-02-10', 10)).toBe('2026-03-03');
  });
});

describe('deadline rules', () => {
  it('keeps every rule as data with a legal reference, effective dates and the unconfirmed flag', () => {
    for (const r of DEADLINE_RULES) {
      expect(r.legalRef).not.toBe('');
      expect(r.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typeof r.unconfirmed).toBe('boolean');
    }
    // Facts marked [M] / [⚠] in domain.md are flagged.
    expect(rule('khieu_nai_lan_dau').unconfirmed).toBe(true);
    expect(rule('to_cao_giai_quyet').unconfirmed).toBe(false);
    expect(ruleFor('khieu_nai_lan_dau', '2010-01-01')).toBeUndefined();
  });

  it('khiếu nại, thụ lý: 10 working days (Điều 27)', () => {
    expect(computeDeadline(rule('khieu_nai_thu_ly'), '2025-06-02', plain).due).toBe('2025-06-16');
  });

  it('khiếu nại lần đầu: 30, complex 45, remote 45, remote and complex 60 (Điều 28)', () => {
    const r = rule('khieu_nai_lan_dau');
    expect(computeDeadline(r, '2025-06-02', plain)).toMatchObject({ days: 30, dayType: 'working', due: '2025-07-14' });
    expect(computeDeadline(r, '2025-06-02', { ...plain, complex: true }).days).toBe(45);
    expect(computeDeadline(r, '2025-06-02', { ...plain, remoteArea: true }).days).toBe(45);
    expect(computeDeadline(r, '2025-06-02', { ...plain, complex: true, remoteArea: true }).days).toBe(60);
  });

  it('khiếu nại lần hai: 45, complex 60, remote 60, remote and complex 70 (Điều 37)', () => {
    const r = rule('khieu_nai_lan_hai');
    expect(computeDeadline(r, '2025-06-02', plain).days).toBe(45);
    expect(computeDeadline(r, '2025-06-02', { ...plain, complex: true }).days).toBe(60);
    expect(computeDeadline(r, '2025-06-02', { ...plain, remoteArea: true }).days).toBe(60);
    expect(computeDeadline(r, '2025-06-02', { ...plain, complex: true, remoteArea: true }).days).toBe(70);
    expect(petitionDeadlines(timing({ round: 2 })).resolve?.ruleId).toBe('KN_LAN_HAI_2011');
  });

  it('tố cáo, intake: 7 working days, 10 when verified at several places (Điều 24)', () => {
    const r = rule('to_cao_thu_ly');
    expect(computeDeadline(r, '2025-06-02', plain).due).toBe('2025-06-11');
    expect(computeDeadline(r, '2025-06-02', { ...plain, multiplePlaces: true }).due).toBe('2025-06-16');
    // Complexity does not lengthen the intake (Luật Tố cáo 2018, Điều 24 ties it to several places).
    expect(computeDeadline(r, '2025-06-02', { ...plain, complex: true }).due).toBe('2025-06-11');
  });

  it('tố cáo, giải quyết: 30 calendar days; complex one extension, especially complex two (Điều 30)', () => {
    const r = rule('to_cao_giai_quyet');
    expect(computeDeadline(r, '2025-06-02', plain)).toMatchObject({ days: 30, dayType: 'calendar', due: '2025-07-02' });
    expect(computeDeadline(r, '2025-06-02', { ...plain, complex: true, extensions: 1 }).days).toBe(60);
    expect(computeDeadline(r, '2025-06-02', { ...plain, complex: true, extensions: 2 }).days).toBe(60);
    expect(computeDeadline(r, '2025-06-02', { ...plain, especiallyComplex: true, extensions: 2 }).days).toBe(90);
    expect(computeDeadline(r, '2025-06-02', { ...plain, especiallyComplex: true, extensions: 5 }).days).toBe(90);
    // Remote areas do not lengthen a denunciation.
    expect(computeDeadline(r, '2025-06-02', { ...plain, remoteArea: true }).days).toBe(30);
  });

  it('kiến nghị, phản ánh: 10 working days (Thông tư 05/2021, unconfirmed)', () => {
    const d = petitionDeadlines(timing({ content: 'phan_anh' }));
    expect(d.accept).toBeNull();
    expect(d.resolve).toMatchObject({ ruleId: 'KNPA_XU_LY_2021', due: '2025-06-16', unconfirmed: true });
  });

  it('a calendar-day deadline that ends in Tết moves to the next working day (Bộ luật Dân sự, Điều 148)', () => {
    // 20/01/2026 + 30 days = 19/02/2026, the third day of Tết → Monday 23/02/2026.
    const d = petitionDeadlines(timing({ content: 'to_cao', receivedOn: '2026-01-08', acceptedOn: '2026-01-20' }));
    expect(d.resolve?.due).toBe('2026-02-23');
    // The same period without the roll ends inside Tết.
    const noRoll = { ...rule('to_cao_giai_quyet'), rollToWorkingDay: false };
    expect(computeDeadline(noRoll, '2026-01-20', plain).due).toBe('2026-02-19');
  });

  it('a working-day deadline across Tết is a week later than the same period without it', () => {
    const acrossTet = petitionDeadlines(timing({ content: 'kien_nghi', receivedOn: '2026-02-10' }));
    expect(acrossTet.resolve?.due).toBe('2026-03-03');
    const noTet = petitionDeadlines(timing({ content: 'kien_nghi', receivedOn: '2026-03-10' }));
    expect(noTet.resolve?.due).toBe('2026-03-24');
  });

  it('says overdue after the last day and due soon within five days of it', () => {
    expect(deadlineState('2026-03-03', '2026-03-04')).toBe('qua_han');
    expect(deadlineState('2026-03-03', '2026-03-03')).toBe('sap_den_han');
    expect(deadlineState('2026-03-03', '2026-02-26')).toBe('sap_den_han');
    expect(deadlineState('2026-03-03', '2026-02-20')).toBe('con_han');
  });
});
