import { disclosureRecord } from '../../shared/disclosure/disclosureRecord';
import { recordTable } from '../../shared/record/define';
import type { Table } from '../../shared/record/list';
import type { Sql } from '../open';
import { listDisclosures, type DisclosureQuery } from './service';

/** The disclosure list as the screen filters it; attachments by name and SHA-256 (the evidence trail). */
export function disclosureTable(sql: Sql, filters: Omit<DisclosureQuery, 'offset' | 'limit'>): Table {
  return recordTable(disclosureRecord, listDisclosures(sql, { ...filters, offset: 0, limit: 1_000_000 }).items);
}
