import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KDF_COST } from '../../db/access/kdf';
import { plainFileProtector } from '../../db/keys/keystore';
import { openRaw } from '../../db/open';
import { openApp } from '../../electron/core/app';
import { runCli } from '../../electron/cli/run';
import type { Io } from '../../electron/cli/io';
import { tempFolders } from './helpers';

// Issue 12 acceptance through the command line, in process (cheap KDF, short delays): a protected
// installation keeps no record text readable in any file of its folder, its WAL or a backup; every
// command needs an account; a clerk cannot manage accounts; the recovery code opens it again.

const SENTINEL_NAME = 'Quàng Thị Sentinelname';
const SENTINEL_SUMMARY = 'Tranh chấp mương nước Zyxwvsentinel';
const delays: number[] = [];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    errIsTTY: false,
    access: { kdfCost: TEST_KDF_COST, retryDelayMs: (n) => (delays.push(n), 5 * n) },
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

function expectCode(run: Run, code: number): void {
  expect(run.code, `${run.stderr}\n${run.stdout}`).toBe(code);
}

const temp = tempFolders();
afterAll(() => temp.cleanup());

let work: string;
let data: string;
let adminPw: string;
let clerkPw: string;
let wrongPw: string;
let recoveryCode: string;
const admin = (...extra: string[]) => ['--user', 'Nguyễn Văn Quản', '--password-file', adminPw, ...extra];

/** Every file under a folder (recursively). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The files whose bytes contain the sentinel (as UTF-8, and as UTF-16 for good measure). */
function leaks(files: string[]): string[] {
  const needles = [SENTINEL_NAME, SENTINEL_SUMMARY, 'Sentinelname', 'Zyxwvsentinel'].flatMap((s) => [
    Buffer.from(s, 'utf8'),
    Buffer.from(s, 'utf16le'),
  ]);
  return files.filter((f) => {
    const bytes = readFileSync(f);
    return needles.some((n) => bytes.includes(n));
  });
}

