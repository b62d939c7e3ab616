/**
 * Legal deadlines as versioned data (domain.md §C.4, §H; style.md rule 8). Facts marked [M] or [⚠]
 * in domain.md carry `unconfirmed: true`: correct them here, not in code. Acceptance (thụ lý)
 * periods count from the day the petition was received; resolution periods of complaints and
 * denunciations count from the thụ lý (Luật Khiếu nại 2011 Điều 28, 37; Luật Tố cáo 2018 Điều 30;
 * reports.md v2 § reception, overdue). The holiday calendar is in shared/calendar/.
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
  /** Period when verification is needed at several places (tố cáo intake, Điều 24). */
  multiplePlacesDays?: number;
  /**
   * Extensions decided in writing: each adds `days`; at most `complex` of them for a complex matter,
   * `especiallyComplex` for an especially complex one, none otherwise (Luật Tố cáo 2018, Điều 30).
   */
  extension?: { days: number; complex: number; especiallyComplex: number };
  /** The day the period counts from: the day of receipt, or the thụ lý decision. */
  countsFrom: 'received' | 'accepted';
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
    countsFrom: 'received',
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
    countsFrom: 'accepted',
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
    countsFrom: 'accepted',
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
    countsFrom: 'received',
    days: 7,
    multiplePlacesDays: 10,
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
    countsFrom: 'accepted',
    days: 30,
    extension: { days: 30, complex: 1, especiallyComplex: 2 },
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
    countsFrom: 'received',
    days: 10,
    dayType: 'working',
    rollToWorkingDay: true,
    effectiveFrom: '2021-10-01',
    effectiveTo: null,
    unconfirmed: true,
  },
];

/** The đoàn đông người rule of one decree: from `minCitizens` people, at most `maxRepresentatives`. */
export interface GroupRule {
  id: string;
  minCitizens: number;
  maxRepresentatives: number;
  legalRef: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  unconfirmed: boolean;
}

/**
 * Đoàn đông người (domain.md §C.3): many people complaining about one matter appoint representatives
 * (5 people or more; at most 5 representatives). The source is the decree detailing Luật Khiếu nại,
 * not Luật Tiếp công dân (whose Điều 15(2) only requires coordinated reception): Nghị định
 * 75/2012/NĐ-CP, replaced by Nghị định 124/2020/NĐ-CP. domain.md marks the numbers and the decree [M],
 * and the effective dates were not checked against the texts: unconfirmed.
 */
export const GROUP_RULES: readonly GroupRule[] = [
  {
    id: 'ND_75_2012',
    minCitizens: 5,
    maxRepresentatives: 5,
    legalRef: 'Nghị định 75/2012/NĐ-CP (khiếu nại có nhiều người cùng nội dung)',
    effectiveFrom: '2012-11-20',
    effectiveTo: '2020-12-09',
    unconfirmed: true,
  },
  {
    id: 'ND_124_2020',
    minCitizens: 5,
    maxRepresentatives: 5,
    legalRef: 'Nghị định 124/2020/NĐ-CP (thay Nghị định 75/2012/NĐ-CP; khiếu nại có nhiều người cùng nội dung)',
    effectiveFrom: '2020-12-10',
    effectiveTo: null,
    unconfirmed: true,
  },
];

/** The đoàn đông người rule in force on a date (the latest one before the first decree). */
export function groupRuleOn(date: string): GroupRule {
  const rule = GROUP_RULES.find((r) => r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo));
  return rule ?? GROUP_RULES[date < GROUP_RULES[0]!.effectiveFrom ? 0 : GROUP_RULES.length - 1]!;
}

/** The đoàn đông người rule in force now. */
export const GROUP_RULE: GroupRule = GROUP_RULES[GROUP_RULES.length - 1]!;

/** Petitions whose deadline is this many days away or fewer are "sắp đến hạn". */
export const DUE_SOON_DAYS = 5;
