import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { attachmentPath, attachmentUses, readAttachment } from '../attachment/store';
import type { Sql } from '../open';
import { embedReplicas } from '../sync/replicaBackup';
import { writeContainer } from './container';
import { openCopy } from './copy';
import { publishFile } from './files';
import { createPrivateFile, withTempFile } from './temp';

/** What {@link backupDatabase} wrote. */
export interface BackupResult {
  file: string;
  bytes: number;
}

/**
 * Consistent online backup. `VACUUM INTO` copies the database inside one read transaction, so in
 * WAL mode the copy is a single committed state even while another connection or process keeps
 * writing, and it never blocks those writers. The copy is written beside the target, checked,
 * flushed and renamed over it, so an interrupted backup never leaves a half file under its name.
 */
export function backupDatabase(
  sql: Sql,
  outFile: string,
  options: { attachmentsDir?: string; dataDir?: string; header?: unknown } = {},
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
    // A protected installation's backup carries what opens it (container.ts); a plain one stays a
    // plain SQLite file.
    if (options.header === undefined) {
      publishFile(tmp, outFile);
      return;
    }
    const header = options.header;
    withTempFile(outFile, 'packed', options.dataDir, (packed) => {
      writeContainer(packed, header, tmp);
      publishFile(packed, outFile);
    });
  });
  return { file: outFile, bytes: statSync(outFile).size };
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
    copy.raw.exec(`CREATE TABLE ${BACKUP_ATTACHMENT_TABLE} (sha256 TEXT PRIMARY KEY, bytes BLOB NOT NULL) STRICT`);
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
