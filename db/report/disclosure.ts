import { catalogOn } from '../../shared/disclosure/catalog';
import { isShortPosting } from '../../shared/disclosure/codes';
import type { DisclosureSection } from '../../shared/report/schema';
import { disclosuresIn } from '../disclosure/service';
import type { Sql } from '../open';

/**
 * Disclosure figures for [from, to] (reports.md § disclosure). The catalog is the one in force at
 * `to`; items count only disclosures recorded against that catalog. `communesAllItems` is 0 or 1
 * for one commune, so an office's sum is the number of communes with every item disclosed.
 */
export function disclosureFigures(sql: Sql, from: string, to: string): DisclosureSection {
  const catalog = catalogOn(to);
  const events = disclosuresIn(sql, from, to);
  const items = new Set(events.filter((d) => d.catalog === catalog.code).map((d) => d.item));
  const itemsDisclosed = catalog.items.filter((i) => items.has(i.no)).length;
  return {
    catalog: catalog.code,
    items: catalog.items.length,
    events: events.length,
    itemsDisclosed,
    communesAllItems: itemsDisclosed === catalog.items.length ? 1 : 0,
    shortPostings: events.filter((d) => isShortPosting(d)).length,
  };
}
