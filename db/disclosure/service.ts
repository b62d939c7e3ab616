import { catalogItem } from '../../shared/disclosure/catalog';
import { disclosureWarnings } from '../../shared/disclosure/compliance';
import type { Disclosure, DisclosureFields } from '../../shared/disclosure/schema';
import { all, countOf, type Sql } from '../open';
import { fromRow, type Stored } from '../store/entity';
import { deleteRecord, insertRecord, requireLive, updateRecord, type Writer } from '../store/records';
import { matchingRows } from '../store/search';
import { disclosureSpec, type DisclosureData } from './spec';

/** Filters and paging of the disclosure list. */
export interface DisclosureQuery {
  search: string;
  catalog: DisclosureData['catalog'] | null;
  item: number | null;
  from: string | null;
  to: string | null;
  sort: 'publishedOn_desc' | 'publishedOn_asc' | 'item';
  offset: number;
  limit: number;
}

/** A stored disclosure as the contract returns it. */
export function toDisclosure(stored: Stored<DisclosureData>): Disclosure {
  return {
    ...stored,
    itemLabel: catalogItem(stored.catalog, stored.item)?.label ?? `Nội dung ${stored.item}`,
    warnings: disclosureWarnings(stored),
  };
}

/** Lists disclosures with search (diacritics ignored), filters, sorting and paging. */
export function listDisclosures(sql: Sql, input: DisclosureQuery): { items: Disclosure[]; total: number } {
  let q = sql.qb.selectFrom('disclosure as d').where('d.deleted_at', 'is', null);
  if (input.catalog) q = q.where('d.catalog', '=', input.catalog);
  if (input.item !== null) q = q.where('d.item', '=', input.item);
  if (input.from) q = q.where('d.published_on', '>=', input.from);
  if (input.to) q = q.where('d.published_on', '<=', input.to);
  const matching = matchingRows('disclosure', 'd', input.search);
  if (matching) q = q.where(matching);
  const total = countOf(sql, q);
  let rows = q.selectAll('d');
  if (input.sort === 'publishedOn_asc') rows = rows.orderBy('d.published_on', 'asc');
  else if (input.sort === 'item') rows = rows.orderBy('d.catalog').orderBy('d.item').orderBy('d.published_on', 'desc');
  else rows = rows.orderBy('d.published_on', 'desc');
  const page = all(sql, rows.orderBy('d.id', 'desc').limit(input.limit).offset(input.offset));
  return {
    items: page.map((r) => toDisclosure(fromRow(disclosureSpec, r as unknown as Record<string, unknown>))),
    total,
  };
}

/** Reads one live disclosure. */
export function getDisclosure(sql: Sql, id: string): Disclosure {
  return toDisclosure(requireLive(sql, disclosureSpec, id));
}

function checkRules(d: DisclosureFields): DisclosureData {
  // The schema already checked the item number, the dates and the forms; nothing here needs the database.
  return d as DisclosureData;
}

/** Records a disclosure. */
export function createDisclosure(sql: Sql, fields: DisclosureFields, writer: Writer, id?: string): Disclosure {
  return toDisclosure(insertRecord(sql, disclosureSpec, checkRules(fields), writer, id));
}

/** Updates a disclosure. */
export function updateDisclosure(
  sql: Sql,
  id: string,
  version: number | null,
  fields: DisclosureFields,
  writer: Writer,
): Disclosure {
  return toDisclosure(updateRecord(sql, disclosureSpec, id, version, checkRules(fields), writer));
}

/** Deletes a disclosure (tombstone). */
export function deleteDisclosure(sql: Sql, id: string, version: number, writer: Writer): void {
  deleteRecord(sql, disclosureSpec, id, version, writer);
}

/** Live disclosures published in [from, to]. */
export function disclosuresIn(sql: Sql, from: string, to: string): Stored<DisclosureData>[] {
  const rows = all(
    sql,
    sql.qb
      .selectFrom('disclosure')
      .selectAll()
      .where('deleted_at', 'is', null)
      .where('published_on', '>=', from)
      .where('published_on', '<=', to)
      .orderBy('published_on'),
  );
  return rows.map((r) => fromRow(disclosureSpec, r as unknown as Record<string, unknown>));
}
