import { openRaw } from '../../../db/open';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations/index';
import { migrate } from '../../../db/migrations/migrate';

describe('migration 0003 (disclosure, conventions)', () => {
  it('adds the tables to a version-2 database and keeps its rows', () => {
    const db = openRaw(':memory:');
    try {
      migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= 2) });
      db.prepare("INSERT INTO setting (key, value) VALUES ('role', 'commune')").run();
      const result = migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= 3) });
      expect(result).toMatchObject({ from: 2, to: 3 });
      const tables = (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
      ).map((t) => t.name);
      expect(tables).toEqual(expect.arrayContaining(['disclosure', 'disclosure_fts', 'convention', 'convention_fts']));
      expect(db.prepare("SELECT value FROM setting WHERE key = 'role'").get()).toEqual({ value: 'commune' });
      expect(() =>
        db
          .prepare(
            "INSERT INTO disclosure (id, version, created_at, updated_at, updated_by, catalog, item, title, published_on) VALUES ('a', 1, 0, 0, 'x', 'KHAC', 1, 't', '2022-01-01')",
          )
          .run(),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
