import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_EXTENSION, type BackupKind, type BackupPreview } from '../../shared/backup/schema';
import { AppError } from '../../shared/contract/errors';
import type { AccessGate } from '../access/gate';
import type { KdfCost } from '../access/kdf';
import { isProtected, keyringHeader, keyringPath, readKeyring, writeKeyring } from '../access/keyring';
import { attachmentsDir } from '../attachment/store';
import { getSetting } from '../installation/settings';
import {
  hasKeys,
  loadKeys,
  loadPublicKeys,
  plainFileProtector,
  publicKeysOf,
  saveKeys,
  writeFileAtomic,
  type InstallationKeys,
  type KeyProtector,
  type PublicKeys,
} from '../keys/keystore';
import { openDatabase, openRaw, queryBuilder, type DbKey, type Sql } from '../open';
import { writeSignedBackup, type SignedBackupResult } from './backup';
import { sealKeysWithDatabaseKey, sealKeysWithPassphrase, type KeysBox } from './backupKeys';
import { openBackup, type BackupSecrets, type LiveInstallation } from './openBackup';
import { publishRestore } from './restore';
import { makePrivateDir, withTempFileAsync } from './temp';

// The one implementation of backup and restore behind the CLI (`qcdc backup` / `restore`), the
// desktop app and the browser build (Cài đặt → Sao lưu, the first screen's restore).

/** What backup and restore need of an installation. */
export interface BackupHost {
  dataDir: string;
  databaseFile: string;
  protector: KeyProtector;
  /** The access gate of the open installation (null: the CLI on a folder without a database). */
  access: AccessGate | null;
  /** The open live database (signed in), else null (a locked or new installation). */
  sql: Sql | null;
  appVersion: string;
  /** scrypt cost of a passphrase (tests make it cheap). */
  kdfCost?: KdfCost;
}

/** The folder of a data folder's automatic and pre-restore backups. */
export function backupsDirOf(dataDir: string): string {
  return join(dataDir, 'backups');
}

/**
 * The installation a restore would replace, as far as it can be known without a password: its
 * unit from the key ring (protected) or its settings, its public key from its key files.
 * Null when the data folder holds no set-up installation.
 */
export function liveInstallation(host: BackupHost): LiveInstallation | null {
  const publicKeys = livePublicKeys(host);
  if (isProtected(host.dataDir)) {
    const { installation } = readKeyring(host.dataDir, host.protector);
    return {
      ...installation,
      protected: true,
      publicKeys,
      databaseKey: host.access?.databaseKey() ?? null,
      changes: host.sql ? changesOf(host.sql) : null,
    };
  }
  const unit = host.sql ? unitOf(host.sql) : unitOfFile(host.databaseFile);
  if (!unit) return null;
  return { ...unit, protected: false, publicKeys, databaseKey: null, changes: unit.changes };
}

// The secret keys give the public key that is really in use; public.json (readable by anyone) is
// the fallback when the secret keys cannot be opened here.
function livePublicKeys(host: BackupHost): PublicKeys | null {
  if (!hasKeys(host.dataDir)) return loadPublicKeys(host.dataDir);
  try {
    return publicKeysOf(loadKeys(host.dataDir, host.protector));
  } catch {
    return loadPublicKeys(host.dataDir);
  }
}

function unitOf(sql: Sql): { role: 'commune' | 'office'; code: string; name: string; changes: number } | null {
  const role = getSetting(sql, 'role');
  if (role !== 'commune' && role !== 'office') return null;
  return { role, code: getSetting(sql, 'code') ?? '', name: getSetting(sql, 'name') ?? '', changes: changesOf(sql) };
}

function unitOfFile(file: string): ReturnType<typeof unitOf> {
  if (!existsSync(file)) return null;
  try {
    const raw = openRaw(file, { readonly: true, fileMustExist: true });
    try {
      return unitOf({ raw, qb: queryBuilder(), key: null });
    } finally {
      raw.close();
    }
  } catch {
    return null;
  }
}

