/** A legal date as `YYYY-MM-DD` text (no time zone). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The dates the app accepts (interchange.md v2 "Dates"): nothing before the Democratic Republic's
 * first year, nothing after 2100. Every loop over days stays within them, so no stored value,
 * however odd, can make a call run without end.
 */
export const DATE_MIN = '1945-01-01';
/** The last date the app accepts. */
export const DATE_MAX = '2100-12-31';

/** How far after the day of entry an event date may lie before it is taken for a typo. */
export const EVENT_HORIZON_YEARS = 1;

/** Whether a date records something that happened (event) or something planned (e.g. a term's end). */
export type DateKind = 'event' | 'planned';

/** True for a real calendar date in `YYYY-MM-DD` form. */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** True for a real calendar date within {@link DATE_MIN} … {@link DATE_MAX}. */
export function isBoundedDate(text: string): boolean {
  return isIsoDate(text) && text >= DATE_MIN && text <= DATE_MAX;
}

/** Today's date in the local time zone as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

let entryClock: () => string = () => todayIso();

/** The day of entry: today, unless a test fixed it with {@link setEntryDay}. */
export function entryDay(): string {
  return entryClock();
}

/** Fixes the day of entry (tests), or restores the real clock with null. */
export function setEntryDay(day: string | null): void {
  entryClock = day === null ? () => todayIso() : () => day;
}

/** The latest event date accepted when entering on `today`: one year later, within the bounds. */
export function eventHorizon(today: string = entryDay()): string {
  const base = isBoundedDate(today) ? today : DATE_MAX;
  const [y, m, d] = base.split('-') as [string, string, string];
  // 29/02 + 1 year is 28/02 of the next year.
  const next = `${Number(y) + EVENT_HORIZON_YEARS}-${m}-${m === '02' && d === '29' ? '28' : d}`;
  return next > DATE_MAX ? DATE_MAX : next;
}

/** The same day one year earlier; 29/02 becomes 28/02 (the comparison period "so với cùng kỳ"). */
export function yearEarlier(date: string): string {
  const [y, m, d] = date.split('-') as [string, string, string];
  const year = String(Number(y) - 1).padStart(4, '0');
  return `${year}-${m}-${m === '02' && d === '29' ? '28' : d}`;
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Why a date is not accepted (Vietnamese), or null when it is: not a real date, outside
 * 1945–2100, or (for an event) more than a year after the day of entry.
 */
export function dateProblem(value: string, kind: DateKind = 'event', today: string = entryDay()): string | null {
  if (!isIsoDate(value)) return 'Ngày không hợp lệ (định dạng YYYY-MM-DD, ví dụ 2026-02-05).';
  if (value < DATE_MIN || value > DATE_MAX) {
    return `Ngày ${dmy(value)} nằm ngoài khoảng cho phép (từ ${dmy(DATE_MIN)} đến ${dmy(DATE_MAX)}).`;
  }
  if (kind === 'event') {
    const horizon = eventHorizon(today);
    if (value > horizon) {
      return `Ngày ${dmy(value)} muộn hơn ngày nhập quá một năm (chậm nhất ${dmy(horizon)}): có thể đã nhập nhầm năm.`;
    }
  }
  return null;
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`), b − a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

const EPOCH_FIRST = Date.parse('0000-01-01T00:00:00Z');
const EPOCH_LAST = Date.parse('9999-12-31T00:00:00Z');

/** Adds calendar days to a `YYYY-MM-DD` date; the result never leaves year 0000–9999 (it is clamped). */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  if (!Number.isFinite(t)) return date;
  const clamped = Math.min(Math.max(t, EPOCH_FIRST), EPOCH_LAST);
  return new Date(clamped).toISOString().slice(0, 10);
}

/** The date clamped into {@link DATE_MIN} … {@link DATE_MAX}: the range every day loop walks in. */
export function clampDate(date: string): string {
  if (!isIsoDate(date)) return date < DATE_MIN ? DATE_MIN : DATE_MAX;
  if (date < DATE_MIN) return DATE_MIN;
  return date > DATE_MAX ? DATE_MAX : date;
}

/** The weekday of a date: 0 Sunday … 6 Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}
