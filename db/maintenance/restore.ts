import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import { getSetting } from '../installation/settings';
import { LATEST_SCHEMA_VERSION } from '../migrations/index';
import { migrate } from '../migrations/migrate';
import { openRaw, type DbKey, type RawDb, type Sql } from '../open';
import { checkDatabase, firstLines, isQcdcDatabase, type Problem } from './check';
import { BACKUP_ATTACHMENT_TABLE } from './backup';
import { openCopy } from './copy';
import { saveAttachment, sha256Of } from '../attachment/store';
import { publishFile } from './files';
import { copyPrivate, createPrivateFile, makePrivateDir, withTempFile } from './temp';
import { publishReplicas, stageReplicas } from '../sync/replicaBackup';

/** Where {@link restoreDatabase} puts the file and keeps the one it replaces. */
export interface RestoreOptions {
  /** The backup file to restore. */
  source: string;
  /** The live database file of the installation. */
  target: string;
  /** The installation's `backups/` folder. */
  backupsDir: string;
  /** The installation's `attachments/` folder, where the backup's attachment files go back. */
  attachmentsDir?: string;
  /** The data folder, where an office backup's commune replicas go back (`communes/`). */
  dataDir?: string;
  /** The key the backup's database is encrypted with (null: a plain SQLite backup). */
  key?: DbKey;
  /** The key of the live database being replaced (null: it is plain). */
  currentKey?: DbKey;
}

/** What a restore did. */
export interface RestoreResult {
  /** The copy of the database that was replaced, or null when there was none. */
  previous: string | null;
  role: string | null;
  code: string | null;
  name: string | null;
  keyId: string | null;
  changes: number;
}

/** A backup refused by {@link restoreDatabase}: the problems found, nothing changed. */
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

const REFUSED = 'Không khôi phục: tệp sao lưu không đạt kiểm tra, cơ sở dữ liệu hiện tại được giữ nguyên.';

/**
 * Replaces the live database with a backup. The backup is copied beside the live file and checked
 * there first (SQLite integrity, QCDC schema, change-log chain, rows against their snapshots), so a
 * bad file is refused before anything is touched. Then a consistent copy of the current database
 * goes to `backups/`, the current one is closed out of WAL mode (which fails while another program
 * has it open), and the checked copy is renamed over it in one atomic step.
 */
export function restoreDatabase(options: RestoreOptions): RestoreResult {
  if (!existsSync(options.source)) {
    throw new AppError('INVALID_INPUT', `Không tìm thấy tệp sao lưu: ${options.source}`);
  }
  // Beside the live file, so inside the data folder the next start sweeps if this process is killed.
  return withTempFile(options.target, 'restore', undefined, (tmp) => {
    copyPrivate(options.source, tmp);
    const key = options.key ?? null;
    const info = validateCopy(tmp, key);
    extractAttachments(tmp, options.attachmentsDir, key);
    const replicas = options.dataDir ? stageReplicas(tmp, options.dataDir, key) : [];
    makePrivateDir(options.backupsDir);
    const previous = existsSync(options.target) ? retireCurrent(options.target, options.backupsDir, options) : null;
    publishFile(tmp, options.target);
    if (options.dataDir) publishReplicas(replicas, options.dataDir, options.backupsDir, options.currentKey ?? null);
    return { ...info, previous };
  });
}

