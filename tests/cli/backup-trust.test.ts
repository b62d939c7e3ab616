import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KDF_COST } from '../../db/access/kdf';
import { createInstallationKeys } from '../../db/keys/keystore';
import { sealKeysWithPassphrase } from '../../db/maintenance/backupKeys';
import { BACKUP_TABLES } from '../../db/maintenance/backupTables';
import { checkDatabase } from '../../db/maintenance/check';
import { openRaw, queryBuilder } from '../../db/open';
import type { Io } from '../../electron/cli/io';
import { runCli } from '../../electron/cli/run';
import {
  addSpyTrigger,
  chainHeadOf,
  editBody,
  joinBackup,
  resignedWith,
  rewriteHistory,
  splitBackup,
  withUpdatedManifest,
} from '../helpers/backupFile';
import { initArgs, runProgram, tempFolders } from './helpers';

// Issue 16 point 2, "trusted backups", through `qcdc restore` run in process: a backup is signed by
// the installation's key; a restore refuses an unsigned, foreign or altered backup, any schema object
// the migrations do not create, and a rewritten history, with the live database byte for byte unchanged.

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
    access: { kdfCost: TEST_KDF_COST, retryDelayMs: () => 1 },
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
let a: string;
let aBackup: string;
let passFile: string;

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** Every file of the database: the restore must leave all of them as they were. */
const liveState = (dir: string) =>
  ['qcdc.sqlite', 'qcdc.sqlite-wal']
    .map((f) => join(dir, f))
    .map((f) => (existsSync(f) ? sha(f) : '-'))
    .join(' ');

async function makeCommune(dir: string, code: string, name: string, init: string[] = [], creds: string[] = []) {
  expectCode(await cli(...initArgs(dir, 'commune', code, name), ...init), 0);
  const lines = join(work, `${code}.ndjson`);
  writeFileSync(
    lines,
    ['Thôn Nà Pàn', 'Thôn Khuổi Hẩu']
      .map((n) => JSON.stringify({ kind: 'community', name: n, type: 'thon', households: 40 }))
      .join('\n'),
  );
  expectCode(await cli('records', 'import', '--data', dir, lines, ...creds), 0);
}

beforeAll(async () => {
  work = temp.make();
  a = join(work, 'xa-a');
  passFile = join(work, 'cum-mat-khau.txt');
  writeFileSync(passFile, 'Đồng Đăng mùa lúa 2026\n');
  await makeCommune(a, '06184', 'Xã Tân Hưng');
  aBackup = join(work, 'sao-luu', 'a.qcdcbak');
  expectCode(await cli('backup', '--data', a, '--out', aBackup), 0);
});

/** Restores into `a` and checks the refusal left the live database as it was. */
async function refusedInto(dir: string, file: string, code: number, ...extra: string[]): Promise<Run> {
  const before = liveState(dir);
  const run = await cli('restore', '--data', dir, file, ...extra);
  expectCode(run, code);
  expect(liveState(dir)).toBe(before);
  return run;
}

describe('the signed manifest', () => {
  it('verifies with the real minisign against the card, and names the SHA-256 of the data', async () => {
    const dir = join(work, 'kiem-tra-tay');
    mkdirSync(dir);
    const parts = splitBackup(aBackup);
    expect(parts.formatLine).toBe('qcdc.backup/2');
    writeFileSync(join(dir, 'manifest.json'), parts.header.manifest);
    writeFileSync(join(dir, 'manifest.json.minisig'), parts.header.minisig);
    const card = join(dir, 'the.json');
    expectCode(await cli('card', '--data', a, '--out', card), 0);
    writeFileSync(
      join(dir, 'xa.pub'),
      (JSON.parse(readFileSync(card, 'utf8')) as { minisignPublicKey: string }).minisignPublicKey,
    );
    const run = runProgram('minisign', ['-Vm', 'manifest.json', '-p', 'xa.pub'], dir);
    expect(run.status, run.output).toBe(0);
    const manifest = JSON.parse(parts.header.manifest) as { body: { sha256: string }; chain: { seq: number } };
    expect(run.output).toContain(`qcdc.backup/2 commune 06184 seq ${manifest.chain.seq} body ${manifest.body.sha256}`);
    expect(createHash('sha256').update(parts.body).digest('hex')).toBe(manifest.body.sha256);
  });
});

