import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Sql } from '../open';
import { openCopy } from './copy';
import { publishFile, removeDatabaseFiles, tempNameFor } from './files';

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
export function backupDatabase(sql: Sql, outFile: string): BackupResult {
  mkdirSync(dirname(outFile), { recursive: true });
  const tmp = tempNameFor(outFile, 'backup');
  removeDatabaseFiles(tmp);
  try {
    sql.raw.prepare('VACUUM INTO ?').run(tmp);
    assertReadable(tmp);
    // The copy holds the same personal data as the live database: owner-only, like the data folder.
    chmodSync(tmp, 0o600);
    publishFile(tmp, outFile);
  } finally {
    removeDatabaseFiles(tmp);
  }
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
