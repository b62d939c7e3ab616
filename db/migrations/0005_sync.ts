import type { RawDb } from '../open';

/**
 * Frozen once shipped. Sync (architecture.md §5):
 * - `peer`: enrolled cards — on a commune the office it sends to, on an office its communes. A
 *   replaced key keeps its row (`replaced_at` set) so bundles signed with it are told apart from
 *   unknown senders; one current row per code.
 * - `sync_event`: the history of enrollments, key replacements, exports, receipts, imports.
 * - `received_change` / `received_bundle`: in an office's per-commune replica database, the commune's
 *   changes received (for idempotency, fork detection and coverage) and the bundles imported.
 */
export function up(db: RawDb): void {
  db.exec(`
    CREATE TABLE peer (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('commune', 'office')),
      name TEXT NOT NULL,
      key_id TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      card TEXT NOT NULL,
      enrolled_at INTEGER NOT NULL,
      enrolled_by TEXT NOT NULL,
      replaced_at INTEGER,
      replace_reason TEXT
    ) STRICT;
    CREATE UNIQUE INDEX peer_current ON peer (code) WHERE replaced_at IS NULL;
    CREATE INDEX peer_key ON peer (key_id);

    CREATE TABLE sync_event (
      id INTEGER PRIMARY KEY,
      at INTEGER NOT NULL,
      kind TEXT NOT NULL,
      peer_code TEXT,
      from_seq INTEGER,
      to_seq INTEGER,
      changes INTEGER,
      detail TEXT NOT NULL DEFAULT '{}',
      user TEXT NOT NULL
    ) STRICT;
    CREATE INDEX sync_event_kind ON sync_event (kind, peer_code, id);

    CREATE TABLE received_change (
      seq INTEGER PRIMARY KEY,
      entity TEXT NOT NULL,
      record_id TEXT NOT NULL,
      version INTEGER NOT NULL,
      hash TEXT NOT NULL,
      prev_hash TEXT NOT NULL,
      bundle_id INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE received_bundle (
      id INTEGER PRIMARY KEY,
      payload_sha256 TEXT NOT NULL,
      file_name TEXT NOT NULL,
      from_seq INTEGER NOT NULL,
      to_seq INTEGER NOT NULL,
      changes INTEGER NOT NULL,
      applied INTEGER NOT NULL,
      profile TEXT NOT NULL,
      manifest TEXT NOT NULL,
      imported_at INTEGER NOT NULL,
      imported_by TEXT NOT NULL
    ) STRICT;
  `);
}
