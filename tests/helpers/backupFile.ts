import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import type { BackupManifest } from '../../shared/backup/schema';
import { canonicalJson } from '../../shared/util/canonical';
import { entryHash, GENESIS_HASH, type ChangeEntry } from '../../db/changelog/chain';
import { publicKeysOf, type InstallationKeys } from '../../db/keys/keystore';
import { signManifest } from '../../db/maintenance/backupFile';
import { openRaw, type DbKey, type RawDb } from '../../db/open';

// What an attacker does to a backup file, written as plainly as they would: split it at its two
// line breaks, change the database part or the header, put it back together.

/** A backup file's three parts. */
export interface BackupParts {
  formatLine: string;
  header: { manifest: string; minisig: string; keyring: unknown; keys: unknown };
  body: Buffer;
}

/** Splits a backup file (format 2) into its format line, header and database part. */
export function splitBackup(file: string): BackupParts {
  const bytes = readFileSync(file);
  const first = bytes.indexOf(0x0a);
  const second = bytes.indexOf(0x0a, first + 1);
  return {
    formatLine: bytes.subarray(0, first).toString('latin1'),
    header: JSON.parse(bytes.subarray(first + 1, second).toString('utf8')) as BackupParts['header'],
    body: bytes.subarray(second + 1),
  };
}

/** Writes a backup file from its parts. */
export function joinBackup(file: string, parts: BackupParts): void {
  writeFileSync(
    file,
    Buffer.concat([Buffer.from(`${parts.formatLine}\n${JSON.stringify(parts.header)}\n`, 'utf8'), parts.body]),
  );
}

/** The manifest a header carries. */
export function manifestOf(parts: BackupParts): BackupManifest {
  return JSON.parse(parts.header.manifest) as BackupManifest;
}

/** Edits the database part of a backup through a temporary file, with SQL of the attacker's choosing. */
export function editBody(parts: BackupParts, workFile: string, key: DbKey, edit: (db: RawDb) => void): BackupParts {
  writeFileSync(workFile, parts.body);
  const db = openRaw(workFile, { key });
  try {
    db.pragma('journal_mode = DELETE');
    edit(db);
  } finally {
    db.close();
  }
  return { ...parts, body: readFileSync(workFile) };
}

/** The trigger of issue 16's probe: every new change copied into a hidden table. */
export function addSpyTrigger(db: RawDb): void {
  db.exec(`CREATE TABLE spy (seq INTEGER, snapshot TEXT);
    CREATE TRIGGER spy_copy AFTER INSERT ON change_log BEGIN
      INSERT INTO spy (seq, snapshot) VALUES (NEW.seq, NEW.snapshot);
    END;`);
}

/**
 * Rewrites history as the probe did: the author of the first change replaced, then every hash of the
 * chain recomputed (SHA-256 needs no key), so the chain itself is consistent again.
 */
export function rewriteHistory(db: RawDb, author = 'Người giả mạo'): void {
  db.prepare('UPDATE change_log SET user = ? WHERE seq = 1').run(author);
  const rows = db
    .prepare('SELECT seq, entity, record_id, version, op, snapshot, user, at FROM change_log ORDER BY seq')
    .all() as {
    seq: number;
    entity: string;
    record_id: string;
    version: number;
    op: ChangeEntry['op'];
    snapshot: string;
    user: string;
    at: number;
  }[];
  let prev = GENESIS_HASH;
  const update = db.prepare('UPDATE change_log SET prev_hash = ?, hash = ? WHERE seq = ?');
  for (const r of rows) {
    const hash = entryHash(prev, {
      seq: r.seq,
      entity: r.entity,
      id: r.record_id,
      version: r.version,
      op: r.op,
      snapshot: JSON.parse(r.snapshot) as Record<string, unknown>,
      user: r.user,
      at: r.at,
    });
    update.run(prev, hash, r.seq);
    prev = hash;
  }
}

/** The last entry of the chain in a database file. */
export function chainHeadOf(db: RawDb): { seq: number; hash: string } {
  return db.prepare('SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1').get() as {
    seq: number;
    hash: string;
  };
}

/** A manifest updated to the new body (and chain head), still under the old signature: the forger's next step. */
export function withUpdatedManifest(parts: BackupParts, chain: { seq: number; hash: string }): BackupParts {
  const manifest = manifestOf(parts);
  const body = { bytes: parts.body.length, sha256: createHash('sha256').update(parts.body).digest('hex') };
  const updated = { ...manifest, body, chain: { ...manifest.chain, ...chain } };
  return { ...parts, header: { ...parts.header, manifest: JSON.stringify(updated, null, 2) } };
}

/** The same manifest signed with someone else's key (and naming it): a forged backup. */
export function resignedWith(parts: BackupParts, keys: InstallationKeys, keysBox: unknown = null): BackupParts {
  const manifest = manifestOf(parts);
  const pub = publicKeysOf(keys);
  const forged: BackupManifest = {
    ...manifest,
    keyId: pub.keyId,
    fingerprint: pub.fingerprint,
    minisignPublicKey: pub.minisignPublicKey,
    keys: keysBox
      ? { lock: (keysBox as { lock: 'passphrase' | 'database' }).lock, sha256: sha256Canonical(keysBox) }
      : null,
  };
  const signed = signManifest(forged, keys);
  return {
    ...parts,
    header: { ...parts.header, manifest: signed.manifestText, minisig: signed.minisig, keys: keysBox },
  };
}

function sha256Canonical(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** Writes the database part of a backup file (format 2) to `workFile`, for a test to read it. */
export function backupDatabaseFile(file: string, workFile: string): string {
  writeFileSync(workFile, splitBackup(file).body);
  return workFile;
}