function changesOf(sql: Sql): number {
  return (sql.raw.prepare('SELECT COALESCE(MAX(seq), 0) FROM change_log').pluck().get() as number) ?? 0;
}

/** The keys of an installation, boxed for a backup: under the database key, a passphrase, or not at all. */
async function keysBoxFor(host: BackupHost, keys: InstallationKeys, passphrase?: string): Promise<KeysBox | null> {
  const databaseKey = host.sql?.key ?? null;
  if (databaseKey) return sealKeysWithDatabaseKey(keys, databaseKey);
  if (passphrase !== undefined) return sealKeysWithPassphrase(keys, passphrase, host.kdfCost);
  return null;
}

/** Writes a signed backup of the open installation to `outFile`. */
export async function createBackup(
  host: BackupHost,
  outFile: string,
  options: { kind: BackupKind; passphrase?: string; now?: number },
): Promise<SignedBackupResult> {
  const sql = requireSql(host);
  const keys = loadKeys(host.dataDir, host.protector);
  const keysBox = await keysBoxFor(host, keys, options.passphrase);
  return writeBackupNow(host, sql, outFile, options.kind, keys, keysBox, options.now);
}

/** The synchronous part of a backup (automatic backups at start and close run it directly). */
export function writeBackupNow(
  host: BackupHost,
  sql: Sql,
  outFile: string,
  kind: BackupKind,
  keys: InstallationKeys,
  keysBox: KeysBox | null,
  now?: number,
): SignedBackupResult {
  const keyring = isProtected(host.dataDir)
    ? keyringHeader(readKeyring(host.dataDir, host.protector), plainFileProtector)
    : null;
  return writeSignedBackup(sql, outFile, {
    kind,
    keys,
    keysBox,
    keyring,
    appVersion: host.appVersion,
    attachmentsDir: attachmentsDir(host.dataDir),
    dataDir: host.dataDir,
    now,
  });
}

/** The keys of the open installation boxed under its database key (automatic backups carry them too). */
export function databaseKeysBox(sql: Sql, keys: InstallationKeys): KeysBox | null {
  return sql.key ? sealKeysWithDatabaseKey(keys, sql.key) : null;
}

function requireSql(host: BackupHost): Sql {
  if (!host.sql) throw new AppError('UNAUTHORISED', 'Hãy đăng nhập để tiếp tục.');
  return host.sql;
}

/** How a restore is asked for. */
export interface RestoreRequest {
  secrets: BackupSecrets;
  allowUnsigned?: boolean;
  /** The CLI: a protected backup opens only with an administrator's password or the recovery code. */
  requireSecret?: boolean;
  /** The SHA-256 the preview showed: a file changed since is refused. */
  expectSha256?: string;
  /** Check and preview only. */
  dryRun?: boolean;
  /**
   * Runs the replacement with the live database closed (the app closes and reopens its connection
   * around it; the CLI has none open).
   */
  swap?: <T>(replace: () => T) => T;
}

/** What a restore did. */
export interface RestoreOutcome {
  preview: BackupPreview;
  /** The copy of what was replaced, in backups/ (null: nothing was replaced). */
  previous: string | null;
  /** The installation's keys came back from the backup. */
  keysRestored: boolean;
  /** The data folder has no keys after the restore (a backup without keys on a new folder). */
  keysMissing: boolean;
}

/** Checks a backup and shows what it holds; nothing is changed. */
export async function inspectBackup(
  host: BackupHost,
  file: string,
  request: Omit<RestoreRequest, 'dryRun' | 'swap' | 'expectSha256'>,
): Promise<BackupPreview> {
  return (await restoreBackup(host, file, { ...request, dryRun: true })).preview;
}

/**
 * Restores a backup into the data folder: checked first into a private copy (openBackup.ts), then
 * a signed copy of the installation it replaces kept in backups/ (a raw one when it cannot be
 * opened here), then the key ring, the database, attachments and replicas put in place, and the
 * keys when the folder had none of its own.
 */
