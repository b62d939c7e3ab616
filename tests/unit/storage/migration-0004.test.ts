import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations/index';
import { migrate } from '../../../db/migrations/migrate';
import { openDatabase } from '../../../db/open';
import { tempDir } from '../../helpers/app';

const envelope = "'id-1', 1, 0, 0, 'x', NULL";

describe('migration 0004_reception', () => {
  it('is registered as version 4 and creates the reception tables', () => {
    expect(MIGRATIONS.find((m) => m.name === '0004_reception')?.version).toBe(4);
    const sql = openDatabase(join(tempDir(), 'db.sqlite'));
    migrate(sql.raw);
    const names = (
      sql.raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    ).map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'reception_session',
        'reception_visit',
        'petition',
        'dialogue',
        'supervision',
        'petition_fts',
      ]),
    );
    sql.raw.close();
  });

  it('refuses a denouncer identity in the table itself, whatever writes the row', () => {
    const sql = openDatabase(join(tempDir(), 'db.sqlite'));
    migrate(sql.raw);
    const visit = (content: string, name: string | null) =>
      sql.raw
        .prepare(
          `INSERT INTO reception_visit (id, version, created_at, updated_at, updated_by, deleted_at,
             received_on, host, citizens, content, summary, citizen_name)
           VALUES (${envelope.replace('id-1', `v-${content}-${String(name)}`)}, '2026-01-01', 'cong_chuc', 1, ?, 's', ?)`,
        )
        .run(content, name);
    expect(() => visit('to_cao', 'Nguyễn Văn A')).toThrow(/CHECK/);
    expect(() => visit('to_cao', null)).not.toThrow();
    expect(() => visit('khieu_nai', 'Nguyễn Văn A')).not.toThrow();
    const petition = (name: string | null) =>
      sql.raw
        .prepare(
          `INSERT INTO petition (id, version, created_at, updated_at, updated_by, deleted_at,
             received_on, content, in_competence, summary, handling, petitioner_address)
           VALUES (${envelope.replace('id-1', `p-${String(name)}`)}, '2026-01-01', 'to_cao', 1, 's', 'thu_ly', ?)`,
        )
        .run(name);
    expect(() => petition('Thôn A')).toThrow(/CHECK/);
    expect(() => petition(null)).not.toThrow();
    sql.raw.close();
  });

  it('the plan of the deadline board and the period report uses the indexes', () => {
    const sql = openDatabase(join(tempDir(), 'db.sqlite'));
    migrate(sql.raw);
    const plan = (q: string) =>
      (sql.raw.prepare(`EXPLAIN QUERY PLAN ${q}`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
    expect(plan("SELECT * FROM petition WHERE received_on BETWEEN '2026-01-01' AND '2026-06-30'")).toContain(
      'petition_received',
    );
    expect(plan("SELECT * FROM reception_visit WHERE received_on BETWEEN '2026-01-01' AND '2026-06-30'")).toContain(
      'reception_visit_received',
    );
    sql.raw.close();
  });
});