describe('a backup with an added table and trigger', () => {
  it('is refused even when the installation itself signed it (the trigger was in the live database)', async () => {
    // Someone with access to the files plants the probe's trigger; the next backup faithfully signs it.
    const planted = join(work, 'xa-a-bi-cai');
    cpSync(a, planted, { recursive: true });
    const db = openRaw(join(planted, 'qcdc.sqlite'));
    addSpyTrigger(db);
    db.close();
    // `check` now sees it (it said ok before).
    const check = await cli('check', '--data', planted, '--json');
    expectCode(check, 1);
    expect(JSON.parse(check.stdout).problems).toContainEqual(
      expect.objectContaining({ code: 'schema', entity: 'spy_copy' }),
    );
    const file = join(work, 'co-trigger.qcdcbak');
    const made = await cli('backup', '--data', planted, '--out', file);
    expectCode(made, 0);
    expect(made.stderr).toContain('sẽ bị từ chối khi khôi phục');

    const run = await refusedInto(a, file, 1, '--json');
    const json = JSON.parse(run.stdout) as { restored: boolean; problems: { code: string; message: string }[] };
    expect(json.restored).toBe(false);
    expect(json.problems.map((p) => p.message).join('\n')).toMatch(
      /trigger \(lệnh tự chạy khi ghi dữ liệu\) "spy_copy"/,
    );
    expect(json.problems.map((p) => p.message).join('\n')).toMatch(/bảng "spy"/);
  });

  it('is refused when added to the file after signing (exit 3), the live database unchanged', async () => {
    const parts = editBody(splitBackup(aBackup), join(work, 'body.sqlite'), null, addSpyTrigger);
    const file = join(work, 'them-trigger.qcdcbak');
    joinBackup(file, parts);
    const run = await refusedInto(a, file, 3);
    expect(run.stderr).toContain('đã bị sửa đổi hoặc bị hỏng');
  });
});

describe('a backup whose history was rewritten with the chain recomputed', () => {
  let forged: ReturnType<typeof splitBackup>;

  beforeAll(() => {
    forged = editBody(splitBackup(aBackup), join(work, 'forged.sqlite'), null, rewriteHistory);
    // The unkeyed chain is consistent again: the database's own check cannot tell.
    const db = openRaw(join(work, 'forged.sqlite'));
    try {
      expect(checkDatabase({ raw: db, qb: queryBuilder(), key: null }, { schema: { allowed: BACKUP_TABLES } }).ok).toBe(
        true,
      );
    } finally {
      db.close();
    }
  });

  it('is refused with the original manifest (the signed SHA-256 of the data)', async () => {
    const file = join(work, 'viet-lai-1.qcdcbak');
    joinBackup(file, forged);
    expect((await refusedInto(a, file, 3)).stderr).toContain('mã băm của phần dữ liệu không khớp');
  });

  it('is refused with the manifest updated to the new data and chain head (the signature)', async () => {
    const db = openRaw(join(work, 'forged.sqlite'), { readonly: true });
    const head = chainHeadOf(db);
    db.close();
    const file = join(work, 'viet-lai-2.qcdcbak');
    joinBackup(file, withUpdatedManifest(forged, head));
    expect((await refusedInto(a, file, 3)).stderr).toContain('chữ ký không hợp lệ');
  });

  it('is refused when signed again with another key, over the installation and on a new folder', async () => {
    const keys = await createInstallationKeys();
    const db = openRaw(join(work, 'forged.sqlite'), { readonly: true });
    const head = chainHeadOf(db);
    db.close();
    // The forger also puts their own keys in, under a passphrase they know.
    const box = await sealKeysWithPassphrase(keys, 'cụm mật khẩu của kẻ giả', TEST_KDF_COST);
    const file = join(work, 'viet-lai-3.qcdcbak');
    joinBackup(file, resignedWith(withUpdatedManifest(forged, head), keys, box));
    expect((await refusedInto(a, file, 1)).stderr).toContain('ký bằng một khóa khác');

    // On a new folder the fingerprint from the printed sheet is the anchor: the forger's is not it.
    const card = join(work, 'the-a.json');
    expectCode(await cli('card', '--data', a, '--out', card), 0);
    const fingerprint = (JSON.parse(readFileSync(card, 'utf8')) as { fingerprint: string }).fingerprint;
    const fresh = join(work, 'may-moi-gia');
    mkdirSync(fresh);
    const run = await cli('restore', '--data', fresh, file, '--fingerprint', fingerprint);
    expectCode(run, 1);
    expect(run.stderr).toContain('dấu vân tay nhập vào');
    expect(existsSync(join(fresh, 'keys', 'secret.json'))).toBe(false);
  });
});

