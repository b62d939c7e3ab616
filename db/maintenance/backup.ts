import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { attachmentPath, attachmentUses } from '../attachment/store';
import type { Sql } from '../open';
import { embedReplicas } from '../sync/replicaBackup';
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
  options: { attachmentsDir?: string; dataDir?: string } = {},
): BackupResult {
  mkdirSync(dirname(outFile), { recursive: true });
  // The copy holds the same personal data as the live database: owner-only from its first byte, and
  // listed in the data folder's ledger until done, so a killed backup leaves nothing behind for long.
  withTempFile(outFile, 'backup', options.dataDir, (tmp) => {
    createPrivateFile(tmp);
    sql.raw.prepare('VACUUM INTO ?').run(tmp);
    if (options.attachmentsDir) embedAttachments(sql, tmp, options.attachmentsDir);
    // An office: its communes' replicas travel in the same file.
    if (options.dataDir) embedReplicas(tmp, options.dataDir);
    assertReadable(tmp);
    publishFile(tmp, outFile);
  });
  return { file: outFile, bytes: statSync(outFile).size };
}

/** Sets the copy to rollback-journal mode (one self-contained file) and checks it page by page. */
function assertReadable(file: string): void {
  const copy = openCopy(file);
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
  const copy = openCopy(file);
  try {
    copy.raw.exec(`CREATE TABLE ${BACKUP_ATTACHMENT_TABLE} (sha256 TEXT PRIMARY KEY, bytes BLOB NOT NULL) STRICT`);
    const insert = copy.raw.prepare(`INSERT INTO ${BACKUP_ATTACHMENT_TABLE} (sha256, bytes) VALUES (?, ?)`);
    copy.raw.transaction(() => {
      for (const sha256 of hashes) {
        const path = attachmentPath(dir, sha256);
        if (existsSync(path)) insert.run(sha256, readFileSync(path));
      }
    })();
  } finally {
    copy.raw.close();
  }
}
