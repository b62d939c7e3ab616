import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import {
  AUTO_BACKUPS_KEPT,
  BACKUP_EXTENSION,
  DEFAULT_BACKUP_REMINDER_DAYS,
  type BackupEntry,
  type BackupStatus,
} from '../../shared/backup/schema';
import { AppError } from '../../shared/contract/errors';
import { getSetting, setSetting } from '../installation/settings';
import { loadKeys } from '../keys/keystore';
import { transaction, type Sql } from '../open';
import { chainOf } from './backup';
import { readBackupFile } from './backupFile';
import { backupsDirOf, createBackup, databaseKeysBox, writeBackupNow, type BackupHost } from './backupService';
import { defaultBackupFolder, removableFolders } from './folders';

const DAY_MS = 24 * 60 * 60 * 1000;
const AUTO_PREFIX = 'tu-dong-';
/** Files looked at in a folder: backups of this version and the SQLite copies of earlier ones. */
const BACKUP_NAME = /\.(qcdcbak|sqlite|bak|db)$/i;
const MAX_LISTED = 500;

/** The backups found in a folder, newest first (their headers read, nothing trusted or opened). */
export function listBackups(folder: string): BackupEntry[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    throw new AppError('NOT_FOUND', `Không mở được thư mục: ${folder}`);
  }
  const entries: BackupEntry[] = [];
  for (const name of names.filter((n) => BACKUP_NAME.test(n) && !n.includes('.tmp')).slice(0, MAX_LISTED)) {
    const entry = entryOf(join(folder, name));
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => b.createdAt - a.createdAt);
}

function entryOf(file: string): BackupEntry | null {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return null;
    const info = readBackupFile(file);
    if (info.format === 'raw' && !/\.sqlite$/i.test(file)) return null;
    const base = { file, name: basename(file), bytes: stat.size };
    if (info.format !== 'v2') {
      const encrypted = info.format === 'v1' ? true : info.format === 'plain' ? false : null;
      return {
        ...base,
        createdAt: Math.round(stat.mtimeMs),
        kind: 'old',
        unit: null,
        code: null,
        protected: encrypted,
      };
    }
    const m = info.manifest;
    return { ...base, createdAt: m.createdAt, kind: m.kind, unit: m.name, code: m.code, protected: m.protected };
  } catch {
    return null;
  }
}

/** A date as the automatic backups name it (local calendar day). */
function localDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function automaticFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => n.startsWith(AUTO_PREFIX) && n.endsWith(BACKUP_EXTENSION))
      .sort()
      .map((n) => join(dir, n));
  } catch {
    return [];
  }
}

/**
 * The automatic backup (issue 15): at most one file per day on which records changed, named by the
 * day of the last change (`backups/tu-dong-YYYY-MM-DD.qcdcbak`), holding the state at the last
 * start or close of that day; nothing is written when nothing changed since the newest one. The
 * newest {@link AUTO_BACKUPS_KEPT} are kept. Returns the file written, or null.
 */
export function automaticBackup(host: BackupHost, now = Date.now()): string | null {
  const sql = host.sql;
  if (!sql || !getSetting(sql, 'role')) return null;
  const head = chainOf(sql);
  if (head.seq === 0) return null;
  const dir = backupsDirOf(host.dataDir);
  const existing = automaticFiles(dir);
  const newest = existing.at(-1);
  if (newest && sameHead(newest, head)) return null;
  const out = join(dir, `${AUTO_PREFIX}${localDay(head.lastChangeAt ?? now)}${BACKUP_EXTENSION}`);
  const keys = loadKeys(host.dataDir, host.protector);
  writeBackupNow(host, sql, out, 'automatic', keys, databaseKeysBox(sql, keys), now);
  for (const old of automaticFiles(dir).slice(0, -AUTO_BACKUPS_KEPT)) rmSync(old, { force: true });
  return out;
}

function sameHead(file: string, head: { seq: number; hash: string }): boolean {
  try {
    const info = readBackupFile(file);
    return info.format === 'v2' && info.manifest.chain.seq === head.seq && info.manifest.chain.hash === head.hash;
  } catch {
    return false;
  }
}

function reminderDays(sql: Sql): number {
  const value = Number(getSetting(sql, 'backupReminderDays') ?? DEFAULT_BACKUP_REMINDER_DAYS);
  return Number.isInteger(value) && value >= 0 ? value : DEFAULT_BACKUP_REMINDER_DAYS;
}

