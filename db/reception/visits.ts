import type { ReceptionVisit, VisitFields } from '../../shared/reception/schema';
import { maskIdentity } from '../../shared/reception/identity';
import { visitRecord } from '../../shared/reception/visitRecord';
import { prepare, type Sql } from '../open';
import { fromRow, type Stored } from '../store/entity';
import { deleteRecord, insertRecord, requireLive, updateRecord, type Writer } from '../store/records';
import { ftsQuery } from '../store/search';
import { andWhere, type PeriodQuery } from './sessions';
import { visitSpec } from './spec';

function sessionIdOf(sql: Sql, receivedOn: string, host: string): string | null {
  const row = prepare(
    sql,
    'SELECT id FROM reception_session WHERE deleted_at IS NULL AND held_on = ? AND host = ? ORDER BY id LIMIT 1',
  ).get(receivedOn, host) as { id: string } | undefined;
  return row?.id ?? null;
}

function toVisit(sql: Sql, v: Stored<VisitFields>, masked: boolean): ReceptionVisit {
  const out: ReceptionVisit = { ...v, sessionId: sessionIdOf(sql, v.receivedOn, v.host), masked };
  // A list shows who came only as initials; the record page shows the rest (domain.md §G.3).
  return masked ? maskIdentity(visitRecord, out) : out;
}

/** Lists visits, newest first, identities masked; the search ignores diacritics and never matches names. */
export function listVisits(
  sql: Sql,
  q: PeriodQuery & { host: string | null; content: string | null },
): { items: ReceptionVisit[]; total: number } {
  const [filters, args] = andWhere([
    ['received_on >= ?', q.from],
    ['received_on <= ?', q.to],
    ['host = ?', q.host],
    ['content = ?', q.content],
    ['rowid IN (SELECT rowid FROM reception_visit_fts WHERE reception_visit_fts MATCH ?)', ftsQuery(q.search)],
  ]);
  const where = `deleted_at IS NULL${filters}`;
  const total = (prepare(sql, `SELECT count(*) AS n FROM reception_visit WHERE ${where}`).get(...args) as { n: number })
    .n;
  const rows = prepare(
    sql,
    `SELECT * FROM reception_visit WHERE ${where} ORDER BY received_on DESC, id DESC LIMIT ? OFFSET ?`,
  ).all(...args, q.limit, q.offset) as Record<string, unknown>[];
  return { items: rows.map((r) => toVisit(sql, fromRow(visitSpec, r), true)), total };
}

/** Reads one live visit in full (the user opened the record). */
export function getVisit(sql: Sql, id: string): ReceptionVisit {
  return toVisit(sql, requireLive(sql, visitSpec, id), false);
}

/** Records a visit. */
export function createVisit(sql: Sql, data: VisitFields, writer: Writer, id?: string): ReceptionVisit {
  return getVisit(sql, insertRecord(sql, visitSpec, data, writer, id).id);
}

/** Updates a visit. */
export function updateVisit(
  sql: Sql,
  id: string,
  version: number | null,
  data: VisitFields,
  writer: Writer,
): ReceptionVisit {
  // A change into a denunciation gives a new record (a new id): see updateRecord.
  return getVisit(sql, updateRecord(sql, visitSpec, id, version, data, writer).id);
}

/** Deletes a visit (tombstone). */
export function deleteVisit(sql: Sql, id: string, version: number, writer: Writer): void {
  deleteRecord(sql, visitSpec, id, version, writer);
}
