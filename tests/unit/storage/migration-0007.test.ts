import { openRaw } from '../../../db/open';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations/index';
import { migrate } from '../../../db/migrations/migrate';

describe('migration 0007 (accounts of a protected installation)', () => {
  it('adds the account tables to an earlier database, keeps its rows, one name per folded name', () => {
    const db = openRaw(':memory:');
    try {
      migrate(db, { migrations: MIGRATIONS.filter((m) => m.version < 7) });
      db.prepare("INSERT INTO setting (key, value) VALUES ('role', 'commune')").run();
      expect(migrate(db, { migrations: MIGRATIONS.filter((m) => m.version <= 7) })).toMatchObject({ to: 7 });
      expect(db.prepare("SELECT value FROM setting WHERE key = 'role'").get()).toEqual({ value: 'commune' });
      const insert = db.prepare(
        'INSERT INTO account (id, name, name_folded, role, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)',
      );
      insert.run('a', 'Nguyễn Thị Lan', 'nguyen thi lan', 'quan_tri');
      expect(() => insert.run('b', 'Nguyen Thi Lan', 'nguyen thi lan', 'can_bo')).toThrow(/UNIQUE/);
      expect(() => insert.run('c', 'Người Khác', 'nguoi khac', 'chu_tich')).toThrow(/CHECK/);
      db.prepare("INSERT INTO account_event (at, actor, action, account_id) VALUES (0, 'x', 'create', 'a')").run();
      expect(db.prepare('SELECT modules, disabled_at FROM account').get()).toEqual({
        modules: '[]',
        disabled_at: null,
      });
    } finally {
      db.close();
    }
  });
});
