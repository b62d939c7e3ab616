import { openRaw } from '../../../db/open';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations/index';
import { migrate } from '../../../db/migrations/migrate';

const ENVELOPE = "1, 0, 0, 'x', NULL";

describe('migration 0008 (the people decide, comment and supervise)', () => {
  it('keeps an earlier supervision, adds its recommendations, and the three new tables refuse impossible counts', () => {
    const db = openRaw(':memory:');
    try {
      migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= 7) });
      db.prepare(
        `INSERT INTO supervision (id, version, created_at, updated_at, updated_by, deleted_at, body, held_on, subject)
         VALUES ('s1', ${ENVELOPE}, 'ban_ttnd', '2025-03-04', 'Chi trả trợ cấp')`,
      ).run();
      db.prepare(
        `INSERT INTO community (id, version, created_at, updated_at, updated_by, deleted_at, name, type, households)
         VALUES ('c1', ${ENVELOPE}, 'Thôn Nà Lầu', 'thon', 120)`,
      ).run();
      expect(migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= 8) })).toMatchObject({ from: 7, to: 8 });
      expect(
        db.prepare('SELECT subject, project, recommendations, recommendations_resolved FROM supervision').get(),
      ).toEqual({ subject: 'Chi trả trợ cấp', project: null, recommendations: null, recommendations_resolved: null });
      const decision = (id: string, households: number, participating: number, approving: number) =>
        db
          .prepare(
            `INSERT INTO community_decision (id, version, created_at, updated_at, updated_by, deleted_at, community_id,
               title, held_on, matter, form, households, households_participating, households_approving)
             VALUES (?, ${ENVELOPE}, 'c1', 'Đường bê tông', '2025-04-01', 'cong_trinh_cong_cong', 'hoi_nghi', ?, ?, ?)`,
          )
          .run(id, households, participating, approving);
      decision('d1', 120, 61, 61);
      expect(() => decision('d2', 120, 121, 60)).toThrow(/CHECK/);
      expect(() => decision('d3', 120, 60, 61)).toThrow(/CHECK/);
      expect(() => decision('d4', 0, 0, 0)).toThrow(/CHECK/);
      const consultation = (
        id: string,
        started: string,
        ended: string,
        forms: string,
        opinions: number,
        accepted: number,
      ) =>
        db
          .prepare(
            `INSERT INTO consultation (id, version, created_at, updated_at, updated_by, deleted_at, title, started_on,
               ended_on, matter, forms, opinions, accepted) VALUES (?, ${ENVELOPE}, 'Kế hoạch 2026', ?, ?, 'ke_hoach_ktxh', ?, ?, ?)`,
          )
          .run(id, started, ended, forms, opinions, accepted);
      consultation('k1', '2025-05-01', '2025-05-20', '["hoi_nghi"]', 40, 31);
      expect(() => consultation('k2', '2025-05-21', '2025-05-20', '["hoi_nghi"]', 1, 1)).toThrow(/CHECK/);
      expect(() => consultation('k3', '2025-05-01', '2025-05-20', '[]', 1, 1)).toThrow(/CHECK/);
      expect(() => consultation('k4', '2025-05-01', '2025-05-20', '["phieu"]', 3, 4)).toThrow(/CHECK/);
      const body = (id: string, established: string, dissolved: string | null) =>
        db
          .prepare(
            `INSERT INTO supervision_body (id, version, created_at, updated_at, updated_by, deleted_at, body,
               established_on, dissolved_on, members) VALUES (?, ${ENVELOPE}, 'ban_ttnd', ?, ?, '[]')`,
          )
          .run(id, established, dissolved);
      body('b1', '2024-10-01', null);
      expect(() => body('b2', '2024-10-01', '2024-09-30')).toThrow(/CHECK/);
      expect(() =>
        db.prepare("UPDATE supervision SET recommendations = 2, recommendations_resolved = 3 WHERE id = 's1'").run(),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
