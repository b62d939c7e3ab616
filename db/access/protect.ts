import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attachmentKey, attachmentsDir, openAttachment, sealAttachment } from '../attachment/store';
import { readBackupFile } from '../maintenance/backupFile';
import { encryptFile, isPlainSqliteFile } from '../open';

/**
 * Encrypts every file of a data folder that holds records: the database (its WAL is folded in
 * first), an office's commune replicas, the copies in `backups/`, and the attachment files. Each
 * step skips what is already encrypted, so running it again after an interruption finishes the job.
 */
export function encryptDataFolder(dataDir: string, databaseFile: string, key: Buffer): void {
  if (existsSync(databaseFile) && isPlainSqliteFile(databaseFile)) encryptFile(databaseFile, key);
  for (const file of sqliteFiles(join(dataDir, 'communes'))) encryptFile(file, key);
  for (const file of sqliteFiles(join(dataDir, 'backups'))) encryptFile(file, key);
  removePlainSignedBackups(join(dataDir, 'backups'));
  sealAttachments(attachmentsDir(dataDir), key);
}

/**
 * The automatic (and pre-restore) backups made while the installation was unprotected hold plain
 * records under a signature that covers their bytes: they cannot be encrypted in place. The
 * protection itself has just kept a checked copy (`truoc-bao-ve-…`, encrypted above), and the next
 * start or close makes a new, encrypted automatic backup; these are removed.
 */
function removePlainSignedBackups(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    try {
      const info = readBackupFile(file);
      if (info.format === 'v2' && !info.manifest.protected) rmSync(file, { force: true });
    } catch {
      // Not a backup, or unreadable: left alone.
    }
  }
}

// Plain SQLite files of a folder (non-recursive); anything else is left alone.
function sqliteFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile() && !/-(wal|shm|journal)$/.test(file) && isPlainSqliteFile(file));
}

function sealAttachments(dir: string, dbKey: Buffer): void {
  if (!existsSync(dir)) return;
  const key = attachmentKey(dbKey)!;
  for (const prefix of readdirSync(dir)) {
    const sub = join(dir, prefix);
    if (!statSync(sub).isDirectory()) continue;
    for (const name of readdirSync(sub)) {
      if (!/^[0-9a-f]{64}$/.test(name)) continue;
      const file = join(sub, name);
      const stored = readFileSync(file);
      // Already sealed, or damaged (left for `qcdc check` to report): only plain, intact files are sealed.
      if (!isPlainAttachment(key, name, stored)) continue;
      const tmp = `${file}.${process.pid}-${Date.now()}.tmp`;
      writeFileSync(tmp, sealAttachment(key, name, stored), { mode: 0o600 });
      renameSync(tmp, file);
    }
  }
}

// openAttachment hands a plain file back as it is, a sealed one decrypted into a new buffer.
function isPlainAttachment(key: Buffer, sha256: string, stored: Buffer): boolean {
  return openAttachment(key, sha256, stored) === stored;
}