function validateCopy(file: string, key: DbKey): Omit<RestoreResult, 'previous'> {
  let sql: Sql;
  try {
    sql = openCopy(file, key);
  } catch (error) {
    throw new RestoreRefused(REFUSED, [{ code: 'not_qcdc', message: notDatabaseMessage(error) }]);
  }
  try {
    const integrity = checkIntegrityOnly(sql);
    if (integrity.length > 0) throw new RestoreRefused(REFUSED, integrity);
    if (!isQcdcDatabase(sql)) {
      throw new RestoreRefused(REFUSED, [
        {
          code: 'not_qcdc',
          message: 'Tệp không phải cơ sở dữ liệu của phần mềm Dân chủ cơ sở (hoặc thuộc phiên bản mới hơn).',
        },
      ]);
    }
    if ((sql.raw.pragma('user_version', { simple: true }) as number) < LATEST_SCHEMA_VERSION) migrate(sql.raw);
    const check = checkDatabase(sql);
    if (!check.ok) throw new RestoreRefused(REFUSED, check.problems);
    const role = getSetting(sql, 'role');
    if (!role) {
      throw new RestoreRefused(REFUSED, [
        { code: 'not_qcdc', message: 'Tệp sao lưu là một cài đặt chưa được thiết lập.' },
      ]);
    }
    const changes = (sql.raw.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;
    return {
      role,
      code: getSetting(sql, 'code'),
      name: getSetting(sql, 'name'),
      keyId: getSetting(sql, 'keyId'),
      changes,
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new RestoreRefused(REFUSED, [{ code: 'unreadable', message: notDatabaseMessage(error) }]);
  } finally {
    sql.raw.close();
  }
}

function checkIntegrityOnly(sql: Sql): Problem[] {
  const rows = sql.raw.pragma('integrity_check(20)') as { integrity_check: string }[];
  return rows
    .filter((r) => r.integrity_check !== 'ok')
    .map((r) => ({ code: 'integrity' as const, message: `Tệp bị hỏng: ${firstLines(r.integrity_check)}` }));
}

function notDatabaseMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `Tệp không phải cơ sở dữ liệu SQLite đọc được (${detail}).`;
}

/**
 * Keeps a copy of the live database in `backups/` and leaves it as one file with no WAL beside it,
 * so the rename that follows cannot pair the restored file with the old database's WAL.
 */
function retireCurrent(target: string, backupsDir: string, options: RestoreOptions): string {
  const keep = join(backupsDir, `truoc-khoi-phuc-${stamp()}.sqlite`);
  let db: RawDb | null = null;
  try {
    db = openRaw(target, { fileMustExist: true, timeout: 2000, key: options.currentKey ?? null });
    createPrivateFile(keep);
    db.prepare('VACUUM INTO ?').run(keep);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
  } catch (error) {
    if (isBusy(error)) {
      db?.close();
      rmSync(keep, { force: true });
      throw new AppError(
        'RULE_VIOLATION',
        'Cơ sở dữ liệu đang được một chương trình khác mở (phần mềm Dân chủ cơ sở?). Hãy đóng chương trình đó rồi khôi phục lại.',
      );
    }
    // The current file is damaged (the usual reason to restore): keep its raw files instead.
    db?.close();
    db = null;
    rmSync(keep, { force: true });
    copyPrivate(target, keep);
    if (existsSync(`${target}-wal`)) copyPrivate(`${target}-wal`, `${keep}-wal`);
  }
  db?.close();
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  return keep;
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
function extractAttachments(file: string, dir: string | undefined, key: DbKey): void {
  const copy = openCopy(file, key);
  try {
    const table = copy.raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(BACKUP_ATTACHMENT_TABLE);
    if (!table) return;
    const rows = copy.raw.prepare(`SELECT sha256, bytes FROM ${BACKUP_ATTACHMENT_TABLE}`).all() as {
      sha256: string;
      bytes: Buffer;
    }[];
    const bad = rows.filter((r) => sha256Of(r.bytes) !== r.sha256);
    if (bad.length) {
      throw new RestoreRefused(
        REFUSED,
        bad.map((r) => ({
          code: 'attachment_changed' as const,
          message: `Tệp đính kèm ${r.sha256.slice(0, 12)}… trong bản sao lưu bị hỏng.`,
        })),
      );
    }
    if (dir) for (const r of rows) saveAttachment(dir, r.sha256, '', r.bytes, key);
    copy.raw.exec(`DROP TABLE ${BACKUP_ATTACHMENT_TABLE}`);
    copy.raw.exec('VACUUM');
  } finally {
    copy.raw.close();
  }
}
