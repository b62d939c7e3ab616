/**
 * Days off as versioned data (domain.md §F.3, §H "holiday calendar"; style.md rule 8): the public
 * holidays of each Bộ luật Lao động with their effective dates, the working week, and the
 * Government's yearly day-off notices (nghỉ bù, hoán đổi ngày làm việc). Lunar dates (Tết Nguyên
 * đán, Giỗ Tổ Hùng Vương) are computed for any year by a lunar-calendar library in db/; nothing here
 * depends on it. Facts the texts at hand leave open carry `unconfirmed: true` ([M]): correct them here.
 */

/** A public holiday. */
export type HolidayCode =
  'tet_duong_lich' | 'tet_nguyen_dan' | 'gio_to_hung_vuong' | 'giai_phong_mien_nam' | 'quoc_te_lao_dong' | 'quoc_khanh';

/** Every holiday code. */
export const HOLIDAY_CODES: readonly HolidayCode[] = [
  'tet_duong_lich',
  'tet_nguyen_dan',
  'gio_to_hung_vuong',
  'giai_phong_mien_nam',
  'quoc_te_lao_dong',
  'quoc_khanh',
];

/** Vietnamese names of the holidays. */
export const HOLIDAY_NAMES: Record<HolidayCode, string> = {
  tet_duong_lich: 'Tết Dương lịch',
  tet_nguyen_dan: 'Tết Nguyên đán',
  gio_to_hung_vuong: 'Giỗ Tổ Hùng Vương',
  giai_phong_mien_nam: 'Ngày Chiến thắng (30/4)',
  quoc_te_lao_dong: 'Ngày Quốc tế lao động (1/5)',
  quoc_khanh: 'Quốc khánh (2/9)',
};

/** The day a holiday is anchored to: a solar date, or a lunar date (âm lịch). */
export interface HolidayAnchor {
  calendar: 'solar' | 'lunar';
  month: number;
  day: number;
}

/** One holiday of a law: its anchor, the days off around it and, for Quốc khánh, the day chosen next to it. */
export interface HolidayRule {
  code: HolidayCode;
  anchor: HolidayAnchor;
  /** Days off relative to the anchor (Tết: −1 is the last day of the old lunar year). */
  offsets: readonly number[];
  /**
   * "01 ngày liền kề trước hoặc sau" (Quốc khánh since 2021): the Government picks it each year; without a
   * notice the app takes the day after when 02/9 is a Monday or Thursday (a longer break), else the day before.
   */
  adjacentDay?: boolean;
}

/** A labour code's list of public holidays, in force between two dates. */
export interface HolidayLaw {
  id: string;
  legalRef: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  holidays: readonly HolidayRule[];
  unconfirmed: boolean;
}

const solar = (month: number, day: number): HolidayAnchor => ({ calendar: 'solar', month, day });
const lunar = (month: number, day: number): HolidayAnchor => ({ calendar: 'lunar', month, day });

const NEW_YEAR: HolidayRule = { code: 'tet_duong_lich', anchor: solar(1, 1), offsets: [0] };
const LIBERATION: HolidayRule = { code: 'giai_phong_mien_nam', anchor: solar(4, 30), offsets: [0] };
const LABOUR: HolidayRule = { code: 'quoc_te_lao_dong', anchor: solar(5, 1), offsets: [0] };
const HUNG_KINGS: HolidayRule = { code: 'gio_to_hung_vuong', anchor: lunar(3, 10), offsets: [0] };

/**
 * The public holidays by law. Before 1995 the app knows no holiday list (weekends only). The
 * articles are cited as domain.md gives them; the lists are well known but not checked against the
 * official texts here, hence unconfirmed.
 */
export const HOLIDAY_LAWS: readonly HolidayLaw[] = [
  {
    id: 'BLLD_1994',
    legalRef: 'Bộ luật Lao động 1994, Điều 73',
    effectiveFrom: '1995-01-01',
    effectiveTo: '2007-04-01',
    holidays: [
      NEW_YEAR,
      { code: 'tet_nguyen_dan', anchor: lunar(1, 1), offsets: [-1, 0, 1, 2] },
      LIBERATION,
      LABOUR,
      { code: 'quoc_khanh', anchor: solar(9, 2), offsets: [0] },
    ],
    unconfirmed: true,
  },
  {
    id: 'BLLD_1994_SD_2007',
    legalRef: 'Bộ luật Lao động 1994 (sửa đổi Điều 73 năm 2007: thêm Giỗ Tổ Hùng Vương)',
    effectiveFrom: '2007-04-02',
    effectiveTo: '2013-04-30',
    holidays: [
      NEW_YEAR,
      { code: 'tet_nguyen_dan', anchor: lunar(1, 1), offsets: [-1, 0, 1, 2] },
      HUNG_KINGS,
      LIBERATION,
      LABOUR,
      { code: 'quoc_khanh', anchor: solar(9, 2), offsets: [0] },
    ],
    unconfirmed: true,
  },
  {
    id: 'BLLD_2012',
    legalRef: 'Bộ luật Lao động 2012, Điều 115',
    effectiveFrom: '2013-05-01',
    effectiveTo: '2020-12-31',
    holidays: [
      NEW_YEAR,
      { code: 'tet_nguyen_dan', anchor: lunar(1, 1), offsets: [-1, 0, 1, 2, 3] },
      HUNG_KINGS,
      LIBERATION,
      LABOUR,
      { code: 'quoc_khanh', anchor: solar(9, 2), offsets: [0] },
    ],
    unconfirmed: true,
  },
  {
    id: 'BLLD_2019',
    legalRef: 'Bộ luật Lao động 2019, Điều 112',
    effectiveFrom: '2021-01-01',
    effectiveTo: null,
    holidays: [
      NEW_YEAR,
      { code: 'tet_nguyen_dan', anchor: lunar(1, 1), offsets: [-1, 0, 1, 2, 3] },
      HUNG_KINGS,
      LIBERATION,
      LABOUR,
      { code: 'quoc_khanh', anchor: solar(9, 2), offsets: [0], adjacentDay: true },
    ],
    unconfirmed: true,
  },
];

