import type { RawDb } from '../open';

/**
 * Frozen once shipped. Accounts of a protected installation (issue 12):
 * - `account`: who may open the records, with a role and, for a `can_bo`, the modules assigned.
 *   The password never is here: each account's password wraps the database key in the key ring
 *   beside the database (db/access/keyring.ts), which this table, inside the encrypted file,
 *   complements with what a tampered key ring must not decide (role, modules, disabled).
 * - `account_event`: who created, changed, disabled an account or reset a password, and when.
 */
export function up(db: RawDb): void {
  db.exec(`
    CREATE TABLE account (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      name_folded TEXT NOT NULL UNIQUE,
      role TEXT NOT NULL CHECK (role IN ('quan_tri', 'lanh_dao', 'can_bo', 'xem')),
      modules TEXT NOT NULL DEFAULT '[]',
      disabled_at INTEGER,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      password_changed_at INTEGER
    ) STRICT;

    CREATE TABLE account_event (
      id INTEGER PRIMARY KEY,
      at INTEGER NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      account_id TEXT NOT NULL,
      detail TEXT NOT NULL DEFAULT '{}'
    ) STRICT;
    CREATE INDEX account_event_account ON account_event (account_id, at);
  `);
}