describe("another unit's backup", () => {
  let b: string;
  let office: string;

  beforeAll(async () => {
    b = join(work, 'xa-b');
    await makeCommune(b, '06185', 'Xã Bình Minh');
    office = join(work, 'so');
    expectCode(await cli(...initArgs(office, 'office', 'STP-LS', 'Sở Tư pháp tỉnh Lạng Sơn')), 0);
  });

  it("another commune's backup is refused by name (exit 1)", async () => {
    const file = join(work, 'b.qcdcbak');
    expectCode(await cli('backup', '--data', b, '--out', file), 0);
    const run = await refusedInto(a, file, 1, '--json');
    expect(JSON.parse(run.stdout)).toMatchObject({ restored: false, code: 'INVALID_INPUT' });
    const text = await refusedInto(a, file, 1);
    expect(text.stderr).toContain(
      'đây là bản sao lưu của xã "Xã Bình Minh" (mã 06185), không phải của xã "Xã Tân Hưng" (mã 06184)',
    );
  });

  it("an office's backup is refused for a commune (exit 1)", async () => {
    const file = join(work, 'so.qcdcbak');
    expectCode(await cli('backup', '--data', office, '--out', file), 0);
    const run = await refusedInto(a, file, 1);
    expect(run.stderr).toContain('cơ quan nhận báo cáo "Sở Tư pháp tỉnh Lạng Sơn" (mã STP-LS)');
  });

  it('a commune set up again with the same code but new keys does not take the old backup over it', async () => {
    const again = join(work, 'xa-a-cai-lai');
    await makeCommune(again, '06184', 'Xã Tân Hưng');
    const run = await refusedInto(again, aBackup, 1);
    expect(run.stderr).toContain('ký bằng một khóa khác');
    expect(run.stderr).toContain('thư mục dữ liệu trống');
  });
});

describe('backups made before signing (old format)', () => {
  let old: string;

  beforeAll(() => {
    old = join(work, 'cu.sqlite');
    const db = openRaw(join(a, 'qcdc.sqlite'));
    db.prepare('VACUUM INTO ?').run(old);
    db.close();
  });

  it('are refused unless --allow-unsigned is given, then restored with a warning', async () => {
    const refused = await refusedInto(a, old, 1);
    expect(refused.stderr).toContain('không có chữ ký của cài đặt');
    const run = await cli('restore', '--data', a, old, '--allow-unsigned', '--json');
    expectCode(run, 0);
    expect(run.stderr).toContain('Lưu ý: bản sao lưu không có chữ ký');
    expect(JSON.parse(run.stdout)).toMatchObject({ restored: true, trust: 'unsigned' });
    expectCode(await cli('check', '--data', a), 0);
  });

  it("are still refused when they hold another unit's data or an added trigger", async () => {
    const other = join(work, 'cu-b.sqlite');
    const db = openRaw(join(work, 'xa-b', 'qcdc.sqlite'));
    db.prepare('VACUUM INTO ?').run(other);
    db.close();
    expect((await refusedInto(a, other, 1, '--allow-unsigned')).stderr).toContain('(mã 06185)');
    const spied = join(work, 'cu-trigger.sqlite');
    cpSync(old, spied);
    const s = openRaw(spied);
    addSpyTrigger(s);
    s.close();
    expect((await refusedInto(a, spied, 1, '--allow-unsigned')).stderr).toContain('không đạt kiểm tra');
  });
});

