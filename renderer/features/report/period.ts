/** The quick choices of a report period. */
export const PERIOD_KINDS = ['year', 'h1', 'h2', 'q1', 'q2', 'q3', 'q4', 'custom'] as const;
/** A quick choice of report period. */
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Vietnamese names of the quick choices. */
export const PERIOD_LABELS: Record<PeriodKind, string> = {
  year: 'Cả năm',
  h1: '6 tháng đầu năm',
  h2: '6 tháng cuối năm',
  q1: 'Quý I',
  q2: 'Quý II',
  q3: 'Quý III',
  q4: 'Quý IV',
  custom: 'Tùy chọn',
};

/** A report period, both ends `YYYY-MM-DD`, inclusive. */
export interface Period {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function months(year: number, first: number, last: number): Period {
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}

/** The dates of a quick choice in a year; null for `custom`. */
export function periodOf(kind: PeriodKind, year: number): Period | null {
  switch (kind) {
    case 'year':
      return months(year, 1, 12);
    case 'h1':
      return months(year, 1, 6);
    case 'h2':
      return months(year, 7, 12);
    case 'q1':
      return months(year, 1, 3);
    case 'q2':
      return months(year, 4, 6);
    case 'q3':
      return months(year, 7, 9);
    case 'q4':
      return months(year, 10, 12);
    case 'custom':
      return null;
  }
}

/** The print route of the period report. */
export function reportPrintRoute(period: Period): string {
  return `/print/report?${new URLSearchParams({ from: period.from, to: period.to }).toString()}`;
}

/** What the clerk chose on the report page; kept in the page's address so "Quay lại" from the print view restores it. */
export interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  /** The ends of a custom period (`kind` 'custom'), `YYYY-MM-DD` or null while not picked. */
  from: string | null;
  to: string | null;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a choice from the page's query (`kind`, `year`, `from`, `to`), defaulting to the whole current year. */
export function choiceFromParams(params: URLSearchParams, thisYear: number): PeriodChoice {
  const kind = PERIOD_KINDS.find((k) => k === params.get('kind')) ?? 'year';
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 1900 && yearParam <= 2100 ? yearParam : thisYear;
  const date = (name: string) => {
    const v = params.get(name);
    return v && ISO.test(v) ? v : null;
  };
  return { kind, year, from: date('from'), to: date('to') };
}

/** The query that stores a choice. */
export function choiceToQuery(choice: PeriodChoice): string {
  const q = new URLSearchParams({ kind: choice.kind, year: String(choice.year) });
  if (choice.kind === 'custom') {
    if (choice.from) q.set('from', choice.from);
    if (choice.to) q.set('to', choice.to);
  }
  return q.toString();
}

/** The period of a choice, null while a custom period lacks an end. */
export function periodOfChoice(choice: PeriodChoice): Period | null {
  if (choice.kind !== 'custom') return periodOf(choice.kind, choice.year);
  return choice.from && choice.to ? { from: choice.from, to: choice.to } : null;
}
