import { AppError } from '../../shared/contract/errors';
import { createPrivateFile } from '../maintenance/temp';
import type { RawDb } from '../open';
import { MIGRATIONS, type Migration } from './index';

/** What a migration run did. */
export interface MigrationResult {
  from: number;
  to: number;
  backup: string | null;
}

/**
 * Brings the database to the latest schema, all-or-nothing in one transaction (SQLite has
 * transactional DDL). Refuses a database written by a newer app. Backs the file up first when it
 * already holds data.
 */
export function migrate(
  db: RawDb,
  options: { backupPath?: (from: number) => string; migrations?: readonly Migration[] } = {},
): MigrationResult {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new AppError(
      'RULE_VIOLATION',
      `Cơ sở dữ liệu thuộc phiên bản phần mềm mới hơn (lược đồ ${current}, phần mềm này hỗ trợ đến ${latest}). Hãy cập nhật phần mềm; dữ liệu không bị thay đổi.`,
    );
  }
  if (current === latest) return { from: current, to: current, backup: null };
  let backup: string | null = null;
  if (current > 0 && options.backupPath) {
    backup = options.backupPath(current);
    // The copy kept before a migration holds every record: owner-only from its first byte.
    createPrivateFile(backup);
    db.prepare('VACUUM INTO ?').run(backup);
  }
  const pending = migrations.filter((m) => m.version > current);
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
  return { from: current, to: latest, backup };
}
