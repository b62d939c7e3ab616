import type { SyncEvent } from '../../shared/sync/schema';
import type { Selectable } from 'kysely';
import { prepare, type Sql } from '../open';
import type { SyncEventTable } from '../schema';
import type { Writer } from '../store/records';

/** What {@link recordEvent} writes. */
export interface EventInput {
  kind: SyncEvent['kind'];
  peerCode?: string | null;
  fromSeq?: number | null;
  toSeq?: number | null;
  changes?: number | null;
  detail?: Record<string, unknown>;
}

type EventRow = Selectable<SyncEventTable>;

/** Appends one entry to the sync history in the caller's transaction; returns it. */
export function recordEvent(sql: Sql, writer: Writer, event: EventInput): SyncEvent {
  const info = prepare(
    sql,
    'INSERT INTO sync_event (at, kind, peer_code, from_seq, to_seq, changes, detail, user) VALUES (?,?,?,?,?,?,?,?)',
  ).run(
    Date.now(),
    event.kind,
    event.peerCode ?? null,
    event.fromSeq ?? null,
    event.toSeq ?? null,
    event.changes ?? null,
    JSON.stringify(event.detail ?? {}),
    writer.user,
  );
  return getEvent(sql, Number(info.lastInsertRowid))!;
}

function toEvent(row: EventRow): SyncEvent {
  return {
    id: row.id,
    at: row.at,
    kind: row.kind as SyncEvent['kind'],
    peerCode: row.peer_code,
    fromSeq: row.from_seq,
    toSeq: row.to_seq,
    changes: row.changes,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    user: row.user,
  };
}

/** One history entry. */
export function getEvent(sql: Sql, id: number): SyncEvent | null {
  const row = prepare(sql, 'SELECT * FROM sync_event WHERE id = ?').get(id) as EventRow | undefined;
  return row ? toEvent(row) : null;
}

/** The latest history entries, newest first, optionally of some kinds. */
export function listEvents(sql: Sql, kinds?: readonly SyncEvent['kind'][], limit = 200): SyncEvent[] {
  const rows = kinds
    ? (prepare(
        sql,
        `SELECT * FROM sync_event WHERE kind IN (${kinds.map(() => '?').join(',')}) ORDER BY id DESC LIMIT ?`,
      ).all(...kinds, limit) as EventRow[])
    : (prepare(sql, 'SELECT * FROM sync_event ORDER BY id DESC LIMIT ?').all(limit) as EventRow[]);
  return rows.map(toEvent);
}
