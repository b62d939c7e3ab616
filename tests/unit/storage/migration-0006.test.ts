import { openRaw } from '../../../db/open';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations/index';
import { migrate } from '../../../db/migrations/migrate';

const ENVELOPE = "'p1', 1, 0, 0, 'x', NULL";

describe('migration 0006 (petitions by the thụ lý, day-off notices)', () => {
  it('adds the thụ lý date and the denunciation levels to a version-5 petition, keeping it, and the notice table', () => {
    const db = openRaw(':memory:');
    try {
      migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= 5) });
      db.prepare(
        `INSERT INTO petition (id, version, created_at, updated_at, updated_by, deleted_at, received_on, content,
           in_competence, summary, handling, status, complex, extensions)
         VALUES (${ENVELOPE}, '2025-06-02', 'to_cao', 1, 'Tố cáo', 'thu_ly', 'dang_giai_quyet', 1, 2)`,
      ).run();
      expect(migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= 6) })).toMatchObject({ from: 5, to: 6 });
      expect(
        db.prepare('SELECT accepted_on, especially_complex, multiple_places, extensions FROM petition').get(),
      ).toEqual({
        accepted_on: null,
        especially_complex: 0,
        multiple_places: 0,
        extensions: 2,
      });
      // The levels of Luật Tố cáo 2018 (Điều 24, 30) belong to a denunciation, whatever writes the row.
      const insert = (content: string, especially: number) =>
        db
          .prepare(
            `INSERT INTO petition (id, version, created_at, updated_at, updated_by, received_on, content, in_competence,
               summary, handling, especially_complex) VALUES (?, 1, 0, 0, 'x', '2026-01-05', ?, 1, 'x', 'thu_ly', ?)`,
          )
          .run(`${content}-${especially}`, content, especially);
      expect(() => insert('khieu_nai', 1)).toThrow(/CHECK/);
      insert('to_cao', 1);
      const notice = db.prepare(
        `INSERT INTO day_off_notice (id, version, created_at, updated_at, updated_by, year, covers, days_off, working_days, ref)
         VALUES (?, 1, 0, 0, 'x', ?, '["tet_nguyen_dan"]', '[]', '[]', 'TB')`,
      );
      notice.run('n1', 2026);
      expect(() => notice.run('n2', 9999)).toThrow(/CHECK/);
      const plan = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM day_off_notice WHERE year = 2026').all() as {
        detail: string;
      }[];
      expect(plan.map((p) => p.detail).join(' ')).toContain('day_off_notice_year');
    } finally {
      db.close();
    }
  });
});
