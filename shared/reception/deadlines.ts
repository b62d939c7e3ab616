import type { DayOff, HolidayCalendar } from '../calendar/calendar';
import { addDays, daysBetween, isBoundedDate } from '../util/dates';
import type { Content } from './codes';
import { DEADLINE_RULES, DUE_SOON_DAYS, type DeadlineProcess, type DeadlineRule } from './deadlineRules';

/**
 * The most days any rule counts (70 working days with two months of Tết and weekends in between stays
 * far below). Every loop over days stops here, so no date can make a call run without end.
 */
const MAX_SCAN_DAYS = 400;

/** The `n`th working day after `start` (the start day itself is not counted); null past the bounds. */
export function addWorkingDays(start: string, n: number, calendar: HolidayCalendar): string | null {
  return countWorkingDays(start, n, calendar)?.due ?? null;
}

/** The same day when it is a working day, else the next working day (at most {@link MAX_SCAN_DAYS} later). */
export function nextWorkingDay(date: string, calendar: HolidayCalendar): string {
  let d = date;
  for (let step = 0; step < MAX_SCAN_DAYS && !calendar.isWorkingDay(d); step++) d = addDays(d, 1);
  return d;
}

/** Counts `n` working days after `start`, keeping the days skipped on the way. */
function countWorkingDays(
  start: string,
  n: number,
  calendar: HolidayCalendar,
): { due: string; skipped: DayOff[] } | null {
  if (!isBoundedDate(start)) return null;
  const skipped: DayOff[] = [];
  let date = start;
  let left = n;
  for (let step = 0; left > 0; step++) {
    if (step >= MAX_SCAN_DAYS) return null;
    date = addDays(date, 1);
    const off = calendar.dayOff(date);
    if (off) skipped.push(off);
    else left--;
  }
  return { due: date, skipped };
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
  /** Vụ việc đặc biệt phức tạp (tố cáo, Điều 30): up to two extensions. */
  especiallyComplex?: boolean;
  remoteArea: boolean;
  /** Verification needed at several places (tố cáo intake, Điều 24). */
  multiplePlaces?: boolean;
  /** Extensions decided in writing (tố cáo). */
  extensions: number;
}

/** The most extensions a rule allows for the factors (0 for an ordinary matter). */
export function maxExtensions(rule: DeadlineRule, f: DeadlineFactors): number {
  if (!rule.extension) return 0;
  if (f.especiallyComplex) return rule.extension.especiallyComplex;
  return f.complex ? rule.extension.complex : 0;
}

/** The period of a rule, in its own day type, for the given factors (extensions beyond the law's maximum ignored). */
export function periodDays(rule: DeadlineRule, f: DeadlineFactors): number {
  const complex = f.complex || f.especiallyComplex === true;
  let days = rule.days;
  if (f.multiplePlaces && rule.multiplePlacesDays) days = rule.multiplePlacesDays;
  if (f.remoteArea && complex) days = rule.remoteComplexDays ?? rule.remoteDays ?? rule.complexDays ?? days;
  else if (f.remoteArea) days = rule.remoteDays ?? days;
  else if (complex) days = rule.complexDays ?? days;
  if (rule.extension) days += Math.min(Math.max(f.extensions, 0), maxExtensions(rule, f)) * rule.extension.days;
  return days;
}

/** What the period counted from. */
export type DeadlineStart = 'received' | 'accepted' | 'acceptDeadline';

/** A day the count passed over (weekend, holiday, make-up day), as the petition page lists it. */
export interface SkippedDay {
  date: string;
  kind: DayOff['kind'];
  reason: string;
}

/** A computed deadline: the last day and how it was obtained. */
export interface Deadline {
  due: string;
  days: number;
  dayType: DeadlineRule['dayType'];
  ruleId: string;
  legalRef: string;
  unconfirmed: boolean;
  /** The day the period counted from (the day after it is day 1), and what that day is. */
  from: string;
  fromKind: DeadlineStart;
  /** Days not counted (working-day periods) or passed over to reach a working day (roll). */
  skipped: SkippedDay[];
  /** True when a day off on the way comes from data marked unconfirmed. */
  calendarUnconfirmed: boolean;
}

