import { catalogOn, type CatalogItem } from '../../shared/disclosure/catalog';
import type { ItemStatus } from '../../shared/disclosure/codes';
import type { DisclosureBoard } from '../../shared/disclosure/schema';
import { todayIso } from '../../shared/util/dates';
import type { Sql } from '../open';
import type { Stored } from '../store/entity';
import { disclosureWarnings } from '../../shared/disclosure/compliance';
import { disclosuresIn } from './service';
import type { DisclosureData } from './spec';

/** The first and last day of a year, or of one quarter of it. */
export function boardPeriod(year: number, quarter: number | null): { from: string; to: string } {
  if (quarter === null) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const first = (quarter - 1) * 3 + 1;
  const last = first + 2;
  const end = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(end)}` };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function quarterOf(date: string): number {
  return Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
}

/**
 * The compliance board of a year or quarter (issue 4 §3): every item of the catalog in force at the
 * period's end, with its status — disclosed (one disclosure meets the posting and radio rules), not
 * yet, posted under 30 days, or radio days missing — and, for quarterly items, the begun quarters
 * with no disclosure.
 */
export function disclosureBoard(
  sql: Sql,
  year: number,
  quarter: number | null,
  today: string = todayIso(),
): DisclosureBoard {
  const { from, to } = boardPeriod(year, quarter);
  const catalog = catalogOn(to);
  const events = disclosuresIn(sql, from, to).filter((d) => d.catalog === catalog.code);
  const rows = catalog.items.map((item) => {
    const own = events.filter((d) => d.item === item.no);
    return {
      no: item.no,
      label: item.label,
      text: item.text,
      confirmed: item.confirmed,
      recurrence: item.recurrence,
      status: itemStatus(own),
      events: own.length,
      lastPublishedOn: own.length ? own[own.length - 1]!.publishedOn : null,
      radioRequired: item.radioDays > 0,
      dueQuarters: dueQuarters(item, own, year, quarter, today),
    };
  });
  const disclosed = rows.filter((r) => r.status === 'disclosed').length;
  return {
    catalog: catalog.code,
    catalogTitle: catalog.title,
    rulesConfirmed: catalog.rulesConfirmed,
    from,
    to,
    rows,
    disclosed,
    items: catalog.items.length,
    complete: disclosed === catalog.items.length && rows.every((r) => r.dueQuarters.length === 0),
  };
}

function itemStatus(own: Stored<DisclosureData>[]): ItemStatus {
  if (own.length === 0) return 'not_yet';
  const warnings = own.map((d) => disclosureWarnings(d).filter((w) => w.code !== 'late'));
  if (warnings.some((w) => w.length === 0)) return 'disclosed';
  return warnings[0]!.some((w) => w.code === 'short_posting') ? 'short_posting' : 'radio_missing';
}

function dueQuarters(
  item: CatalogItem,
  own: Stored<DisclosureData>[],
  year: number,
  quarter: number | null,
  today: string,
): number[] {
  if (item.recurrence !== 'quarterly') return [];
  const quarters = quarter === null ? [1, 2, 3, 4] : [quarter];
  const done = new Set(own.map((d) => quarterOf(d.publishedOn)));
  return quarters.filter((q) => boardPeriod(year, q).from <= today && !done.has(q));
}
