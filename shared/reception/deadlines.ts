import { addDays, daysBetween } from '../util/dates';
import type { Content } from './codes';
import {
  DEADLINE_RULES,
  DUE_SOON_DAYS,
  FIXED_HOLIDAYS,
  YEARLY_DAYS_OFF,
  type DeadlineProcess,
  type DeadlineRule,
} from './deadlineRules';

/** What the calendar needs to know about days off. */
export interface HolidayCalendar {
  fixed: typeof FIXED_HOLIDAYS;
  yearly: typeof YEARLY_DAYS_OFF;
}

/** The calendar of this version of the app. */
export const DEFAULT_CALENDAR: HolidayCalendar = { fixed: FIXED_HOLIDAYS, yearly: YEARLY_DAYS_OFF };

/** True on a public holiday or announced day off. */
export function isHoliday(date: string, calendar: HolidayCalendar = DEFAULT_CALENDAR): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const fixed = calendar.fixed.some(
    (h) => h.month === m && h.day === d && h.effectiveFrom <= date && (h.effectiveTo === null || date <= h.effectiveTo),
  );
  return fixed || (calendar.yearly[y]?.dates.includes(date) ?? false);
}

/** True on a working day: Monday to Friday and not a day off. */
export function isWorkingDay(date: string, calendar: HolidayCalendar = DEFAULT_CALENDAR): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isHoliday(date, calendar);
}

/** The `n`th working day after `start` (the start day itself is not counted). */
export function addWorkingDays(start: string, n: number, calendar: HolidayCalendar = DEFAULT_CALENDAR): string {
  let date = start;
  let left = n;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date, calendar)) left--;
  }
  return date;
}

/** The same day when it is a working day, else the next working day. */
export function nextWorkingDay(date: string, calendar: HolidayCalendar = DEFAULT_CALENDAR): string {
  let d = date;
  while (!isWorkingDay(d, calendar)) d = addDays(d, 1);
  return d;
}

/** The rule for a step in force on a date, or undefined when none is. */
export function ruleFor(
  process: DeadlineProcess,
  on: string,
  rules: readonly DeadlineRule[] = DEADLINE_RULES,
): DeadlineRule | undefined {
  return rules.find(
    (r) => r.process === process && r.effectiveFrom <= on && (r.effectiveTo === null || on <= r.effectiveTo),
  );
}

/** What lengthens a period. */
export interface DeadlineFactors {
  complex: boolean;
  remoteArea: boolean;
  /** Extensions decided in writing (tố cáo), capped by the rule. */
  extensions: number;
}

/** The period of a rule, in its own day type, for the given factors. */
export function periodDays(rule: DeadlineRule, f: DeadlineFactors): number {
  let days = rule.days;
  if (f.remoteArea && f.complex) days = rule.remoteComplexDays ?? rule.remoteDays ?? rule.complexDays ?? days;
  else if (f.remoteArea) days = rule.remoteDays ?? days;
  else if (f.complex) days = rule.complexDays ?? days;
  if (rule.extension) days += Math.min(Math.max(f.extensions, 0), rule.extension.maxCount) * rule.extension.days;
  return days;
}

/** A computed deadline: the last day and how it was obtained. */
export interface Deadline {
  due: string;
  days: number;
  dayType: DeadlineRule['dayType'];
  ruleId: string;
  legalRef: string;
  unconfirmed: boolean;
}

/** The last day of a rule's period counted from `start` (the day after `start` is day 1). */
export function computeDeadline(
  rule: DeadlineRule,
  start: string,
  factors: DeadlineFactors,
  calendar: HolidayCalendar = DEFAULT_CALENDAR,
): Deadline {
  const days = periodDays(rule, factors);
  let due = rule.dayType === 'working' ? addWorkingDays(start, days, calendar) : addDays(start, days);
  if (rule.rollToWorkingDay) due = nextWorkingDay(due, calendar);
  return { due, days, dayType: rule.dayType, ruleId: rule.id, legalRef: rule.legalRef, unconfirmed: rule.unconfirmed };
}

/** What a petition's deadlines depend on. */
export interface PetitionTiming extends DeadlineFactors {
  content: Content;
  receivedOn: string;
  /** Complaint round: 1 (lần đầu) or 2 (lần hai). */
  round: number;
}

const ACCEPT_STEP: Partial<Record<Content, DeadlineProcess>> = {
  khieu_nai: 'khieu_nai_thu_ly',
  to_cao: 'to_cao_thu_ly',
};

function resolveStep(p: PetitionTiming): DeadlineProcess {
  if (p.content === 'khieu_nai') return p.round === 2 ? 'khieu_nai_lan_hai' : 'khieu_nai_lan_dau';
  if (p.content === 'to_cao') return 'to_cao_giai_quyet';
  return 'kien_nghi_xu_ly';
}

/** The acceptance (thụ lý) and resolution deadlines of a petition, each null when no rule applies. */
export function petitionDeadlines(
  p: PetitionTiming,
  rules: readonly DeadlineRule[] = DEADLINE_RULES,
  calendar: HolidayCalendar = DEFAULT_CALENDAR,
): { accept: Deadline | null; resolve: Deadline | null } {
  const acceptStep = ACCEPT_STEP[p.content];
  const acceptRule = acceptStep ? ruleFor(acceptStep, p.receivedOn, rules) : undefined;
  const resolveRule = ruleFor(resolveStep(p), p.receivedOn, rules);
  return {
    accept: acceptRule ? computeDeadline(acceptRule, p.receivedOn, p, calendar) : null,
    resolve: resolveRule ? computeDeadline(resolveRule, p.receivedOn, p, calendar) : null,
  };
}

/** Where a pending petition stands on `today`. */
export type DeadlineState = 'qua_han' | 'sap_den_han' | 'con_han';

/** Overdue after its last day; due soon within {@link DUE_SOON_DAYS} days of it. */
export function deadlineState(due: string, today: string, soonDays: number = DUE_SOON_DAYS): DeadlineState {
  const left = daysBetween(today, due);
  if (left < 0) return 'qua_han';
  return left <= soonDays ? 'sap_den_han' : 'con_han';
}
