import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { BACKUP_FORMAT_V2, type BackupKind, type BackupManifest } from '../../shared/backup/schema';
import { attachmentPath, attachmentUses, readAttachment } from '../attachment/store';
import { getSetting } from '../installation/settings';
import { publicKeysOf, type InstallationKeys } from '../keys/keystore';
import type { Sql } from '../open';
import { BACKUP_REPLICA_TABLE, embedReplicas } from '../sync/replicaBackup';
import { hashFile, partSha256, signManifest } from './backupFile';
import type { KeysBox } from './backupKeys';
import { writeContainer } from './container';
import { openCopy } from './copy';
import { RECORD_SPECS } from './entities';
import { publishFile } from './files';
import { createPrivateFile, withTempFile } from './temp';
import { BACKUP_ATTACHMENT_SQL } from './backupTables';

/** What {@link backupDatabase} wrote. */
export interface BackupResult {
  file: string;
  bytes: number;
}

/**
 * Consistent online copy of the database (with its attachments and, at an office, its replicas) as
 * one plain SQLite file: the copy the protection keeps before it encrypts (it is encrypted with the
 * folder right after). Backups people keep are signed: {@link writeSignedBackup}. `VACUUM INTO`
 * copies the database inside one read transaction, so in WAL mode the copy is a single committed
 * state even while another connection or process keeps writing, and it never blocks those writers.
 * The copy is written beside the target, checked, flushed and renamed over it, so an interrupted
 * backup never leaves a half file under its name.
 */
export function backupDatabase(
  sql: Sql,
  outFile: string,
  options: { attachmentsDir?: string; dataDir?: string } = {},
): BackupResult {
  mkdirSync(dirname(outFile), { recursive: true });
  // The copy holds the same personal data as the live database: owner-only from its first byte, and
  // listed in the data folder's ledger until done, so a killed backup leaves nothing behind for long.
  withTempFile(outFile, 'backup', options.dataDir, (tmp) => {
    createPrivateFile(tmp);
    // On an encrypted database the copy is encrypted with the same key, page by page.
    sql.raw.prepare('VACUUM INTO ?').run(tmp);
    if (options.attachmentsDir) embedAttachments(sql, tmp, options.attachmentsDir);
    // An office: its communes' replicas travel in the same file.
    if (options.dataDir) embedReplicas(tmp, options.dataDir, sql.key);
    assertReadable(tmp, sql);
    publishFile(tmp, outFile);
  });
  return { file: outFile, bytes: statSync(outFile).size };
}

/** What a signed backup carries besides the database, and who signs it. */
export interface SignedBackupOptions {
  kind: BackupKind;
  /** The installation's keys: the signing key signs the manifest. */
  keys: InstallationKeys;
  /** The keys, encrypted (backupKeys.ts), when they travel in the file. */
  keysBox: KeysBox | null;
  /** A protected installation's key ring, as a backup header carries it (access/backup.ts). */
  keyring: unknown;
  appVersion: string;
  attachmentsDir?: string;
  dataDir?: string;
  now?: number;
}

/** What {@link writeSignedBackup} wrote. */
export interface SignedBackupResult extends BackupResult {
  manifest: BackupManifest;
}

/**
 * A backup the restoring side can trust (issue 16): the consistent copy of {@link backupDatabase}
 * with attachments and replicas, then a manifest (unit, key, chain head, counts, SHA-256 of every
 * part) signed by the installation's key, written with the copy into one file, published atomically.
 */
export function writeSignedBackup(sql: Sql, outFile: string, options: SignedBackupOptions): SignedBackupResult {
  mkdirSync(dirname(outFile), { recursive: true });
  let manifest: BackupManifest | null = null;
  withTempFile(outFile, 'backup', options.dataDir, (tmp) => {
    createPrivateFile(tmp);
    sql.raw.prepare('VACUUM INTO ?').run(tmp);
    if (options.attachmentsDir) embedAttachments(sql, tmp, options.attachmentsDir);
    if (options.dataDir) embedReplicas(tmp, options.dataDir, sql.key);
    assertReadable(tmp, sql);
    const hashes = hashFile(tmp);
    const built: BackupManifest = {
      format: BACKUP_FORMAT_V2,
      kind: options.kind,
      ...describeCopy(tmp, sql),
      ...identityOf(options.keys),
      createdAt: options.now ?? Date.now(),
      appVersion: options.appVersion,
      protected: sql.key !== null,
      body: { bytes: hashes.bodyBytes, sha256: hashes.body },
      keyringSha256: options.keyring ? partSha256(options.keyring) : null,
      keys: options.keysBox ? { lock: options.keysBox.lock, sha256: partSha256(options.keysBox) } : null,
    };
    const { manifestText, minisig } = signManifest(built, options.keys);
    const header = { manifest: manifestText, minisig, keyring: options.keyring ?? null, keys: options.keysBox };
    withTempFile(outFile, 'packed', options.dataDir, (packed) => {
      writeContainer(packed, header, tmp, BACKUP_FORMAT_V2);
      publishFile(packed, outFile);
    });
    manifest = built;
  });
  return { file: outFile, bytes: statSync(outFile).size, manifest: manifest! };
}

