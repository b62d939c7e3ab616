import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import { openCopy } from '../maintenance/copy';
import { publishFile, removeDatabaseFiles, tempNameFor } from '../maintenance/files';
import { createPrivateFile, makePrivateDir, withTempFile } from '../maintenance/temp';
import { replicaPath } from './replica';
import { BACKUP_REPLICA_SQL } from '../maintenance/backupTables';
import { schemaProblems } from '../maintenance/schemaCheck';
import { folderKey, openRaw, type DbKey } from '../open';

/** The table an office's backup file carries its communes' replicas in; restore moves them back out. */
export const BACKUP_REPLICA_TABLE = 'backup_replica';

function replicaCodes(dataDir: string): string[] {
  const dir = join(dataDir, 'communes');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d{5}\.sqlite$/.test(f))
    .map((f) => f.slice(0, 5))
    .sort();
}

/**
 * Copies each commune replica of an office (a consistent `VACUUM INTO` snapshot, even while an import
 * runs) into the backup file being written, so one backup file holds the whole office.
 */
export function embedReplicas(backupFile: string, dataDir: string, key: DbKey = folderKey(dataDir)): void {
  const codes = replicaCodes(dataDir);
  if (codes.length === 0) return;
  const copy = openCopy(backupFile, key);
  try {
    copy.raw.exec(BACKUP_REPLICA_SQL);
    const insert = copy.raw.prepare(`INSERT INTO ${BACKUP_REPLICA_TABLE} (code, bytes) VALUES (?, ?)`);
    for (const code of codes) {
      withTempFile(backupFile, `xa-${code}`, dataDir, (snapshot) => {
        createPrivateFile(snapshot);
        const source = openRaw(replicaPath(dataDir, code), { readonly: true, key });
        try {
          source.prepare('VACUUM INTO ?').run(snapshot);
        } finally {
          source.close();
        }
        insert.run(code, readFileSync(snapshot));
      });
    }
  } finally {
    copy.raw.close();
  }
}

/** A replica taken out of a backup, checked and waiting beside its final place. */
export interface StagedReplica {
  code: string;
  staged: string;
}

/**
 * Takes the replicas out of a backup copy about to be restored: each is written beside its place,
 * checked (SQLite quick check, a QCDC replica), then the table is dropped from the copy. A damaged
 * replica refuses the restore before anything is replaced.
 */
export function stageReplicas(copyFile: string, dataDir: string, key: DbKey = null): StagedReplica[] {
  const copy = openCopy(copyFile, key);
  const staged: StagedReplica[] = [];
  try {
    const table = copy.raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(BACKUP_REPLICA_TABLE);
    if (!table) return [];
    makePrivateDir(join(dataDir, 'communes'));
    const rows = copy.raw.prepare(`SELECT code, bytes FROM ${BACKUP_REPLICA_TABLE} ORDER BY code`).all() as {
      code: string;
      bytes: Buffer;
    }[];
    for (const row of rows) {
      const file = tempNameFor(replicaPath(dataDir, row.code), 'restore');
      staged.push({ code: row.code, staged: file });
      writeFileSync(file, row.bytes, { mode: 0o600, flag: 'wx' });
      chmodSync(file, 0o600);
      assertReplica(file, row.code, key);
    }
    copy.raw.exec(`DROP TABLE ${BACKUP_REPLICA_TABLE}`);
    copy.raw.exec('VACUUM');
    return staged;
  } catch (error) {
    for (const s of staged) removeDatabaseFiles(s.staged);
    throw error;
  } finally {
    copy.raw.close();
  }
}

function assertReplica(file: string, code: string, key: DbKey): void {
  let ok = false;
  try {
    const db = openRaw(file, { readonly: true, key });
    try {
      const quick = db.pragma('quick_check', { simple: true });
      const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'received_change'").get() as {
        n: number;
      };
      // A replica with a trigger or table its migrations do not make is refused like the main database.
      ok = quick === 'ok' && tables.n === 1 && schemaProblems(db, { replica: true }).length === 0;
    } finally {
      db.close();
    }
  } catch {
    ok = false;
  }
  if (!ok) throw new AppError('INVALID_INPUT', `Không khôi phục: dữ liệu của xã ${code} trong bản sao lưu bị hỏng.`);
}

/** Puts staged replicas in place, each current one first copied to `backups/`. */
export function publishReplicas(
  staged: StagedReplica[],
  dataDir: string,
  backupsDir: string,
  currentKey: DbKey = folderKey(dataDir),
): void {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  for (const { code, staged: file } of staged) {
    const target = replicaPath(dataDir, code);
    if (existsSync(target)) {
      const current = openRaw(target, { fileMustExist: true, timeout: 2000, key: currentKey });
      try {
        const keep = join(backupsDir, `xa-${code}-truoc-khoi-phuc-${stamp}.sqlite`);
        createPrivateFile(keep);
        current.prepare('VACUUM INTO ?').run(keep);
        current.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        current.close();
      }
      rmSync(`${target}-wal`, { force: true });
      rmSync(`${target}-shm`, { force: true });
    }
    publishFile(file, target);
  }
}