/** What the backup page and the home reminder show. */
export function backupStatus(host: BackupHost, now = Date.now()): BackupStatus {
  const sql = host.sql;
  if (!sql) throw new AppError('UNAUTHORISED', 'Hãy đăng nhập để tiếp tục.');
  const lastAt = Number(getSetting(sql, 'lastBackupAt')) || null;
  const days = reminderDays(sql);
  // Never backed up: counted from the first record, so a new installation is not nagged on day one.
  const first = sql.raw.prepare('SELECT MIN(at) FROM change_log').pluck().get() as number | null;
  const since = lastAt ?? first;
  const removable = removableFolders();
  const lastFolder = getSetting(sql, 'lastBackupFolder');
  const backupsFolder = backupsDirOf(host.dataDir);
  return {
    lastBackupAt: lastAt,
    lastBackupFile: getSetting(sql, 'lastBackupFile'),
    reminderDays: days,
    overdue: days > 0 && since !== null && now - since > days * DAY_MS,
    daysSince: lastAt === null ? null : Math.max(0, Math.floor((now - lastAt) / DAY_MS)),
    dataFolder: host.dataDir,
    backupsFolder,
    suggestedFolder: lastFolder ?? removable[0] ?? defaultBackupFolder(),
    removableFolders: removable,
    automatic: safeList(backupsFolder),
    protected: sql.key !== null,
    canManage: canManage(host),
  };
}

function canManage(host: BackupHost): boolean {
  const access = host.access;
  if (!access?.isProtected()) return true;
  return access.status().session?.role === 'quan_tri';
}

function safeList(folder: string): BackupEntry[] {
  try {
    return listBackups(folder);
  } catch {
    return [];
  }
}

/** Sets the reminder's days (0: never). */
export function setReminderDays(host: BackupHost, days: number): BackupStatus {
  const sql = host.sql!;
  transaction(sql, () => setSetting(sql, 'backupReminderDays', String(days)));
  return backupStatus(host);
}

/** The file name of a manual backup: unit code and local date and time, never an existing name. */
function backupFileName(folder: string, code: string, now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${localDay(now)}-${pad(d.getHours())}${pad(d.getMinutes())}`;
  const taken = new Set(safeNames(folder));
  for (let i = 1; ; i += 1) {
    const name = `QCDC-sao-luu-${code}-${stamp}${i > 1 ? `-${i}` : ''}${BACKUP_EXTENSION}`;
    if (!taken.has(name)) return join(folder, name);
  }
}

function safeNames(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** Refuses a folder that is not a full path, or lies inside the data folder (it would go with the laptop). */
export function checkBackupFolder(dataDir: string, folder: string): string {
  if (!isAbsolute(folder)) {
    throw new AppError('INVALID_INPUT', 'Hãy nhập đường dẫn đầy đủ của thư mục (ví dụ E:\\SaoLuu).', [
      { field: 'folder', message: 'Cần đường dẫn đầy đủ, ví dụ E:\\SaoLuu.' },
    ]);
  }
  const path = resolve(folder);
  const inside = relative(resolve(dataDir), path);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new AppError(
      'INVALID_INPUT',
      'Thư mục này nằm trong thư mục dữ liệu của phần mềm: bản sao lưu sẽ mất cùng máy. Hãy chọn USB hoặc một ổ đĩa khác.',
      [{ field: 'folder', message: 'Hãy chọn USB hoặc một ổ đĩa khác.' }],
    );
  }
  return path;
}

/** "Sao lưu ngay": a signed backup with the keys into the chosen folder, remembered for the reminder. */
export async function backupToFolder(
  host: BackupHost,
  folder: string,
  options: { passphrase?: string; requireKeys: boolean; now?: number },
): Promise<{ file: string; bytes: number; createdAt: number; fingerprint: string; keys: boolean }> {
  const sql = host.sql!;
  const path = checkBackupFolder(host.dataDir, folder);
  if (options.requireKeys && sql.key === null && options.passphrase === undefined) {
    throw new AppError('INVALID_INPUT', 'Hãy đặt một cụm mật khẩu để bảo vệ khóa của cài đặt trong bản sao lưu.', [
      { field: 'passphrase', message: 'Hãy đặt cụm mật khẩu (ít nhất 12 ký tự).' },
    ]);
  }
  try {
    mkdirSync(path, { recursive: true });
  } catch {
    throw new AppError('INVALID_INPUT', `Không tạo được thư mục ${path} (USB đã cắm chưa?).`, [
      { field: 'folder', message: 'Không ghi được vào thư mục này.' },
    ]);
  }
  const now = options.now ?? Date.now();
  const out = backupFileName(path, getSetting(sql, 'code') ?? 'qcdc', now);
  const result = await createBackup(host, out, { kind: 'manual', passphrase: options.passphrase, now });
  noteBackup(sql, result.file, path, now);
  return {
    file: result.file,
    bytes: result.bytes,
    createdAt: now,
    fingerprint: result.manifest.fingerprint,
    keys: result.manifest.keys !== null,
  };
}

/** Remembers the last backup made outside the data folder (the home reminder counts from it). */
export function noteBackup(sql: Sql, file: string, folder: string, at: number): void {
  transaction(sql, () => {
    setSetting(sql, 'lastBackupAt', String(at));
    setSetting(sql, 'lastBackupFile', file);
    setSetting(sql, 'lastBackupFolder', folder);
  });
}
