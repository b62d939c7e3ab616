import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from '../../../db/migrations/index';
import { migrate } from '../../../db/migrations/migrate';
import { openDatabase } from '../../../db/open';
import { tempDir } from '../../helpers/app';

function fresh() {
  const dir = tempDir();
  return { dir, sql: openDatabase(join(dir, 'db.sqlite')) };
}

const tables = (sql: ReturnType<typeof openDatabase>) =>
  (sql.raw.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map((r) => r.name);

describe('migrations', () => {
  it('registry is strictly increasing and zero-padded', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.version).toBe(i + 1);
      expect(m.name.startsWith(String(m.version).padStart(4, '0'))).toBe(true);
    });
  });

  it('0001 creates the schema with WAL, FULL sync and foreign keys on', () => {
    const { sql } = fresh();
    expect(migrate(sql.raw)).toMatchObject({ from: 0, to: LATEST_SCHEMA_VERSION });
    expect(tables(sql)).toEqual(expect.arrayContaining(['change_log', 'community', 'mediation_case', 'mediation_team', 'mediator', 'setting']));
    expect(sql.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sql.raw.pragma('synchronous', { simple: true })).toBe(2);
    expect(sql.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    // The case search is served by FTS, and the period filter by an index.
    const plan = sql.raw.prepare("EXPLAIN QUERY PLAN SELECT id FROM mediation_case WHERE received_on >= '2026-01-01'").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('mediation_case_received');
    expect(migrate(sql.raw)).toMatchObject({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION, backup: null });
  });

  it('refuses a database from a newer app and leaves it untouched', () => {
    const { sql } = fresh();
    migrate(sql.raw);
    sql.raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    expect(() => migrate(sql.raw)).toThrow(/phiên bản phần mềm mới hơn/);
    expect(sql.raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
  });

  it('runs all-or-nothing and backs up before migrating an existing database', () => {
    const { dir, sql } = fresh();
    migrate(sql.raw);
    sql.raw.prepare("INSERT INTO setting (key, value) VALUES ('name', 'Xã Tân Hưng')").run();
    const failing = [
      ...MIGRATIONS,
      { version: LATEST_SCHEMA_VERSION + 1, name: 'x_add', up: (db: typeof sql.raw) => db.exec('CREATE TABLE added (x INTEGER)') },
      { version: LATEST_SCHEMA_VERSION + 2, name: 'x_fail', up: (db: typeof sql.raw) => db.exec('ALTER TABLE missing ADD COLUMN y') },
    ];
    const backup = join(dir, 'backup.sqlite');
    expect(() => migrate(sql.raw, { migrations: failing, backupPath: () => backup })).toThrow();
    expect(sql.raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(tables(sql)).not.toContain('added');
    expect(existsSync(backup)).toBe(true);
    const copy = openDatabase(backup, { readonly: true });
    expect(copy.raw.prepare("SELECT value FROM setting WHERE key = 'name'").get()).toEqual({ value: 'Xã Tân Hưng' });
  });
});
