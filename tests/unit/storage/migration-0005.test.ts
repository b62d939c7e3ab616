import { openRaw } from '../../../db/open';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations/index';
import { migrate } from '../../../db/migrations/migrate';

describe('migration 0005 (sync: peers, history, received changes and bundles)', () => {
  it('adds the sync tables to a version-4 database, keeps its rows, one current key per code', () => {
    const db = openRaw(':memory:');
    try {
      migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= 4) });
      db.prepare("INSERT INTO setting (key, value) VALUES ('role', 'office')").run();
      expect(migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= 5) })).toMatchObject({ from: 4, to: 5 });
      const tables = (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
      ).map((t) => t.name);
      expect(tables).toEqual(expect.arrayContaining(['peer', 'sync_event', 'received_change', 'received_bundle']));
      expect(db.prepare("SELECT value FROM setting WHERE key = 'role'").get()).toEqual({ value: 'office' });
      const peer = db.prepare(
        "INSERT INTO peer (code, role, name, key_id, fingerprint, card, enrolled_at, enrolled_by, replaced_at) VALUES ('12345', 'commune', 'Xã', ?, 'F', '{}', 0, 'x', ?)",
      );
      peer.run('K1', 1);
      peer.run('K2', null);
      expect(() => peer.run('K3', null)).toThrow(/UNIQUE/);
      expect(() =>
        db
          .prepare(
            "INSERT INTO peer (code, role, name, key_id, fingerprint, card, enrolled_at, enrolled_by) VALUES ('1', 'district', 'x', 'k', 'f', '{}', 0, 'x')",
          )
          .run(),
      ).toThrow(/CHECK/);
      const plan = db.prepare("EXPLAIN QUERY PLAN SELECT * FROM peer WHERE key_id = 'K1'").all() as {
        detail: string;
      }[];
      expect(plan.map((p) => p.detail).join(' ')).toContain('peer_key');
    } finally {
      db.close();
    }
  });
});
