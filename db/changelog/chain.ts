import type { Selectable } from 'kysely';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/util/canonical';
import { prepare, type Sql } from '../open';
import type { ChangeLogTable } from '../schema';
import { purgedDigest, purgedEntries } from './purged';

/** One row of the `change_log` table as stored. */
export type ChangeLogRow = Selectable<ChangeLogTable>;

/** A stored change-log row as the entry that was hashed, with its snapshot already parsed. */
export function entryOf(row: Omit<ChangeLogRow, 'prev_hash' | 'hash'>, snapshot: Record<string, unknown>): ChangeEntry {
  return {
    seq: row.seq,
    entity: row.entity,
    id: row.record_id,
    version: row.version,
    op: row.op,
    snapshot,
    user: row.user,
    at: row.at,
  };
}

/** The hash before the first entry of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** One change-log entry as hashed (architecture.md §4). */
export interface ChangeEntry {
  seq: number;
  entity: string;
  id: string;
  version: number;
  op: 'create' | 'update' | 'delete';
  snapshot: Record<string, unknown>;
  user: string;
  at: number;
}

/** hash = SHA-256(prevHash ‖ canonical JSON of the entry). */
export function entryHash(prevHash: string, entry: ChangeEntry): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(entry)).digest('hex');
}

/** The last sequence number and hash of the chain. */
export function chainHead(sql: Sql): { seq: number; hash: string } {
  const row = prepare(sql, 'SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  return row ?? { seq: 0, hash: GENESIS_HASH };
}

/** Appends one change in the caller's transaction and returns its sequence number. */
export function appendChange(sql: Sql, change: Omit<ChangeEntry, 'seq'>): number {
  return appendCanonicalChange(sql, change, canonicalJson(change.snapshot));
}

/**
 * {@link appendChange} for a caller that already holds `canonicalJson(change.snapshot)`, so the
 * snapshot is serialised once: the same text is stored and hashed inside the entry's canonical JSON.
 */
export function appendCanonicalChange(
  sql: Sql,
  change: Omit<ChangeEntry, 'seq' | 'snapshot'>,
  snapshotJson: string,
): number {
  const head = chainHead(sql);
  const seq = head.seq + 1;
  const hash = createHash('sha256').update(head.hash);
  const { at, entity, id, op, user, version } = change;
  if (
    typeof at === 'number' &&
    typeof entity === 'string' &&
    typeof id === 'string' &&
    typeof op === 'string' &&
    typeof user === 'string' &&
    typeof version === 'number'
  ) {
    // canonicalJson(entry) fed to the hash in pieces around the snapshot text: the entry's keys
    // sorted are at, entity, id, op, seq, snapshot, user, version.
    hash
      .update(
        `{"at":${JSON.stringify(at)},"entity":${JSON.stringify(entity)},"id":${JSON.stringify(id)},"op":${JSON.stringify(op)},"seq":${JSON.stringify(seq)},"snapshot":`,
      )
      .update(snapshotJson)
      .update(`,"user":${JSON.stringify(user)},"version":${JSON.stringify(version)}}`);
  } else {
    const snapshot = JSON.parse(snapshotJson) as Record<string, unknown>;
    hash.update(canonicalJson({ ...change, seq, snapshot }));
  }
  const digest = hash.digest('hex');
  prepare(
    sql,
    'INSERT INTO change_log (seq, entity, record_id, version, op, snapshot, user, at, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)',
  ).run(seq, entity, id, version, op, snapshotJson, user, at, head.hash, digest);
  return seq;
}

/** A problem found in the chain. */
export interface ChainProblem {
  seq: number;
  message: string;
}

/**
 * Recomputes every hash in order; reports the first broken link and any gap in `seq`. An entry a
 * later purge entry names (db/changelog/purge.ts) is checked against what that entry fixed — its
 * unchanged hash, its links and the SHA-256 of its purged form — since its own hash covered values
 * that are gone.
 */
export function verifyChain(sql: Sql): ChainProblem[] {
  const purged = purgedEntries(sql);
  const rows = sql.raw
    .prepare(
      'SELECT seq, entity, record_id, version, op, snapshot, user, at, prev_hash, hash FROM change_log ORDER BY seq',
    )
    .iterate() as IterableIterator<ChangeLogRow>;
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const row of rows) {
    if (row.seq !== expectedSeq) {
      return [{ seq: row.seq, message: `Nhật ký thay đổi bị thiếu mục ${expectedSeq}–${row.seq - 1}.` }];
    }
    let snapshot: Record<string, unknown>;
    try {
      snapshot = JSON.parse(row.snapshot) as Record<string, unknown>;
    } catch {
      return [{ seq: row.seq, message: `Mục ${row.seq} của nhật ký thay đổi bị hỏng.` }];
    }
    const entry = entryOf(row, snapshot);
    const purge = purged.get(row.seq);
    if (purge) {
      if (purge.purgeSeq <= row.seq || purge.hash !== row.hash || purgedDigest(entry) !== purge.purgedSha256) {
        return [{ seq: row.seq, message: `Mục ${row.seq} của nhật ký thay đổi đã bị sửa sau khi được xóa dữ liệu.` }];
      }
      if (row.prev_hash !== prev) {
        return [{ seq: row.seq, message: `Mục ${row.seq} của nhật ký thay đổi đã bị sửa: chuỗi băm không khớp.` }];
      }
    } else if (row.prev_hash !== prev || entryHash(prev, entry) !== row.hash) {
      return [{ seq: row.seq, message: `Mục ${row.seq} của nhật ký thay đổi đã bị sửa: chuỗi băm không khớp.` }];
    }
    prev = row.hash;
    expectedSeq += 1;
  }
  return [];
}