describe('a new data folder (a dead laptop)', () => {
  it('a protected backup comes back whole with its keys, opened by an administrator of the backup', async () => {
    const pw = join(work, 'admin.txt');
    writeFileSync(pw, 'hoa ban nở trắng đồi xa\n');
    const admin = ['--user', 'Nguyễn Văn Quản', '--password-file', pw];
    const p = join(work, 'xa-bao-ve');
    await makeCommune(p, '06186', 'Xã Hữu Lũng', ['--admin', 'Nguyễn Văn Quản', '--password-file', pw], admin);
    const file = join(work, 'bao-ve.qcdcbak');
    expectCode(await cli('backup', '--data', p, '--out', file, ...admin), 0);
    const cardBefore = join(work, 'the-truoc.json');
    expectCode(await cli('card', '--data', p, '--out', cardBefore, ...admin), 0);

    const fresh = join(work, 'may-moi');
    mkdirSync(fresh);
    expectCode(await cli('restore', '--data', fresh, file), 2);
    const preview = await cli('restore', '--data', fresh, file, '--dry-run', '--json', ...admin);
    expectCode(preview, 0);
    expect(JSON.parse(preview.stdout)).toMatchObject({
      dryRun: true,
      preview: { trust: 'backup-keys', code: '06186', hasKeys: true, administrators: ['Nguyễn Văn Quản'] },
    });
    expect(existsSync(join(fresh, 'keys', 'secret.json'))).toBe(false);
    const run = await cli('restore', '--data', fresh, file, '--json', ...admin);
    expectCode(run, 0);
    expect(JSON.parse(run.stdout)).toMatchObject({ restored: true, keysRestored: true, trust: 'backup-keys' });
    const cardAfter = join(work, 'the-sau.json');
    expectCode(await cli('card', '--data', fresh, '--out', cardAfter, ...admin), 0);
    expect(readFileSync(cardAfter, 'utf8')).toBe(readFileSync(cardBefore, 'utf8'));
    expectCode(await cli('check', '--data', fresh, ...admin), 0);
  });

  it('an unprotected backup needs its passphrase or the fingerprint; without either it is refused', async () => {
    const withKeys = join(work, 'kem-khoa.qcdcbak');
    expectCode(await cli('backup', '--data', a, '--out', withKeys, '--passphrase-file', passFile), 0);
    const empty = join(work, 'trong-1');
    mkdirSync(empty);
    expect((await refusedInto(empty, aBackup, 1)).stderr).toContain('dấu vân tay in trên phiếu khôi phục');
    const wrong = join(work, 'sai.txt');
    writeFileSync(wrong, 'không phải cụm mật khẩu này\n');
    expectCode(await cli('restore', '--data', empty, withKeys, '--passphrase-file', wrong), 3);
    const run = await cli('restore', '--data', empty, withKeys, '--passphrase-file', passFile, '--json');
    expectCode(run, 0);
    expect(JSON.parse(run.stdout)).toMatchObject({ keysRestored: true, trust: 'backup-keys' });
    expectCode(await cli('check', '--data', empty), 0);

    const card = join(work, 'the-a-2.json');
    expectCode(await cli('card', '--data', a, '--out', card), 0);
    const fingerprint = (JSON.parse(readFileSync(card, 'utf8')) as { fingerprint: string }).fingerprint;
    const other = join(work, 'trong-2');
    mkdirSync(other);
    const byFingerprint = await cli('restore', '--data', other, aBackup, '--fingerprint', fingerprint.toLowerCase());
    expectCode(byFingerprint, 0);
    expect(byFingerprint.stderr).toContain('chưa có khóa của cài đặt');
  });
});

describe('what a restore leaves behind', () => {
  it('no temporary file; the copy of the replaced installation is a private, signed backup', async () => {
    const run = await cli('restore', '--data', a, aBackup, '--json');
    expectCode(run, 0);
    const previous = (JSON.parse(run.stdout) as { previous: string }).previous;
    expect(previous).toMatch(/backups[/\\]truoc-khoi-phuc-.*\.qcdcbak$/);
    expect(statSync(previous).mode & 0o077).toBe(0);
    expect(readFileSync(previous).subarray(0, 14).toString('latin1')).toBe('qcdc.backup/2\n');
    // Undoing the restore is an ordinary restore.
    expectCode(await cli('restore', '--data', a, previous, '--dry-run'), 0);
    const leftovers = [a, join(a, 'backups')].flatMap((d) => readdirSync(d).filter((f) => f.includes('.tmp')));
    expect(leftovers).toEqual([]);
  });
});
