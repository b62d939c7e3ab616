/**
 * Legal deadlines and the holiday calendar as versioned data (domain.md §C.4, §H; style.md rule 8).
 * Facts marked [M] or [⚠] in domain.md carry `unconfirmed: true`: correct them here, not in code.
 * Every deadline counts from the petition's receivedOn (reports.md § reception, overdue).
 */

/** How a period is counted. */
export type DayType = 'calendar' | 'working';

/** The step of the procedure a rule times. */
export type DeadlineProcess =
  | 'khieu_nai_thu_ly'
  | 'khieu_nai_lan_dau'
  | 'khieu_nai_lan_hai'
  | 'to_cao_thu_ly'
  | 'to_cao_giai_quyet'
  | 'kien_nghi_xu_ly';

/** One versioned deadline rule. */
export interface DeadlineRule {
  id: string;
  process: DeadlineProcess;
  legalRef: string;
  /** The ordinary period. */
  days: number;
  /** Period for a complex matter (vụ việc phức tạp), when the rule lengthens it. */
  complexDays?: number;
  /** Period in remote or difficult areas (vùng sâu, vùng xa, đi lại khó khăn). */
  remoteDays?: number;
  /** Period for a complex matter in a remote area. */
  remoteComplexDays?: number;
  /** Extensions decided in writing: each adds `days`, at most `maxCount` (complex matters only). */
  extension?: { days: number; maxCount: number };
  dayType: DayType;
  /** A calendar-day deadline falling on a day off ends on the next working day (Bộ luật Dân sự 2015, Điều 148). */
  rollToWorkingDay: boolean;
  effectiveFrom: string;
  effectiveTo: string | null;
  unconfirmed: boolean;
}

/** The deadline rules in force, with their versions (pre-2026 texts; ⚠ re-verify after Luật 136/2025). */
export const DEADLINE_RULES: readonly DeadlineRule[] = [
  {
    id: 'KN_THU_LY_2011',
    process: 'khieu_nai_thu_ly',
    legalRef: 'Luật Khiếu nại 2011, Điều 27',
    days: 10,
    dayType: 'working',
    rollToWorkingDay: true,
    effectiveFrom: '2012-07-01',
    effectiveTo: null,
    unconfirmed: true,
  },
  {
    id: 'KN_LAN_DAU_2011',
    process: 'khieu_nai_lan_dau',
    legalRef: 'Luật Khiếu nại 2011, Điều 28',
    days: 30,
    complexDays: 45,
    remoteDays: 45,
    remoteComplexDays: 60,
    dayType: 'working',
    rollToWorkingDay: true,
    effectiveFrom: '2012-07-01',
    effectiveTo: null,
    unconfirmed: true,
  },
  {
    id: 'KN_LAN_HAI_2011',
    process: 'khieu_nai_lan_hai',
    legalRef: 'Luật Khiếu nại 2011, Điều 37',
    days: 45,
    complexDays: 60,
    remoteDays: 60,
    remoteComplexDays: 70,
    dayType: 'working',
    rollToWorkingDay: true,
    effectiveFrom: '2012-07-01',
    effectiveTo: null,
    unconfirmed: true,
  },
  {
    id: 'TC_THU_LY_2018',
    process: 'to_cao_thu_ly',
    legalRef: 'Luật Tố cáo 2018, Điều 24',
    days: 7,
    complexDays: 10,
    dayType: 'working',
    rollToWorkingDay: true,
    effectiveFrom: '2019-01-01',
    effectiveTo: null,
    unconfirmed: true,
  },
  {
    id: 'TC_GIAI_QUYET_2018',
    process: 'to_cao_giai_quyet',
    legalRef: 'Luật Tố cáo 2018, Điều 30',
    days: 30,
    extension: { days: 30, maxCount: 2 },
    dayType: 'calendar',
    rollToWorkingDay: true,
    effectiveFrom: '2019-01-01',
    effectiveTo: null,
    unconfirmed: false,
  },
  {
    id: 'KNPA_XU_LY_2021',
    process: 'kien_nghi_xu_ly',
    legalRef: 'Thông tư 05/2021/TT-TTCP',
    days: 10,
    dayType: 'working',
    rollToWorkingDay: true,
    effectiveFrom: '2021-10-01',
    effectiveTo: null,
    unconfirmed: true,
  },
];

/** Public holidays on a fixed solar date each year (Bộ luật Lao động 2019, Điều 112). */
export interface FixedHoliday {
  month: number;
  day: number;
  name: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** Holidays on the same solar date every year. */
export const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { month: 1, day: 1, name: 'Tết Dương lịch', effectiveFrom: '2013-05-01', effectiveTo: null },
  { month: 4, day: 30, name: 'Ngày Chiến thắng', effectiveFrom: '2013-05-01', effectiveTo: null },
  { month: 5, day: 1, name: 'Ngày Quốc tế lao động', effectiveFrom: '2013-05-01', effectiveTo: null },
  { month: 9, day: 2, name: 'Quốc khánh', effectiveFrom: '2013-05-01', effectiveTo: null },
];

/**
 * Days off that move every year (Tết Nguyên đán, Giỗ Tổ Hùng Vương 10/3 âm lịch, the day next to
 * Quốc khánh, compensatory days), as announced each year. Lunar dates computed, not yet checked
 * against each year's announcement: unconfirmed.
 */
export const YEARLY_DAYS_OFF: Readonly<Record<number, { dates: readonly string[]; unconfirmed: boolean }>> = {
  2024: {
    dates: ['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14', '2024-04-18', '2024-09-03'],
    unconfirmed: true,
  },
  2025: {
    dates: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-04-07', '2025-09-01'],
    unconfirmed: true,
  },
  2026: {
    dates: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-27', '2026-09-01'],
    unconfirmed: true,
  },
  2027: {
    dates: ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-04-15', '2027-09-03'],
    unconfirmed: true,
  },
};

/**
 * Đoàn đông người (domain.md §C.3): from this many people with the same content, representatives are
 * appointed, at most `maxRepresentatives`. No source was found for the numbers: unconfirmed.
 */
export const GROUP_RULE = {
  minCitizens: 5,
  maxRepresentatives: 5,
  legalRef: 'Luật Tiếp công dân 2013, Điều 15(2); Thông tư 04/2021/TT-TTCP',
  unconfirmed: true,
} as const;

/** Petitions whose deadline is this many days away or fewer are "sắp đến hạn". */
export const DUE_SOON_DAYS = 5;
