import { conventionRecord } from '../../shared/convention/conventionRecord';
import { recordTable } from '../../shared/record/define';
import type { Table } from '../../shared/record/list';
import type { Sql } from '../open';
import { listConventions } from './service';

/** The convention list with status and key dates. */
export function conventionTable(sql: Sql, search: string): Table {
  return recordTable(
    conventionRecord,
    listConventions(sql, { search, communityId: null, status: null, offset: 0, limit: 1000 }).items,
  );
}
