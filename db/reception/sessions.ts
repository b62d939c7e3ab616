import type { ReceptionSession, SessionFields } from '../../shared/reception/schema';
import { matchesQuery } from '../../shared/util/fold';
import { prepare, type Sql } from '../open';
import { fromRow } from '../store/entity';
import { deleteRecord, insertRecord, requireLive, updateRecord, type Writer } from '../store/records';
import { HOST_LABELS } from '../../shared/i18n/vi';
import { sessionSpec } from './spec';

/** Filters and paging of a dated list. */
export interface PeriodQuery {
  search: string;
  from: string | null;
  to: string | null;
  offset: number;
  limit: number;
}

/** `AND <clause>` for each condition whose value is given, with the values as parameters. */
export function andWhere(conditions: readonly [clause: string, value: unknown][]): [string, unknown[]] {
  const used = conditions.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return [used.map(([clause]) => ` AND ${clause}`).join(''), used.map(([, value]) => value)];
}

/** `AND <column> >= ? AND <column> <= ?` for the bounds given, with their parameters. */
export function periodWhere(column: string, q: { from: string | null; to: string | null }): [string, unknown[]] {
  return andWhere([
    [`${column} >= ?`, q.from],
    [`${column} <= ?`, q.to],
  ]);
}

function visitsOf(sql: Sql, heldOn: string, host: string): number {
  return (
    prepare(
      sql,
      'SELECT count(*) AS n FROM reception_visit WHERE deleted_at IS NULL AND received_on = ? AND host = ?',
    ).get(heldOn, host) as { n: number }
  ).n;
}

function toSession(sql: Sql, row: Record<string, unknown>): ReceptionSession {
  const s = fromRow(sessionSpec, row);
  return { ...s, visits: visitsOf(sql, s.heldOn, s.host) };
}

/** Lists sessions, newest first; the search matches host, host name, place and note (diacritics ignored). */
export function listSessions(
  sql: Sql,
  q: PeriodQuery & { host: string | null },
): { items: ReceptionSession[]; total: number } {
  const [where, params] = andWhere([
    ['held_on >= ?', q.from],
    ['held_on <= ?', q.to],
    ['host = ?', q.host],
  ]);
  const rows = prepare(
    sql,
    `SELECT * FROM reception_session WHERE deleted_at IS NULL${where} ORDER BY held_on DESC, id DESC`,
  ).all(...params) as Record<string, unknown>[];
  const matched = rows.filter((r) => {
    const s = fromRow(sessionSpec, r);
    const host = HOST_LABELS[s.host];
    return matchesQuery([host, s.hostName ?? '', s.place ?? '', s.note ?? ''].join(' '), q.search);
  });
  return {
    items: matched.slice(q.offset, q.offset + q.limit).map((r) => toSession(sql, r)),
    total: matched.length,
  };
}

/** Reads one live session. */
export function getSession(sql: Sql, id: string): ReceptionSession {
  const s = requireLive(sql, sessionSpec, id);
  return { ...s, visits: visitsOf(sql, s.heldOn, s.host) };
}

/** Records a session. */
export function createSession(sql: Sql, data: SessionFields, writer: Writer, id?: string): ReceptionSession {
  return getSession(sql, insertRecord(sql, sessionSpec, data, writer, id).id);
}

/** Updates a session. */
export function updateSession(
  sql: Sql,
  id: string,
  version: number | null,
  data: SessionFields,
  writer: Writer,
): ReceptionSession {
  updateRecord(sql, sessionSpec, id, version, data, writer);
  return getSession(sql, id);
}

/** Deletes a session (tombstone); its visits stay, they belong to the register. */
export function deleteSession(sql: Sql, id: string, version: number, writer: Writer): void {
  deleteRecord(sql, sessionSpec, id, version, writer);
}