beforeAll(async () => {
  work = temp.make();
  data = join(work, 'xa');
  adminPw = join(work, 'admin.txt');
  clerkPw = join(work, 'clerk.txt');
  wrongPw = join(work, 'wrong.txt');
  writeFileSync(adminPw, 'hoa ban nở trắng đồi xa\n');
  writeFileSync(clerkPw, 'suối reo bên bản nhỏ\n');
  writeFileSync(wrongPw, 'không phải mật khẩu này\n');
  const init = await cli(
    'init',
    '--data',
    data,
    '--role',
    'commune',
    '--code',
    '06184',
    '--name',
    'Xã Thử',
    '--admin',
    'Nguyễn Văn Quản',
    '--password-file',
    adminPw,
    '--json',
  );
  expectCode(init, 0);
  recoveryCode = (JSON.parse(init.stdout) as { recoveryCode: string }).recoveryCode;
  expect(recoveryCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$/);
  expect(init.stderr).toContain(recoveryCode);
  const records = [
    { kind: 'community', name: 'Thôn Nà Sản', type: 'thon', households: 80 },
    {
      kind: 'mediation_case',
      community: 'Thôn Nà Sản',
      receivedOn: '2026-02-03',
      category: 'mau_thuan',
      summary: SENTINEL_SUMMARY,
      status: 'thanh',
      closedOn: '2026-02-20',
      parties: [{ name: SENTINEL_NAME }, { name: 'Hoàng Thị B' }],
    },
  ];
  writeFileSync(join(work, 'records.ndjson'), `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  expectCode(await cli('records', 'import', '--data', data, join(work, 'records.ndjson'), ...admin()), 0);
}, 120_000);

describe('qcdc on a protected installation (issue 12)', () => {
  it('init without --admin stays unprotected and says so', async () => {
    const run = await cli(
      'init',
      '--data',
      join(work, 'tap-huan'),
      '--role',
      'commune',
      '--code',
      '06185',
      '--name',
      'Xã Tập Huấn',
    );
    expectCode(run, 0);
    expect(run.stderr).toContain('KHÔNG được bảo vệ');
    expect(
      readFileSync(join(work, 'tap-huan', 'qcdc.sqlite'))
        .subarray(0, 15)
        .toString('latin1'),
    ).toBe('SQLite format 3');
  });

  it('refuses a weak first password before creating anything', async () => {
    const weak = join(work, 'weak.txt');
    writeFileSync(weak, '123456\n');
    const dir = join(work, 'yeu');
    const run = await cli(
      'init',
      '--data',
      dir,
      '--role',
      'commune',
      '--code',
      '06186',
      '--name',
      'Xã Yếu',
      '--admin',
      'A Quản',
      '--password-file',
      weak,
    );
    expectCode(run, 1);
    expect(run.stderr).toContain('ít nhất 10 ký tự');
    expect(existsSync(dir)).toBe(false);
  });

  it('the database is not a plain SQLite file and opens with no key', () => {
    const file = join(data, 'qcdc.sqlite');
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toContain('SQLite format');
    expect(() => openRaw(file, { readonly: true })).toThrow();
  });

  it('exit 2 without credentials, exit 3 with wrong ones after a growing delay', async () => {
    for (const argv of [
      ['report', '--data', data, '--from', '2026-01-01', '--to', '2026-12-31'],
      ['check', '--data', data],
      ['backup', '--data', data, '--out', join(work, 'x.bak')],
    ]) {
      const run = await cli(...argv);
      expectCode(run, 2);
      expect(run.stderr).toContain('--user');
    }
    delays.length = 0;
    const first = await cli('check', '--data', data, '--user', 'Nguyễn Văn Quản', '--password-file', wrongPw);
    const second = await cli('check', '--data', data, '--user', 'không có ai', '--password-file', adminPw);
    expectCode(first, 3);
    expectCode(second, 3);
    expect(first.stderr).toContain('Sai tên tài khoản hoặc mật khẩu');
    expect(delays).toEqual([1, 2]);
    // A success resets the count.
    expectCode(await cli('check', '--data', data, ...admin()), 0);
    await cli('check', '--data', data, '--user', 'Nguyễn Văn Quản', '--password-file', wrongPw);
    expect(delays).toEqual([1, 2, 1]);
  });

  it('report, check and backup work with the right account (names folded, from the environment too)', async () => {
    const report = await cli(
      'report',
      '--data',
      data,
      '--from',
      '2026-01-01',
      '--to',
      '2026-12-31',
      '--json',
      '--user',
      'nguyen van quan',
      '--password-file',
      adminPw,
    );
    expectCode(report, 0);
    expect(JSON.parse(report.stdout)).toMatchObject({ mediation: { received: 1 } });
    process.env.QCDC_USER = 'Nguyễn Văn Quản';
    process.env.QCDC_PASSWORD_FILE = adminPw;
    try {
      expectCode(await cli('check', '--data', data, '--json'), 0);
    } finally {
      delete process.env.QCDC_USER;
      delete process.env.QCDC_PASSWORD_FILE;
    }
  });

  it('a clerk signs in, but cannot manage accounts (exit 3) nor restore', async () => {
    // For `user add` --password-file is the new account's; the administrator's comes from the environment.
    const added = await withEnv({ QCDC_PASSWORD_FILE: adminPw }, () =>
      cli(
        'user',
        'add',
        '--data',
        data,
        '--name',
        'Lò Thị Cán',
        '--role',
        'can_bo',
        '--modules',
        'mediation',
        '--password-file',
        clerkPw,
        '--user',
        'Nguyễn Văn Quản',
      ),
    );
    expectCode(added, 0);
    const clerk = ['--user', 'Lò Thị Cán', '--password-file', clerkPw];
    expectCode(await cli('report', '--data', data, '--from', '2026-01-01', '--to', '2026-12-31', ...clerk), 0);
    const refused = await withEnv({ QCDC_USER: 'Lò Thị Cán', QCDC_PASSWORD_FILE: clerkPw }, () =>
      cli('user', 'add', '--data', data, '--name', 'Kẻ Lạ', '--role', 'quan_tri', '--password-file', clerkPw),
    );
    expectCode(refused, 3);
    expect(refused.stderr).toContain('không có quyền');
    expectCode(await cli('keys', 'export', '--data', data, '--out', join(work, 'khoa'), ...clerk), 3);
    const list = await cli('user', 'list', '--data', data, '--json', ...admin());
    expectCode(list, 0);
    expect(
      (JSON.parse(list.stdout) as { accounts: { name: string; role: string }[] }).accounts.map((a) => [a.name, a.role]),
    ).toEqual([
      ['Nguyễn Văn Quản', 'quan_tri'],
      ['Lò Thị Cán', 'can_bo'],
    ]);
  });

  it('leaves no record text in any file of the data folder, its WAL, or a backup', async () => {
    const backup = join(work, 'sao-luu.qcdcbak');
    expectCode(await cli('backup', '--data', data, '--out', backup, ...admin()), 0);
    expect(readFileSync(backup).subarray(0, 14).toString('latin1')).toBe('qcdc.backup/2\n');
    // A second write with the app open, so the WAL holds the newest pages while the files are read.
    const app = openApp({ dataDir: data, keyProtector: plainFileProtector, access: { kdfCost: TEST_KDF_COST } });
    try {
      await app.access.signIn('Nguyễn Văn Quản', 'hoa ban nở trắng đồi xa');
      const community = (await app.dispatch('community.list', {})) as { ok: true; value: { items: { id: string }[] } };
      const created = await app.dispatch('mediation.createCase', {
        communityId: community.value.items[0]!.id,
        receivedOn: '2026-03-01',
        category: 'dan_su',
        summary: `${SENTINEL_SUMMARY} lần hai`,
        status: 'dang_hoa_giai',
        parties: [{ name: SENTINEL_NAME }],
      });
      expect(created.ok, JSON.stringify(created)).toBe(true);
      const files = filesUnder(data);
      expect(files.some((f) => f.endsWith('qcdc.sqlite-wal') && statSync(f).size > 0)).toBe(true);
      expect(leaks([...files, backup])).toEqual([]);
    } finally {
      app.close();
    }
    expect(leaks(filesUnder(data))).toEqual([]);
  });

  it('exports a bundle with an account that may send; a clerk may not', async () => {
    const office = join(work, 'so');
    const communeCard = join(work, 'the-xa.json');
    const officeCard = join(work, 'the-so.json');
    expectCode(
      await cli('init', '--data', office, '--role', 'office', '--code', 'STP-TS', '--name', 'Sở Tư pháp tỉnh Thử'),
      0,
    );
    expectCode(await cli('card', '--data', data, '--out', communeCard, ...admin()), 0);
    expectCode(await cli('card', '--data', office, '--out', officeCard), 0);
    expectCode(await cli('enroll', '--data', office, communeCard), 0);
    expectCode(await cli('enroll', '--data', data, officeCard, '--user', 'Lò Thị Cán', '--password-file', clerkPw), 3);
    expectCode(await cli('enroll', '--data', data, officeCard, ...admin()), 0);
    const bundle = join(work, 'goi.qcdc');
    expectCode(
      await cli(
        'bundle',
        'export',
        '--data',
        data,
        '--out',
        bundle,
        '--user',
        'Lò Thị Cán',
        '--password-file',
        clerkPw,
      ),
      3,
    );
    const sent = await cli('bundle', 'export', '--data', data, '--out', bundle, '--json', ...admin());
    expectCode(sent, 0);
    expect(JSON.parse(sent.stdout)).toMatchObject({ changes: expect.any(Number) });
    const imported = await cli('bundle', 'import', '--data', office, bundle, '--json');
    expectCode(imported, 0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ bundles: [{ commune: '06184', duplicate: false }] });
  });

  it('restores a protected backup only with an administrator password of that backup', async () => {
    const backup = join(work, 'sao-luu-2.qcdcbak');
    expectCode(await cli('backup', '--data', data, '--out', backup, ...admin()), 0);
    const fresh = join(work, 'may-moi');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(fresh);
    expectCode(await cli('restore', '--data', fresh, backup), 2);
    expectCode(await cli('restore', '--data', fresh, backup, '--user', 'Lò Thị Cán', '--password-file', clerkPw), 3);
    expectCode(
      await cli('restore', '--data', fresh, backup, '--user', 'Nguyễn Văn Quản', '--password-file', wrongPw),
      3,
    );
    const restored = await cli('restore', '--data', fresh, backup, '--json', ...admin());
    expectCode(restored, 0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ restored: true, code: '06184' });
    const report = await cli(
      'report',
      '--data',
      fresh,
      '--from',
      '2026-01-01',
      '--to',
      '2026-12-31',
      '--json',
      ...admin(),
    );
    expectCode(report, 0);
    expect(JSON.parse(report.stdout)).toMatchObject({ mediation: { received: 2 } });
    expect(leaks(filesUnder(fresh))).toEqual([]);
    // A plain backup does not go over a protected installation.
    const plain = join(work, 'tap-huan-bak.sqlite');
    expectCode(await cli('backup', '--data', join(work, 'tap-huan'), '--out', plain), 0);
    expectCode(await cli('restore', '--data', fresh, plain, ...admin()), 1);
  });

  it('the recovery code restores access when every password is lost; a wrong code does not', async () => {
    const codeFile = join(work, 'ma.txt');
    const newPw = join(work, 'new.txt');
    writeFileSync(newPw, 'mưa rừng qua núi đá\n');
    writeFileSync(codeFile, 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF\n');
    expectCode(
      await cli(
        'user',
        'reset',
        '--data',
        data,
        '--recovery-code-file',
        codeFile,
        '--name',
        'Nguyễn Văn Quản',
        '--password-file',
        newPw,
      ),
      3,
    );
    // Typed from the paper sheet: lower case, spaces instead of dashes.
    writeFileSync(codeFile, `${recoveryCode.toLowerCase().replace(/-/g, ' ')}\n`);
    expectCode(
      await cli(
        'user',
        'reset',
        '--data',
        data,
        '--recovery-code-file',
        codeFile,
        '--name',
        'Nguyễn Văn Quản',
        '--password-file',
        newPw,
      ),
      0,
    );
    expectCode(await cli('check', '--data', data, ...admin()), 3);
    expectCode(await cli('check', '--data', data, '--user', 'Nguyễn Văn Quản', '--password-file', newPw), 0);
    adminPw = newPw;
  });

  it('disabling an account removes its access; a password change re-wraps the key only', async () => {
    expectCode(await cli('user', 'disable', '--data', data, '--name', 'Lò Thị Cán', ...admin()), 0);
    expectCode(await cli('check', '--data', data, '--user', 'Lò Thị Cán', '--password-file', clerkPw), 3);
    const db = readFileSync(join(data, 'qcdc.sqlite'));
    const next = join(work, 'next.txt');
    writeFileSync(next, 'trăng lên đỉnh núi cao\n');
    expectCode(
      await withEnv({ QCDC_USER: 'Nguyễn Văn Quản', QCDC_PASSWORD_FILE: adminPw }, () =>
        cli('user', 'password', '--data', data, '--name', 'Nguyễn Văn Quản', '--password-file', next),
      ),
      0,
    );
    expect(readFileSync(join(data, 'qcdc.sqlite')).subarray(0, 1024).equals(db.subarray(0, 1024))).toBe(true);
    expectCode(await cli('check', '--data', data, '--user', 'Nguyễn Văn Quản', '--password-file', next), 0);
    adminPw = next;
  });
});

async function withEnv<T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