export async function restoreBackup(host: BackupHost, file: string, request: RestoreRequest): Promise<RestoreOutcome> {
  return withTempFileAsync(host.databaseFile, 'restore', undefined, async (work) => {
    const live = liveInstallation(host);
    const opened = await openBackup(file, {
      live,
      secrets: request.secrets,
      allowUnsigned: request.allowUnsigned,
      requireSecret: request.requireSecret,
      workFile: work,
    });
    if (request.expectSha256 && opened.preview.sha256 !== request.expectSha256) {
      throw new AppError('CONFLICT', 'Tệp sao lưu đã thay đổi từ lúc xem trước. Hãy chọn và xem lại tệp.');
    }
    if (request.dryRun) return { preview: opened.preview, previous: null, keysRestored: false, keysMissing: false };
    const currentKey = host.sql?.key ?? live?.databaseKey ?? (live?.protected ? opened.key : null);
    const signedCopy = live ? preRestoreCopy(host, currentKey) : null;
    const swap = request.swap ?? (<T>(replace: () => T) => replace());
    const { previous } = swap(() =>
      withKeyring(host, opened.keyring, () =>
        publishRestore({
          copy: work,
          key: opened.key,
          dataDir: host.dataDir,
          target: host.databaseFile,
          backupsDir: backupsDirOf(host.dataDir),
          attachmentsDir: attachmentsDir(host.dataDir),
          currentKey,
          keepRawCopy: live !== null && signedCopy === null,
        }),
      ),
    );
    const restoreKeys = opened.keys !== null && opened.keys !== undefined && !sameKeys(live?.publicKeys, opened.keys);
    if (restoreKeys) saveKeys(host.dataDir, opened.keys!, host.protector);
    return {
      preview: opened.preview,
      previous: signedCopy ?? previous,
      keysRestored: restoreKeys,
      keysMissing: !hasKeys(host.dataDir),
    };
  });
}

function sameKeys(live: PublicKeys | null | undefined, keys: InstallationKeys): boolean {
  return !!live && live.keyId === publicKeysOf(keys).keyId;
}

/**
 * Puts the backup's key ring in place around the replacement (first, so a crash never leaves an
 * encrypted database without the key ring that opens it), and the previous one back if it fails.
 * The previous key ring is kept in backups/ beside the copy of the database it opened.
 */
function withKeyring<T>(host: BackupHost, keyring: ReturnType<typeof readKeyring> | null, replace: () => T): T {
  if (!keyring) return replace();
  const path = keyringPath(host.dataDir);
  const before = existsSync(path) ? readFileSync(path) : null;
  if (before) {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    makePrivateDir(backupsDirOf(host.dataDir));
    writeFileAtomic(join(backupsDirOf(host.dataDir), `truoc-khoi-phuc-${stamp}.access.json`), before, 0o600);
  }
  writeKeyring(host.dataDir, keyring, host.protector);
  try {
    return replace();
  } catch (error) {
    if (before) writeFileAtomic(path, before, 0o600);
    throw error;
  }
}

/**
 * A signed backup of the installation about to be replaced, in backups/: undoing a restore is then
 * an ordinary restore. Null when the live database or its keys cannot be opened here (a damaged
 * database, the usual reason to restore): the raw files are kept instead.
 */
function preRestoreCopy(host: BackupHost, currentKey: DbKey): string | null {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const out = join(backupsDirOf(host.dataDir), `truoc-khoi-phuc-${stamp}${BACKUP_EXTENSION}`);
  let own: Sql | null = null;
  try {
    const keys = loadKeys(host.dataDir, host.protector);
    const sql = host.sql ?? (own = openDatabase(host.databaseFile, { key: currentKey, fileMustExist: true }));
    if (!getSetting(sql, 'role')) return null;
    return writeBackupNow(host, sql, out, 'pre-restore', keys, databaseKeysBox(sql, keys)).file;
  } catch {
    return null;
  } finally {
    own?.raw.close();
  }
}