/**
 * A holiday falling on a weekly rest day is made up on the next working day (nghỉ bù): Bộ luật Lao
 * động 2019, Điều 111(3) (2012: Điều 110(3)). Applied when no yearly notice settles the holiday.
 */
export const COMPENSATION_RULE = {
  legalRef: 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần)',
  unconfirmed: true,
} as const;

/** The weekly rest days of state offices between two dates (0 = Sunday … 6 = Saturday). */
export interface WorkWeekRule {
  id: string;
  legalRef: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  restDays: readonly number[];
  unconfirmed: boolean;
}

/** The working week: Saturday became a rest day for state offices with the 40-hour week of 1999. */
export const WORK_WEEK_RULES: readonly WorkWeekRule[] = [
  {
    id: 'TUAN_48_GIO',
    legalRef: 'Chế độ tuần làm việc 48 giờ (trước Quyết định 188/1999/QĐ-TTg)',
    effectiveFrom: '1945-01-01',
    effectiveTo: '1999-10-01',
    restDays: [0],
    unconfirmed: true,
  },
  {
    id: 'QD_188_1999',
    legalRef: 'Quyết định 188/1999/QĐ-TTg (tuần làm việc 40 giờ)',
    effectiveFrom: '1999-10-02',
    effectiveTo: null,
    restDays: [0, 6],
    unconfirmed: true,
  },
];

/**
 * One yearly notice of the Government (Thủ tướng Chính phủ; Bộ Lao động – Thương binh và Xã hội, since
 * 2025 Bộ Nội vụ) for cán bộ, công chức, viên chức: it settles the holidays it `covers` in its year.
 * `daysOff` lists every day off of those holidays (make-up days included); `workingDays` lists the
 * weekend days worked instead (hoán đổi). A notice replaces the app's own computation for them.
 */
export interface DayOffNotice {
  id: string;
  year: number;
  covers: readonly HolidayCode[];
  daysOff: readonly string[];
  workingDays: readonly string[];
  ref: string;
  unconfirmed: boolean;
}

const NOTICE_REF = 'Thông báo nghỉ lễ, Tết của Chính phủ cho cán bộ, công chức, viên chức';

/**
 * The notices this version knows. Their numbers were not at hand and the days are recalled from the
 * published schedules, not copied from the texts: unconfirmed. An installation adds or corrects a
 * notice on the "Lịch nghỉ lễ, Tết" screen; its own notices win over these.
 */
export const DAY_OFF_NOTICES: readonly DayOffNotice[] = [
  {
    id: 'TB_2023_TET',
    year: 2023,
    covers: ['tet_nguyen_dan'],
    daysOff: ['2023-01-20', '2023-01-21', '2023-01-22', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26'],
    workingDays: [],
    ref: `${NOTICE_REF} năm 2023 (Tết Quý Mão: 20/01–26/01/2023)`,
    unconfirmed: true,
  },
  {
    id: 'TB_2024_TET',
    year: 2024,
    covers: ['tet_nguyen_dan'],
    daysOff: ['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14'],
    workingDays: [],
    ref: `${NOTICE_REF} năm 2024 (Tết Giáp Thìn: 08/02–14/02/2024)`,
    unconfirmed: true,
  },
  {
    id: 'TB_2024_30_4',
    year: 2024,
    covers: ['giai_phong_mien_nam', 'quoc_te_lao_dong'],
    daysOff: ['2024-04-27', '2024-04-28', '2024-04-29', '2024-04-30', '2024-05-01'],
    workingDays: ['2024-05-04'],
    ref: `${NOTICE_REF} năm 2024 (30/4–1/5: nghỉ 27/4–01/5, làm bù thứ Bảy 04/5/2024)`,
    unconfirmed: true,
  },
  {
    id: 'TB_2025_TET',
    year: 2025,
    covers: ['tet_nguyen_dan'],
    daysOff: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
    workingDays: [],
    ref: `${NOTICE_REF} năm 2025 (Tết Ất Tỵ: 25/01–02/02/2025)`,
    unconfirmed: true,
  },
  {
    id: 'TB_2025_30_4',
    year: 2025,
    covers: ['giai_phong_mien_nam', 'quoc_te_lao_dong'],
    daysOff: ['2025-04-30', '2025-05-01', '2025-05-02'],
    workingDays: ['2025-04-26'],
    ref: `${NOTICE_REF} năm 2025 (30/4–1/5: nghỉ 30/4–04/5, làm bù thứ Bảy 26/4/2025)`,
    unconfirmed: true,
  },
  {
    id: 'TB_2026_TET',
    year: 2026,
    covers: ['tet_nguyen_dan'],
    daysOff: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
    workingDays: [],
    ref: `${NOTICE_REF} năm 2026 (Tết Bính Ngọ: 14/02–22/02/2026)`,
    unconfirmed: true,
  },
];