function identityOf(keys: InstallationKeys): Pick<BackupManifest, 'keyId' | 'fingerprint' | 'minisignPublicKey'> {
  const pub = publicKeysOf(keys);
  return { keyId: pub.keyId, fingerprint: pub.fingerprint, minisignPublicKey: pub.minisignPublicKey };
}

type CopyFacts = Pick<
  BackupManifest,
  'role' | 'code' | 'name' | 'province' | 'schemaVersion' | 'chain' | 'counts' | 'attachments' | 'replicas'
>;

/** What the copy holds, read from the copy itself (not the live database, which may have moved on). */
function describeCopy(file: string, live: Sql): CopyFacts {
  const copy = openCopy(file, live.key);
  try {
    const role = getSetting(copy, 'role');
    if (role !== 'commune' && role !== 'office') throw new Error('backup of an installation that is not set up');
    return {
      role,
      code: getSetting(copy, 'code') ?? '',
      name: getSetting(copy, 'name') ?? '',
      province: getSetting(copy, 'province'),
      schemaVersion: copy.raw.pragma('user_version', { simple: true }) as number,
      chain: chainOf(copy),
      counts: recordCounts(copy),
      attachments: countRows(copy, BACKUP_ATTACHMENT_TABLE),
      replicas: tableExists(copy, BACKUP_REPLICA_TABLE)
        ? (copy.raw.prepare(`SELECT code FROM ${BACKUP_REPLICA_TABLE} ORDER BY code`).pluck().all() as string[])
        : [],
    };
  } finally {
    copy.raw.close();
  }
}

/** The change-log head: last sequence number, its hash, and when it was written. */
export function chainOf(sql: Sql): BackupManifest['chain'] {
  const row = sql.raw.prepare('SELECT seq, hash, at FROM change_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string; at: number } | undefined;
  return row
    ? { seq: row.seq, hash: row.hash, lastChangeAt: row.at }
    : { seq: 0, hash: '0'.repeat(64), lastChangeAt: null };
}

/** Live (not deleted) records of every kind, by entity name. */
export function recordCounts(sql: Sql): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const spec of RECORD_SPECS) {
    counts[spec.entity] = sql.raw
      .prepare(`SELECT COUNT(*) FROM ${spec.table} WHERE deleted_at IS NULL`)
      .pluck()
      .get() as number;
  }
  return counts;
}

function tableExists(sql: Sql, table: string): boolean {
  return !!sql.raw.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
}

function countRows(sql: Sql, table: string): number {
  return tableExists(sql, table) ? (sql.raw.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number) : 0;
}

/** Sets the copy to rollback-journal mode (one self-contained file) and checks it page by page. */
function assertReadable(file: string, sql: Sql): void {
  const copy = openCopy(file, sql.key);
  try {
    const result = copy.raw.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new Error(`Bản sao lưu vừa tạo không đạt kiểm tra: ${String(result)}`);
  } finally {
    copy.raw.close();
  }
}

/** The table a backup file carries its attachment files in; restore moves them back out. */
export const BACKUP_ATTACHMENT_TABLE = 'backup_attachment';

/**
 * Copies the attachment files the records refer to into the backup file itself, so one file holds
 * everything to restore. A file already missing is left out (`qcdc check` reports it).
 */
function embedAttachments(sql: Sql, file: string, dir: string): void {
  const hashes = [...new Set(attachmentUses(sql).map((u) => u.ref.sha256))];
  const copy = openCopy(file, sql.key);
  try {
    copy.raw.exec(BACKUP_ATTACHMENT_SQL);
    const insert = copy.raw.prepare(`INSERT INTO ${BACKUP_ATTACHMENT_TABLE} (sha256, bytes) VALUES (?, ?)`);
    copy.raw.transaction(() => {
      for (const sha256 of hashes) {
        // Stored decrypted inside the copy, which is itself encrypted on a protected installation.
        const bytes = existsSync(attachmentPath(dir, sha256)) ? readableAttachment(dir, sha256) : null;
        if (bytes) insert.run(sha256, bytes);
      }
    })();
  } finally {
    copy.raw.close();
  }
}

// A damaged file is left out like a missing one; `qcdc check` reports both.
function readableAttachment(dir: string, sha256: string): Buffer | null {
  try {
    return readAttachment(dir, sha256);
  } catch {
    return null;
  }
}
