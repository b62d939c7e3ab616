import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../db/changelog/chain';
import { openTestApp, seedCommune } from '../../helpers/app';

describe('change log', () => {
  it('writes one hash-chained entry per change, in the same transaction', async () => {
    const app = openTestApp();
    try {
      await seedCommune(app.dispatch);
      const rows = app.sql.raw
        .prepare('SELECT seq, entity, op, prev_hash, hash FROM change_log ORDER BY seq')
        .all() as {
        seq: number;
        entity: string;
        prev_hash: string;
        hash: string;
      }[];
      expect(rows.map((r) => r.entity)).toEqual(['community', 'mediation_team', 'mediator', 'mediator', 'mediator']);
      rows.slice(1).forEach((r, i) => expect(r.prev_hash).toBe(rows[i]!.hash));
      expect(verifyChain(app.sql)).toEqual([]);
      // A rejected write leaves neither a record nor a log entry.
      const before = rows.length;
      const r = await app.dispatch('mediation.createMediator', { teamId: 'không-có', name: 'X', gender: 'nam' });
      expect(r.ok).toBe(false);
      expect((app.sql.raw.prepare('SELECT count(*) n FROM change_log').get() as { n: number }).n).toBe(before);
    } finally {
      app.cleanup();
    }
  });

  it('detects a tampered snapshot, a changed user and a deleted entry', async () => {
    const app = openTestApp();
    try {
      await seedCommune(app.dispatch);
      const db = app.sql.raw;
      db.prepare(
        "UPDATE change_log SET snapshot = replace(snapshot, 'Hoàng Thị Mai', 'Người Khác') WHERE seq = 3",
      ).run();
      expect(verifyChain(app.sql)[0]).toMatchObject({ seq: 3 });
      db.prepare(
        "UPDATE change_log SET snapshot = replace(snapshot, 'Người Khác', 'Hoàng Thị Mai') WHERE seq = 3",
      ).run();
      expect(verifyChain(app.sql)).toEqual([]);
      db.prepare("UPDATE change_log SET user = 'ai đó' WHERE seq = 2").run();
      expect(verifyChain(app.sql)[0]).toMatchObject({ seq: 2 });
      db.prepare("UPDATE change_log SET user = 'Cán bộ Tư pháp' WHERE seq = 2").run();
      db.prepare('DELETE FROM change_log WHERE seq = 4').run();
      expect(verifyChain(app.sql)[0]?.message).toMatch(/bị thiếu|không khớp/);
    } finally {
      app.cleanup();
    }
  });
});
