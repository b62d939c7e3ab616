import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/util/canonical';
import { prepare, type Sql } from '../open';

// What a purge entry names (db/changelog/purge.ts), apart from the purge itself, so the chain's check
// (chain.ts) reads it without importing the purge, which appends to the chain.

/**
 * The change-log entity of a purge entry (docs/bundle-format.md "Purged entries"). Not a record
 * kind: it has no table; it exists in the change log and in bundles only.
 */
export const PURGE_ENTITY = 'change_log_purge';

/** One purged entry as its purge entry names it. */
export interface PurgedEntry {
  seq: number;
  /** The entry's chain hash, unchanged by the purge (offices and signed backups hold it). */
  hash: string;
  /** SHA-256 of the canonical JSON of the entry as it now reads (its snapshot purged). */
  purgedSha256: string;
}

/** The snapshot of a purge entry: which entries of which record lost which fields, nothing of their values. */
export interface PurgeSnapshot {
  id: string;
  version: 1;
  createdAt: number;
  updatedAt: number;
  updatedBy: string;
  deletedAt: null;
  entity: string;
  recordId: string;
  fields: string[];
  entries: PurgedEntry[];
}

/** SHA-256 of an entry's canonical JSON: what a purge entry fixes for an entry it purged. */
export function purgedDigest(entry: object): string {
  return createHash('sha256').update(canonicalJson(entry)).digest('hex');
}

/**
 * The purged entries named by the purge entries of the change log: sequence number → what the purge
 * fixed and which entry fixed it.
 */
export function purgedEntries(sql: Sql): Map<number, PurgedEntry & { purgeSeq: number }> {
  const out = new Map<number, PurgedEntry & { purgeSeq: number }>();
  const rows = prepare(sql, 'SELECT seq, snapshot FROM change_log WHERE entity = ? ORDER BY seq').all(PURGE_ENTITY) as {
    seq: number;
    snapshot: string;
  }[];
  for (const row of rows) {
    let snap: Partial<PurgeSnapshot>;
    try {
      snap = JSON.parse(row.snapshot) as Partial<PurgeSnapshot>;
    } catch {
      continue; // verifyChain reports the unreadable entry itself
    }
    for (const e of Array.isArray(snap.entries) ? snap.entries : []) {
      if (e && typeof e.seq === 'number' && !out.has(e.seq)) out.set(e.seq, { ...e, purgeSeq: row.seq });
    }
  }
  return out;
}
