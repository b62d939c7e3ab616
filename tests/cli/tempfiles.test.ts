import { openRaw } from '../../db/open';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plainFileProtector } from '../../db/keys/keystore';
import { migrate } from '../../db/migrations/migrate';
import { databasePath, openApp } from '../../electron/core/app';
import { ROOT, expectOk, initArgs, qcdc, tempFolders } from './helpers';

// Issue 16, item 2 (temp files and permissions): a backup or restore killed halfway leaves its
// full-data temporary copy owner-only, and the next start removes it; kept copies and the data
// folder are owner-only.

const folders = tempFolders();
afterAll(() => folders.cleanup());

const mode = (path: string) => statSync(path).mode & 0o777;

/** The id of a process that has ended (so no running writer owns files named after it). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid!;
}

/** A commune whose database is large enough for a backup to be caught in the middle. */
async function bigCommune(dir: string): Promise<string> {
  const dataDir = join(dir, 'xa');
  expectOk(await qcdc(initArgs(dataDir, 'commune', '06184', 'Xã Tân Hưng')));
  const db = openRaw(databasePath(dataDir));
  // Ballast of random text (not sparse): VACUUM INTO copies every page of it. It sits in a table the
  // migrations make: an added table would be refused as a foreign schema object.
  const insert = db.prepare('INSERT INTO setting (key, value) VALUES (?, hex(randomblob(524288)))');
  db.transaction(() => {
    for (let i = 0; i < 400; i++) insert.run(`ballast-${i}`);
  })();
  db.close();
  return dataDir;
}

/** Runs `qcdc backup` and kills it with SIGKILL as soon as its temporary file appears. */
function backupKilledMidway(dataDir: string, out: string): Promise<string[]> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'electron/cli/main.ts'), 'backup', '--data', dataDir, '--out', out],
      { cwd: ROOT, stdio: 'ignore' },
    );
    let seen: string[] = [];
    const outDir = join(out, '..');
    const poll = setInterval(() => {
      seen = readdirSync(outDir).filter((f) => f.includes('.backup-') && f.endsWith('.tmp'));
      if (seen.length > 0) child.kill('SIGKILL');
    }, 2);
    child.on('close', () => {
      clearInterval(poll);
      done(seen.map((f) => join(outDir, f)));
    });
  });
}

describe('temporary copies and permissions', () => {
  it('a backup killed halfway: its copy is owner-only, listed in the ledger, and swept at the next start', async () => {
    const dir = folders.make();
    const dataDir = await bigCommune(dir);
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    const out = join(usb, 'sao-luu.qcdcbak');
    const leftovers = await backupKilledMidway(dataDir, out);
    expect(leftovers.length, 'the backup was not caught in the middle').toBe(1);
    const tmp = leftovers[0]!;
    expect(existsSync(tmp)).toBe(true);
    expect(mode(tmp)).toBe(0o600);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(join(dataDir, 'pending-temp'))).toHaveLength(1);

    // The next start (any command opening the installation) removes it.
    expectOk(await qcdc(['check', '--data', dataDir]));
    expect(existsSync(tmp)).toBe(false);
    expect(readdirSync(join(dataDir, 'pending-temp'))).toEqual([]);

    // A backup that completes leaves no temporary file, and its copy is owner-only.
    expectOk(await qcdc(['backup', '--data', dataDir, '--out', out]));
    expect(mode(out)).toBe(0o600);
    expect(readdirSync(usb)).toEqual(['sao-luu.qcdcbak']);
    expect(readdirSync(join(dataDir, 'pending-temp'))).toEqual([]);
  }, 120_000);

  it("sweeps a killed restore's copies in the data folder, leaving a running writer's and other files alone", () => {
    const dir = folders.make();
    const dataDir = join(dir, 'du-lieu');
    openApp({ dataDir, keyProtector: plainFileProtector, user: 'kiểm thử' }).close();
    const dead = deadPid();
    const stamp = Date.now();
    const stale = [
      join(dataDir, `qcdc.sqlite.restore-${dead}-${stamp}.tmp`),
      join(dataDir, `qcdc.sqlite.restore-${dead}-${stamp}.tmp-journal`),
      join(dataDir, 'communes', `12345.sqlite.restore-${dead}-${stamp}.tmp`),
      join(dataDir, 'backups', `x.sqlite.xa-12345-${dead}-${stamp}.tmp`),
    ];
    const kept = [
      join(dataDir, `qcdc.sqlite.restore-${process.pid}-${stamp}.tmp`),
      join(dataDir, 'backups', 'ghi-chu.tmp.txt'),
      join(dataDir, 'backups', 'truoc-khoi-phuc-2026.sqlite'),
    ];
    mkdirSync(join(dataDir, 'communes'), { recursive: true });
    for (const f of [...stale, ...kept]) writeFileSync(f, 'bản sao đầy đủ');
    // A ledger entry naming a file outside the data folder that is no temporary file is never followed.
    const outside = join(dir, 'khong-phai-tam.sqlite');
    writeFileSync(outside, 'tệp của người dùng');
    mkdirSync(join(dataDir, 'pending-temp'), { recursive: true });
    writeFileSync(join(dataDir, 'pending-temp', `${dead}-abc.json`), JSON.stringify({ path: outside }));

    openApp({ dataDir, keyProtector: plainFileProtector, user: 'kiểm thử' }).close();
    for (const f of stale) expect(existsSync(f), f).toBe(false);
    for (const f of [...kept, outside]) expect(existsSync(f), f).toBe(true);
    expect(readdirSync(join(dataDir, 'pending-temp'))).toEqual([]);
  });

  it('keeps the data folder, backups and the copies kept before a restore or a migration owner-only', async () => {
    const dir = folders.make();
    const dataDir = join(dir, '.qcdc-web');
    mkdirSync(join(dataDir, 'backups'), { recursive: true, mode: 0o755 });
    expect(mode(dataDir)).toBe(0o755);
    openApp({ dataDir, keyProtector: plainFileProtector, user: 'web' }).close();
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, 'backups'))).toBe(0o700);

    const xa = join(dir, 'xa');
    expectOk(await qcdc(initArgs(xa, 'commune', '06184', 'Xã Tân Hưng')));
    const backup = join(dir, 'sao-luu.sqlite');
    expectOk(await qcdc(['backup', '--data', xa, '--out', backup]));
    expectOk(await qcdc(['restore', '--data', xa, backup]));
    const kept = readdirSync(join(xa, 'backups')).filter((f) => f.startsWith('truoc-khoi-phuc-'));
    expect(kept).toHaveLength(1);
    expect(mode(join(xa, 'backups', kept[0]!))).toBe(0o600);
    expect(mode(databasePath(xa))).toBe(0o600);
    expect(readdirSync(xa).filter((f) => f.includes('.tmp'))).toEqual([]);

    const db = openRaw(join(dir, 'cu.sqlite'));
    db.pragma('user_version = 1');
    const copy = join(dir, 'truoc-nang-cap.sqlite');
    migrate(db, {
      backupPath: () => copy,
      migrations: [
        { version: 1, name: 'mot', up: () => undefined },
        { version: 2, name: 'hai', up: (d) => void d.exec('CREATE TABLE t (x)') },
      ],
    });
    db.close();
    expect(mode(copy)).toBe(0o600);
  }, 120_000);
});
