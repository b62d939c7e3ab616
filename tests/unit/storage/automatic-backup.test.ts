import { copyFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AUTO_BACKUPS_KEPT } from '../../../shared/backup/schema';
import { TEST_KDF_COST } from '../../../db/access/kdf';
import { plainFileProtector } from '../../../db/keys/keystore';
import { readBackupFile } from '../../../db/maintenance/backupFile';
import { schemaProblems } from '../../../db/maintenance/schemaCheck';
import { migrate } from '../../../db/migrations/migrate';
import { openRaw } from '../../../db/open';
import { openApp } from '../../../electron/core/app';
import { ok, tempDir } from '../../helpers/app';

// Issue 15: automatic rotating backups in the data folder (at start and close, one per day with
// changes, the newest 7 kept); issue 16: the schema a database may hold is what the migrations make.

const folders: string[] = [];
afterAll(() => folders.forEach((d) => rmSync(d, { recursive: true, force: true })));

function automatic(dataDir: string): string[] {
  return readdirSync(join(dataDir, 'backups'))
    .filter((f) => f.startsWith('tu-dong-'))
    .sort();
}

describe('automatic backups', () => {
  it('one per day with changes, none when nothing changed, the newest 7 kept', async () => {
    const dataDir = tempDir();
    folders.push(dataDir);
    const first = openApp({ dataDir, keyProtector: plainFileProtector, autoBackup: true });
    await ok(first.dispatch, 'installation.setup', {
      role: 'commune',
      code: '12345',
      name: 'Xã Tân Hưng',
      communities: [{ name: 'Thôn Đồng Đăng', type: 'thon', households: 120 }],
    });
    first.close();
    const [made] = automatic(dataDir);
    expect(made).toMatch(/^tu-dong-\d{4}-\d{2}-\d{2}\.qcdcbak$/);
    const info = readBackupFile(join(dataDir, 'backups', made!));
    expect(info).toMatchObject({ format: 'v2', manifest: { kind: 'automatic', code: '12345' } });

    // Opened and closed with nothing new: nothing written.
    openApp({ dataDir, keyProtector: plainFileProtector, autoBackup: true }).close();
    await new Promise((done) => setImmediate(done));
    expect(automatic(dataDir)).toEqual([made]);

    // Older days pile up; the next backup keeps the newest 7 (today's among them).
    for (let day = 1; day <= 9; day++) {
      copyFileSync(join(dataDir, 'backups', made!), join(dataDir, 'backups', `tu-dong-2020-01-0${day}.qcdcbak`));
    }
    const again = openApp({ dataDir, keyProtector: plainFileProtector, autoBackup: true });
    await ok(again.dispatch, 'community.create', { name: 'Thôn Nà Pàn', type: 'thon', households: 40, note: null });
    again.close();
    const kept = automatic(dataDir);
    expect(kept).toHaveLength(AUTO_BACKUPS_KEPT);
    expect(kept.at(-1)).toBe(made);
    expect(kept[0]).toBe('tu-dong-2020-01-04.qcdcbak');
    const newest = readBackupFile(join(dataDir, 'backups', made!));
    expect(newest.format === 'v2' && newest.manifest.counts.community).toBe(2);
  });

  it('a protected installation backs up after sign-in, with its keys under the database key', async () => {
    const dataDir = tempDir();
    folders.push(dataDir);
    const access = { kdfCost: TEST_KDF_COST, retryDelayMs: () => 1 };
    const admin = { name: 'Nguyễn Văn Quản', password: 'hoa ban nở trắng đồi xa' };
    const app = openApp({ dataDir, keyProtector: plainFileProtector, access });
    await ok(app.dispatch, 'installation.setup', {
      role: 'commune',
      code: '12345',
      name: 'Xã Tân Hưng',
      communities: [{ name: 'Thôn Đồng Đăng', type: 'thon', households: 120 }],
      admin,
    });
    app.close();
    expect(automatic(dataDir)).toEqual([]);
    const next = openApp({ dataDir, keyProtector: plainFileProtector, access, autoBackup: true });
    await ok(next.dispatch, 'auth.signIn', admin);
    await new Promise((done) => setImmediate(done));
    const [made] = automatic(dataDir);
    const info = readBackupFile(join(dataDir, 'backups', made!));
    expect(info).toMatchObject({ format: 'v2', manifest: { protected: true, keys: { lock: 'database' } } });
    next.close();
  });
});

describe('protecting an installation that has automatic backups', () => {
  it('removes the plain ones (a checked, encrypted copy is kept by the protection itself)', async () => {
    const dataDir = tempDir();
    folders.push(dataDir);
    const access = { kdfCost: TEST_KDF_COST, retryDelayMs: () => 1 };
    const app = openApp({ dataDir, keyProtector: plainFileProtector, access, autoBackup: true });
    await ok(app.dispatch, 'installation.setup', {
      role: 'commune',
      code: '12345',
      name: 'Xã Tân Hưng',
      communities: [{ name: 'Thôn Zyxwvsentinel', type: 'thon', households: 120 }],
    });
    app.close();
    const [plain] = automatic(dataDir);
    expect(readFileSync(join(dataDir, 'backups', plain!)).includes(Buffer.from('Zyxwvsentinel'))).toBe(true);
    const again = openApp({ dataDir, keyProtector: plainFileProtector, access });
    await ok(again.dispatch, 'auth.protect', { name: 'Nguyễn Văn Quản', password: 'hoa ban nở trắng đồi xa' });
    again.close();
    expect(automatic(dataDir)).toEqual([]);
    for (const name of readdirSync(join(dataDir, 'backups'))) {
      expect(readFileSync(join(dataDir, 'backups', name)).includes(Buffer.from('Zyxwvsentinel')), name).toBe(false);
    }
  });
});

describe('the schema the migrations make', () => {
  it('a migrated database holds exactly it; an added view, trigger or index is named', () => {
    const db = openRaw(':memory:');
    try {
      migrate(db);
      expect(schemaProblems(db)).toEqual([]);
      db.exec('CREATE VIEW tat_ca AS SELECT * FROM change_log');
      db.exec('CREATE INDEX lạ ON change_log (user)');
      db.exec("CREATE TRIGGER xoa AFTER INSERT ON setting BEGIN DELETE FROM setting WHERE key = 'x'; END");
      expect(schemaProblems(db).map((p) => [p.kind, p.object.type, p.object.name])).toEqual([
        ['extra', 'view', 'tat_ca'],
        ['extra', 'index', 'lạ'],
        ['extra', 'trigger', 'xoa'],
      ]);
    } finally {
      db.close();
    }
  });

  it('a changed definition and a dropped object are named too', () => {
    const db = openRaw(':memory:');
    try {
      migrate(db);
      const index = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL LIMIT 1")
        .pluck()
        .get() as string;
      db.exec(`DROP INDEX "${index}"`);
      db.exec('CREATE TABLE IF NOT EXISTS x (a)');
      expect(schemaProblems(db).map((p) => [p.kind, p.object.name])).toEqual(
        expect.arrayContaining([
          ['missing', index],
          ['extra', 'x'],
        ]),
      );
    } finally {
      db.close();
    }
  });
});
