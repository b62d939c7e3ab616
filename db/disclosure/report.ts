import { catalogOn, catalogsDuring } from '../../shared/disclosure/catalog';
import { DISCLOSURE_FORMS, isShortPosting } from '../../shared/disclosure/codes';
import type { DisclosureSection } from '../../shared/report/schema';
import { disclosuresIn } from './service';
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
  const byForm = Object.fromEntries(DISCLOSURE_FORMS.map((f) => [f, 0])) as DisclosureSection['byForm'];
  for (const d of events) for (const f of new Set(d.forms)) if (f in byForm) byForm[f] += 1;
  return {
    catalog: catalog.code,
    items: catalog.items.length,
    events: events.length,
    itemsDisclosed,
    communesAllItems: itemsDisclosed === catalog.items.length ? 1 : 0,
    shortPostings: events.filter((d) => isShortPosting(d)).length,
    byForm,
    byCatalog: byCatalog(events, from, to),
  };
}

/**
 * Each catalog in force during [from, to], counting only the disclosures dated within its part of
 * the period and recorded against it (a 2023 report: Pháp lệnh 34 until 30/6, Luật 10/2022 from 1/7).
 */
function byCatalog(events: { catalog: string; item: number; publishedOn: string }[], from: string, to: string) {
  const out: DisclosureSection['byCatalog'] = {};
  for (const part of catalogsDuring(from, to)) {
    const own = events.filter(
      (d) => d.catalog === part.catalog.code && d.publishedOn >= part.from && d.publishedOn <= part.to,
    );
    const items = new Set(own.map((d) => d.item));
    const disclosed = part.catalog.items.filter((i) => items.has(i.no)).length;
    out[part.catalog.code] = {
      from: part.from,
      to: part.to,
      items: part.catalog.items.length,
      events: own.length,
      itemsDisclosed: disclosed,
      communesAllItems: disclosed === part.catalog.items.length ? 1 : 0,
    };
  }
  return out;
}
