import type { HolidayCalendar } from '../calendar/calendar';
import { addDays, isBoundedDate } from '../util/dates';

/**
 * The rules on hương ước, quy ước as versioned data (domain.md §1, §D; style.md rule 8): who
 * recognises a convention and within how many working days, chosen by the convention's own dates
 * (Quyết định 22/2018/QĐ-TTg before 16/8/2023, Nghị định 61/2023/NĐ-CP from then). A period the
 * texts at hand do not give is null: the app then checks nothing and says so.
 */
export interface ConventionRule {
  id: string;
  legalRef: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Who issues the recognition decision. */
  recognizer: string;
  /** Working days after adoption to submit the file; null when the app does not know it. */
  submitWithinWorkingDays: number | null;
  /** Working days after a complete file to decide the recognition; null when unknown. */
  recognizeWithinWorkingDays: number | null;
  /** The yearly review on 18/11 (Ngày hội đại đoàn kết toàn dân tộc). */
  annualReview: boolean;
  unconfirmed: boolean;
}

/** The regimes of hương ước, quy ước the app knows. */
export const CONVENTION_RULES: readonly ConventionRule[] = [
  {
    id: 'TRUOC_QD_22_2018',
    legalRef: 'Quy định trước Quyết định 22/2018/QĐ-TTg (chưa đối chiếu)',
    effectiveFrom: '1945-01-01',
    effectiveTo: '2018-06-30',
    recognizer: 'Ủy ban nhân dân cấp huyện',
    submitWithinWorkingDays: null,
    recognizeWithinWorkingDays: null,
    annualReview: false,
    unconfirmed: true,
  },
  {
    id: 'QD_22_2018',
    legalRef: 'Quyết định 22/2018/QĐ-TTg',
    effectiveFrom: '2018-07-01',
    effectiveTo: '2023-08-15',
    recognizer: 'Ủy ban nhân dân cấp huyện',
    submitWithinWorkingDays: null,
    recognizeWithinWorkingDays: null,
    annualReview: false,
    unconfirmed: true,
  },
  {
    id: 'ND_61_2023',
    legalRef: 'Nghị định 61/2023/NĐ-CP, Điều 11',
    effectiveFrom: '2023-08-16',
    effectiveTo: null,
    recognizer: 'Ủy ban nhân dân cấp xã',
    submitWithinWorkingDays: 5,
    recognizeWithinWorkingDays: 5,
    annualReview: true,
    unconfirmed: false,
  },
];

/** The convention rule in force on a date (the earliest one before any). */
export function conventionRuleOn(date: string, rules: readonly ConventionRule[] = CONVENTION_RULES): ConventionRule {
  return (
    rules.find((r) => r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo)) ??
    rules[date < rules[0]!.effectiveFrom ? 0 : rules.length - 1]!
  );
}

/**
 * Working days from `from` (excluded) to `to` (included) in the holiday calendar, counting at most
 * `cap + 1` (enough to say "more than the limit"): the walk is bounded whatever the dates.
 */
export function workingDaysBetween(from: string, to: string, calendar: HolidayCalendar, cap = 60): number {
  if (!isBoundedDate(from) || !isBoundedDate(to)) return 0;
  let count = 0;
  for (
    let date = addDays(from, 1), step = 0;
    date <= to && count <= cap && step < 400;
    date = addDays(date, 1), step++
  ) {
    if (calendar.isWorkingDay(date)) count += 1;
  }
  return count;
}
