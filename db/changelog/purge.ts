import { canonicalJson } from '../../shared/util/canonical';
import { uuidv7 } from '../../shared/util/ids';
import { prepare, type Sql } from '../open';
import { appendChange, entryOf, type ChangeLogRow } from './chain';
import { PURGE_ENTITY, purgedDigest, type PurgedEntry, type PurgeSnapshot } from './purged';

export { PURGE_ENTITY, purgedDigest, purgedEntries, type PurgedEntry, type PurgeSnapshot } from './purged';

/** The stored entries of one record, as read for a purge. */
type LogRow = Omit<ChangeLogRow, 'prev_hash'>;

/**
 * Removes the values of `replace`'s fields from every change-log entry of one record, in the
 * caller's transaction, and logs the purge itself without the data.
 *
 * Why not recompute the chain: each entry's hash is held elsewhere — by the office (every bundle line
 * carries it and the office checks forks against it), in the signed head of every backup and in the
 * receipts. So a purged entry keeps its `hash` and `prev_hash`; only its snapshot changes. The
 * purge entry appended at the head (an ordinary, hashed entry) names each purged entry's sequence
 * number, its unchanged hash and the SHA-256 of its purged form: `verifyChain` checks a purged entry
 * against that digest and its links instead of its own hash. The chain is thereby re-anchored on
 * the purge entry: changing a purged entry breaks its digest, changing the purge entry breaks the
 * chain after it, and dropping it ends the chain on another head than a signed backup's.
 */
export function purgeRecordHistory(
  sql: Sql,
  entity: string,
  recordId: string,
  replace: Readonly<Record<string, unknown>>,
  user: string,
  at: number,
): PurgedEntry[] {
  const rows = prepare(
    sql,
    'SELECT seq, entity, record_id, version, op, snapshot, user, at, hash FROM change_log WHERE record_id = ? AND entity = ? ORDER BY seq',
  ).all(recordId, entity) as LogRow[];
  const update = prepare(sql, 'UPDATE change_log SET snapshot = ? WHERE seq = ?');
  const purged: PurgedEntry[] = [];
  for (const row of rows) {
    const before = JSON.parse(row.snapshot) as Record<string, unknown>;
    const after: Record<string, unknown> = { ...before };
    for (const [field, value] of Object.entries(replace)) if (Object.hasOwn(after, field)) after[field] = value;
    const text = canonicalJson(after);
    if (text === canonicalJson(before)) continue;
    update.run(text, row.seq);
    purged.push({ seq: row.seq, hash: row.hash, purgedSha256: purgedDigest(entryOf(row, after)) });
  }
  if (purged.length === 0) return purged;
  const id = uuidv7();
  const snapshot: PurgeSnapshot = {
    id,
    version: 1,
    createdAt: at,
    updatedAt: at,
    updatedBy: user,
    deletedAt: null,
    entity,
    recordId,
    fields: Object.keys(replace).sort(),
    entries: purged,
  };
  appendChange(sql, { entity: PURGE_ENTITY, id, version: 1, op: 'create', snapshot: { ...snapshot }, user, at });
  return purged;
}

/**
 * Writes what a purge left on disk over: SQLite keeps freed bytes in pages and the WAL keeps whole
 * earlier pages until it is checkpointed and truncated. Called after the purge's transaction commits
 * (a checkpoint cannot run inside one).
 */
export function scrubAfterPurge(sql: Sql): void {
  sql.raw.pragma('wal_checkpoint(TRUNCATE)');
}
