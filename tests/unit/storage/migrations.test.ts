import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../db/changelog/chain';
import { communitySpec } from '../../../db/community/spec';
import { listCases } from '../../../db/mediation/cases';
import { caseSpec, type CaseData } from '../../../db/mediation/spec';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from '../../../db/migrations/index';
import { migrate } from '../../../db/migrations/migrate';
import { openDatabase, transaction } from '../../../db/open';
import { deleteRecord, insertRecord, updateRecord } from '../../../db/store/records';
import { tempDir } from '../../helpers/app';

function fresh() {
  const dir = tempDir();
  return { dir, sql: openDatabase(join(dir, 'db.sqlite')) };
}

const tables = (sql: ReturnType<typeof openDatabase>) =>
  (
    sql.raw.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);

describe('migrations', () => {
  it('registry is strictly increasing and zero-padded', () => {
    // Numbers are handed out per issue, so a branch may hold 0007 before 0006 lands.
    MIGRATIONS.forEach((m, i) => {
      expect(m.version).toBeGreaterThan(i === 0 ? 0 : MIGRATIONS[i - 1]!.version);
      expect(m.name.startsWith(String(m.version).padStart(4, '0'))).toBe(true);
    });
  });

  it('0001 creates the schema with WAL, FULL sync and foreign keys on', () => {
    const { sql } = fresh();
    expect(migrate(sql.raw)).toMatchObject({ from: 0, to: LATEST_SCHEMA_VERSION });
    expect(tables(sql)).toEqual(
      expect.arrayContaining(['change_log', 'community', 'mediation_case', 'mediation_team', 'mediator', 'setting']),
    );
    expect(sql.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sql.raw.pragma('synchronous', { simple: true })).toBe(2);
    expect(sql.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    // The case search is served by FTS, and the period filter by an index.
    const plan = sql.raw
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM mediation_case WHERE received_on >= '2026-01-01'")
      .all() as { detail: string }[];
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
      {
        version: LATEST_SCHEMA_VERSION + 1,
        name: 'x_add',
        up: (db: typeof sql.raw) => db.exec('CREATE TABLE added (x INTEGER)'),
      },
      {
        version: LATEST_SCHEMA_VERSION + 2,
        name: 'x_fail',
        up: (db: typeof sql.raw) => db.exec('ALTER TABLE missing ADD COLUMN y'),
      },
    ];
    const backup = join(dir, 'backup.sqlite');
    expect(() => migrate(sql.raw, { migrations: failing, backupPath: () => backup })).toThrow();
    expect(sql.raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(tables(sql)).not.toContain('added');
    expect(existsSync(backup)).toBe(true);
    const copy = openDatabase(backup, { readonly: true });
    expect(copy.raw.prepare("SELECT value FROM setting WHERE key = 'name'").get()).toEqual({ value: 'Xã Tân Hưng' });
  });

  it('0002 rebuilds the case search index with prefix indexes on a database with 0001 data', () => {
    const { dir, sql } = fresh();
    expect(migrate(sql.raw, { migrations: MIGRATIONS.slice(0, 1) })).toMatchObject({ from: 0, to: 1 });
    // Data written by the app's store under schema 1: live, updated and deleted cases.
    const writer = { user: 'Cán bộ Tư pháp', now: () => 1_700_000_000_000 };
    const ids = transaction(sql, () => {
      const community = insertRecord(
        sql,
        communitySpec,
        { name: 'Thôn Đồng Đăng', type: 'thon', households: 120, note: null },
        writer,
      );
      const kase = (summary: string, receivedOn: string): CaseData => ({
        communityId: community.id,
        receivedOn,
        category: 'dan_su',
        grounds: null,
        summary,
        status: 'tiep_nhan',
        closedOn: null,
        parties: [{ name: 'Đinh Thị Thu', birthYear: null, address: 'Thôn Đồng Đăng' }],
        mediatorIds: [],
        invited: null,
        agreement: null,
        note: null,
      });
      const a = insertRecord(sql, caseSpec, kase('Tranh chấp lối đi chung', '2025-03-01'), writer);
      const b = insertRecord(sql, caseSpec, kase('Mâu thuẫn vợ chồng', '2025-03-01'), writer);
      const c = insertRecord(sql, caseSpec, kase('Tranh chấp ranh giới đất', '2025-04-02'), writer);
      updateRecord(sql, caseSpec, b.id, 1, kase('Tranh chấp đất vườn', '2025-03-01'), writer);
      deleteRecord(sql, caseSpec, c.id, 1, writer);
      return { a: a.id, b: b.id, c: c.id };
    });
    const indexText = () => sql.raw.prepare('SELECT rowid, body FROM mediation_case_fts ORDER BY rowid').all();
    const before = indexText();
    expect(before).toHaveLength(2);

    const result = migrate(sql.raw, { backupPath: () => join(dir, 'truoc-0002.sqlite') });
    expect(result).toMatchObject({ from: 1, to: LATEST_SCHEMA_VERSION });
    expect(existsSync(join(dir, 'truoc-0002.sqlite'))).toBe(true);
    expect(indexText()).toEqual(before);
    const ftsSql = (
      sql.raw.prepare("SELECT sql FROM sqlite_master WHERE name = 'mediation_case_fts'").get() as { sql: string }
    ).sql;
    expect(ftsSql).toContain("prefix = '1 2 3'");
    expect(verifyChain(sql)).toEqual([]);

    // Search, with folding and prefixes, finds the live cases only, newest first, ties by id.
    const query = {
      communityId: null,
      status: null,
      category: null,
      from: null,
      to: null,
      sort: 'receivedOn_desc' as const,
      offset: 0,
      limit: 10,
    };
    const found = listCases(sql, { ...query, search: 'tranh chap' });
    expect(found.total).toBe(2);
    expect(found.items.map((k) => k.id)).toEqual([ids.a, ids.b].sort().reverse());
    expect(listCases(sql, { ...query, search: 'dat vuon' }).items.map((k) => k.id)).toEqual([ids.b]);
    expect(listCases(sql, { ...query, search: 'ranh gioi' }).total).toBe(0);
    expect(listCases(sql, { ...query, search: 'd' }).total).toBe(2);
    // New writes keep the rebuilt index current.
    transaction(sql, () => deleteRecord(sql, caseSpec, ids.a, 1, writer));
    expect(listCases(sql, { ...query, search: 'tranh chap' }).items.map((k) => k.id)).toEqual([ids.b]);
  });
});
