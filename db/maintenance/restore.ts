import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import { openRaw, type DbKey, type RawDb, type Sql } from '../open';
import type { Problem } from './check';
import { BACKUP_ATTACHMENT_TABLE } from './backup';
import { openCopy } from './copy';
import { saveAttachment, sha256Of } from '../attachment/store';
import { publishFile } from './files';
import { copyPrivate, createPrivateFile, makePrivateDir } from './temp';
import { publishReplicas, stageReplicas } from '../sync/replicaBackup';

/** A backup refused by its checks (openBackup.ts): the problems found, nothing changed. */
export class RestoreRefused extends AppError {
  readonly problems: Problem[];

  constructor(message: string, problems: Problem[]) {
    super(
      'INVALID_INPUT',
      message,
      problems.map((p) => ({ field: p.code, message: p.message })),
    );
    this.problems = problems;
  }
}

/** The message of every refusal that lists problems: nothing was changed. */
export const REFUSED = 'Không khôi phục: tệp sao lưu không đạt kiểm tra, cơ sở dữ liệu hiện tại được giữ nguyên.';

/** Where {@link publishRestore} puts a checked copy, and what it keeps of the one it replaces. */
export interface PublishOptions {
  /** The checked private copy (openBackup.ts), renamed over the live database. */
  copy: string;
  /** The key of the copy (null: plain). */
  key: DbKey;
  dataDir: string;
  /** The live database file. */
  target: string;
  backupsDir: string;
  attachmentsDir: string;
  /** The key of the live database (null: plain, or not known to this process). */
  currentKey: DbKey;
  /** Keep a raw copy of the live database in backups/ (the caller could not make a signed one). */
  keepRawCopy: boolean;
}

/**
 * Puts a checked backup in place: its attachment files and replicas first (each checked), then the
 * live database closed out of WAL mode (which fails while another program has it open) and, when
 * asked, copied raw to backups/; then the copy renamed over it in one atomic step.
 */
export function publishRestore(o: PublishOptions): { previous: string | null } {
  extractAttachments(o.copy, o.attachmentsDir, o.key);
  const replicas = stageReplicas(o.copy, o.dataDir, o.key);
  makePrivateDir(o.backupsDir);
  const previous = existsSync(o.target) ? retireCurrent(o.target, o.backupsDir, o.currentKey, o.keepRawCopy) : null;
  publishFile(o.copy, o.target);
  publishReplicas(replicas, o.dataDir, o.backupsDir, o.currentKey);
  return { previous };
}

/** Refuses a copy whose attachment files do not match their SHA-256 (checked before anything is written). */
export function verifyAttachmentsInCopy(sql: Sql): void {
  const table = sql.raw
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(BACKUP_ATTACHMENT_TABLE);
  if (!table) return;
  const bad: string[] = [];
  for (const row of sql.raw.prepare(`SELECT sha256, bytes FROM ${BACKUP_ATTACHMENT_TABLE}`).iterate() as Iterable<{
    sha256: string;
    bytes: Buffer;
  }>) {
    if (sha256Of(row.bytes) !== row.sha256) bad.push(row.sha256);
  }
  if (bad.length) {
    throw new RestoreRefused(
      REFUSED,
      bad.map((sha) => ({
        code: 'attachment_changed' as const,
        message: `Tệp đính kèm ${sha.slice(0, 12)}… trong bản sao lưu bị hỏng.`,
      })),
    );
  }
}

/**
 * Leaves the live database as one file with no WAL beside it, so the rename that follows cannot
 * pair the restored file with the old database's WAL; with `keep`, a raw copy of it goes to
 * `backups/` first (when it cannot be opened, its files as they are). Returns the copy, if any.
 */
function retireCurrent(target: string, backupsDir: string, currentKey: DbKey, keep: boolean): string | null {
  const copy = keep ? join(backupsDir, `truoc-khoi-phuc-${stamp()}.sqlite`) : null;
  let db: RawDb | null = null;
  try {
    db = openRaw(target, { fileMustExist: true, timeout: 2000, key: currentKey });
    if (copy) {
      createPrivateFile(copy);
      db.prepare('VACUUM INTO ?').run(copy);
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
  } catch (error) {
    if (isBusy(error)) {
      db?.close();
      if (copy) rmSync(copy, { force: true });
      throw new AppError(
        'RULE_VIOLATION',
        'Cơ sở dữ liệu đang được một chương trình khác mở (phần mềm Dân chủ cơ sở?). Hãy đóng chương trình đó rồi khôi phục lại.',
      );
    }
    // The current file is damaged (the usual reason to restore), or its key is not known here:
    // keep its raw files instead.
    db?.close();
    db = null;
    if (copy) {
      rmSync(copy, { force: true });
      copyPrivate(target, copy);
      if (existsSync(`${target}-wal`)) copyPrivate(`${target}-wal`, `${copy}-wal`);
    }
  }
  db?.close();
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  return copy;
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/**
 * Writes the attachment files a backup carries back into the data folder (each checked against its
 * SHA-256 first; a damaged one refuses the restore before anything is replaced) and removes the
 * table from the copy about to become the live database.
 */
function extractAttachments(file: string, dir: string, key: DbKey): void {
  const copy = openCopy(file, key);
  try {
    const table = copy.raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(BACKUP_ATTACHMENT_TABLE);
    if (!table) return;
    verifyAttachmentsInCopy(copy);
    const rows = copy.raw.prepare(`SELECT sha256, bytes FROM ${BACKUP_ATTACHMENT_TABLE}`).iterate() as Iterable<{
      sha256: string;
      bytes: Buffer;
    }>;
    if (dir) for (const r of rows) saveAttachment(dir, r.sha256, '', r.bytes, key);
    copy.raw.exec(`DROP TABLE ${BACKUP_ATTACHMENT_TABLE}`);
    copy.raw.exec('VACUUM');
  } finally {
    copy.raw.close();
  }
}
