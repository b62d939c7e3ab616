import { conventionRecord } from '../../shared/convention/conventionRecord';
import { disclosureRecord } from '../../shared/disclosure/disclosureRecord';
import { recordTable } from '../../shared/record/define';
import type { Table } from '../../shared/record/list';
import { listConventions } from '../convention/service';
import type { DisclosureQuery } from '../disclosure/service';
import { listDisclosures } from '../disclosure/service';
import type { Sql } from '../open';

/** The disclosure list as the screen filters it; attachments by name and SHA-256 (the evidence trail). */
export function disclosureTable(sql: Sql, filters: Omit<DisclosureQuery, 'offset' | 'limit'>): Table {
  return recordTable(disclosureRecord, listDisclosures(sql, { ...filters, offset: 0, limit: 1_000_000 }).items);
}

/** The convention list with status and key dates. */
export function conventionTable(sql: Sql, search: string): Table {
  return recordTable(
    conventionRecord,
    listConventions(sql, { search, communityId: null, status: null, offset: 0, limit: 1000 }).items,
  );
}