/**
 * The last day of a rule's period counted from `start` (the day after `start` is day 1); null when
 * `start` lies outside 1945–2100 (a date stored before the bounds existed).
 */
export function computeDeadline(
  rule: DeadlineRule,
  start: string,
  factors: DeadlineFactors,
  calendar: HolidayCalendar,
  fromKind: DeadlineStart = 'received',
): Deadline | null {
  if (!isBoundedDate(start)) return null;
  const days = periodDays(rule, factors);
  let due: string;
  const skipped: DayOff[] = [];
  if (rule.dayType === 'working') {
    const counted = countWorkingDays(start, days, calendar);
    if (!counted) return null;
    due = counted.due;
    skipped.push(...counted.skipped);
  } else {
    due = addDays(start, days);
  }
  if (rule.rollToWorkingDay) {
    for (let step = 0; step < MAX_SCAN_DAYS; step++) {
      const off = calendar.dayOff(due);
      if (!off) break;
      skipped.push(off);
      due = addDays(due, 1);
    }
  }
  return {
    due,
    days,
    dayType: rule.dayType,
    ruleId: rule.id,
    legalRef: rule.legalRef,
    unconfirmed: rule.unconfirmed,
    from: start,
    fromKind,
    skipped: skipped.map((d) => ({ date: d.date, kind: d.kind, reason: d.reason })),
    calendarUnconfirmed: skipped.some((d) => d.kind !== 'weekend' && d.unconfirmed),
  };
}

/** What a petition's deadlines depend on. */
export interface PetitionTiming extends DeadlineFactors {
  content: Content;
  receivedOn: string;
  /** The thụ lý decision, when recorded (v2). */
  acceptedOn?: string | null;
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

/** The deadlines of a petition, and whether its thụ lý came after the acceptance deadline. */
export interface PetitionDeadlines {
  accept: Deadline | null;
  resolve: Deadline | null;
  /** acceptedOn is after the last day the law allows for the thụ lý. */
  lateAcceptance: boolean;
}

/**
 * The acceptance (thụ lý) deadline, counted from receipt, and the resolution deadline, counted from
 * acceptedOn — or, when the register does not give it, from the last day the law allows for the thụ
 * lý (reports.md v2 § reception, overdue). Each is null when no rule applies or the dates are out of
 * bounds.
 */
export function petitionDeadlines(
  p: PetitionTiming,
  calendar: HolidayCalendar,
  rules: readonly DeadlineRule[] = DEADLINE_RULES,
): PetitionDeadlines {
  const acceptStep = ACCEPT_STEP[p.content];
  const acceptRule = acceptStep ? ruleFor(acceptStep, p.receivedOn, rules) : undefined;
  const accept = acceptRule ? computeDeadline(acceptRule, p.receivedOn, p, calendar) : null;
  const acceptedOn = p.acceptedOn ?? null;
  const resolveRule = ruleFor(resolveStep(p), acceptedOn ?? p.receivedOn, rules);
  let resolve: Deadline | null = null;
  if (resolveRule?.countsFrom === 'accepted') {
    if (acceptedOn) resolve = computeDeadline(resolveRule, acceptedOn, p, calendar, 'accepted');
    else if (accept) resolve = computeDeadline(resolveRule, accept.due, p, calendar, 'acceptDeadline');
    else resolve = computeDeadline(resolveRule, p.receivedOn, p, calendar, 'received');
  } else if (resolveRule) {
    resolve = computeDeadline(resolveRule, p.receivedOn, p, calendar, 'received');
  }
  return { accept, resolve, lateAcceptance: Boolean(accept && acceptedOn && acceptedOn > accept.due) };
}

/** Where a pending petition stands on `today`. */
export type DeadlineState = 'qua_han' | 'sap_den_han' | 'con_han';

/** Overdue after its last day; due soon within {@link DUE_SOON_DAYS} days of it. */
export function deadlineState(due: string, today: string, soonDays: number = DUE_SOON_DAYS): DeadlineState {
  const left = daysBetween(today, due);
  if (left < 0) return 'qua_han';
  return left <= soonDays ? 'sap_den_han' : 'con_han';
}
