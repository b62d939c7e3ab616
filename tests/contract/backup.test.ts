import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../shared/contract/result';
import { TEST_KDF_COST } from '../../db/access/kdf';
import { plainFileProtector } from '../../db/keys/keystore';
import { startBridge } from '../../electron/bridge/server';
import { openApp, type AppInstance } from '../../electron/core/app';
import { err, ok, tempDir } from '../helpers/app';

// Issue 15 point 1, the calls behind Cài đặt → Sao lưu and the first screen's restore, over the
// in-process dispatcher and the HTTP bridge: an administrator backs up to a folder, previews and
// restores; a clerk sees only the reminder; a new, empty data folder restores without an account.

const ADMIN = { name: 'Nguyễn Văn Quản', password: 'hoa ban nở trắng đồi xa' };
const CLERK = { name: 'Lò Thị Cán', password: 'suối reo bên bản nhỏ' };

const transports: { name: string; make: (d: Dispatch) => Promise<{ dispatch: Dispatch; stop(): Promise<void> }> }[] = [
  { name: 'trong tiến trình', make: (d) => Promise.resolve({ dispatch: d, stop: () => Promise.resolve() }) },
  {
    name: 'cầu nối HTTP',
    make: async (d) => {
      const bridge = await startBridge({ dispatch: d, staticDir: 'out/renderer' });
      const dispatch: Dispatch = async (call, input) => {
        const res = await fetch(`${bridge.url}rpc/${encodeURIComponent(call)}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${bridge.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(input),
        });
        return (await res.json()) as Awaited<ReturnType<Dispatch>>;
      };
      return { dispatch, stop: () => bridge.close() };
    },
  },
];

function open(dataDir: string): AppInstance {
  return openApp({
    dataDir,
    keyProtector: plainFileProtector,
    access: { kdfCost: TEST_KDF_COST, retryDelayMs: () => 1 },
  });
}

describe.each(transports)('sao lưu và khôi phục qua $name', ({ make }) => {
  let root: string;
  let app: AppInstance;
  let dispatch: Dispatch;
  let stop: () => Promise<void>;
  let usb: string;
  let backupFile: string;

  beforeAll(async () => {
    root = tempDir('qcdc-backup-');
    usb = join(root, 'usb');
    app = open(join(root, 'xa'));
    ({ dispatch, stop } = await make(app.dispatch));
    await ok(dispatch, 'installation.setup', {
      role: 'commune',
      code: '12345',
      name: 'Xã Tân Hưng',
      communities: [{ name: 'Thôn Đồng Đăng', type: 'thon', households: 120 }],
      admin: ADMIN,
    });
    await ok(dispatch, 'account.create', { ...CLERK, role: 'can_bo', modules: ['mediation'] });
  });
  afterAll(async () => {
    await stop();
    app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('backs up to a chosen folder, remembers it, and lists what the folder holds', async () => {
    const before = await ok(dispatch, 'backup.status', {});
    expect(before).toMatchObject({ lastBackupAt: null, reminderDays: 7, overdue: false, protected: true });
    const refused = await err(dispatch, 'backup.create', { folder: join(app.dataDir, 'backups') });
    expect(refused.message).toContain('nằm trong thư mục dữ liệu');
    expect((await err(dispatch, 'backup.create', { folder: 'usb' })).message).toContain('đường dẫn đầy đủ');
    const made = await ok(dispatch, 'backup.create', { folder: usb });
    backupFile = made.file;
    expect(made.file).toMatch(/QCDC-sao-luu-12345-\d{4}-\d{2}-\d{2}-\d{4}\.qcdcbak$/);
    expect(statSync(made.file).mode & 0o077).toBe(0);
    const after = await ok(dispatch, 'backup.status', {});
    expect(after).toMatchObject({ lastBackupFile: made.file, suggestedFolder: usb, daysSince: 0, overdue: false });
    const listed = await ok(dispatch, 'backup.list', { folder: usb });
    expect(listed.items).toEqual([expect.objectContaining({ file: made.file, kind: 'manual', code: '12345' })]);
  });

  it('previews with the signed-in key alone, and restores only with an administrator of the backup', async () => {
    await ok(dispatch, 'community.create', { name: 'Thôn Nà Pàn', type: 'thon', households: 40, note: null });
    const preview = await ok(dispatch, 'backup.inspect', { file: backupFile });
    expect(preview).toMatchObject({
      trust: 'installation-key',
      code: '12345',
      protected: true,
      hasKeys: true,
      administrators: [ADMIN.name],
      replaces: { code: '12345' },
    });
    expect(preview.records.find((r) => r.entity === 'community')).toMatchObject({ count: 1 });
    // Someone must be able to sign in afterwards: the restore asks for one of the backup's administrators.
    const noSecret = await err(dispatch, 'backup.restore', { file: backupFile, sha256: preview.sha256 });
    expect(noSecret.code).toBe('UNAUTHORISED');
    const clerkSecret = await err(dispatch, 'backup.restore', {
      file: backupFile,
      sha256: preview.sha256,
      account: CLERK,
    });
    expect(clerkSecret.code).toBe('FORBIDDEN');
    const done = await ok(dispatch, 'backup.restore', { file: backupFile, sha256: preview.sha256, account: ADMIN });
    expect(done).toMatchObject({ restored: true, signedIn: true });
    const communities = await ok(dispatch, 'community.list', {});
    expect(communities.items.map((c) => c.name)).toEqual(['Thôn Đồng Đăng']);
    // The replaced state is kept as a signed backup in the data folder, offered with the automatic ones.
    const status = await ok(dispatch, 'backup.status', {});
    expect(status.automatic.map((e) => e.kind)).toContain('pre-restore');
  });

  it('a clerk sees the reminder but may not back up, list, preview or restore', async () => {
    await ok(dispatch, 'auth.signIn', CLERK);
    try {
      expect(await ok(dispatch, 'backup.status', {})).toMatchObject({ reminderDays: 7 });
      for (const [call, input] of [
        ['backup.create', { folder: usb }],
        ['backup.list', { folder: usb }],
        ['backup.inspect', { file: backupFile }],
        ['backup.restore', { file: backupFile, sha256: '0'.repeat(64), account: ADMIN }],
        ['backup.setReminder', { days: 1 }],
      ] as const) {
        expect((await err(dispatch, call, input)).code, call).toBe('FORBIDDEN');
      }
    } finally {
      await ok(dispatch, 'auth.signIn', ADMIN);
    }
  });

  it('the reminder is due when the last backup is older than the administrator set', async () => {
    expect((await err(dispatch, 'backup.setReminder', { days: -1 })).message).toContain('không âm');
    const status = await ok(dispatch, 'backup.setReminder', { days: 0 });
    expect(status).toMatchObject({ reminderDays: 0, overdue: false });
    await ok(dispatch, 'backup.setReminder', { days: 7 });
  });

  it('a new, empty data folder restores without an account, then signs the administrator in', async () => {
    const freshDir = join(root, `moi-${Date.now()}`);
    mkdirSync(freshDir);
    const fresh = open(freshDir);
    const { dispatch: call, stop: stopFresh } = await make(fresh.dispatch);
    try {
      expect(await ok(call, 'installation.status', {})).toMatchObject({ initialised: false });
      expect((await err(call, 'backup.inspect', { file: backupFile })).code).toBe('UNAUTHORISED');
      const wrong = await err(call, 'backup.inspect', {
        file: backupFile,
        account: { ...ADMIN, password: 'sai mật khẩu rồi' },
      });
      expect(wrong.message).toContain('không mở được bản sao lưu');
      const preview = await ok(call, 'backup.inspect', { file: backupFile, account: ADMIN });
      expect(preview).toMatchObject({ trust: 'backup-keys', replaces: null, hasKeys: true });
      const done = await ok(call, 'backup.restore', { file: backupFile, sha256: preview.sha256, account: ADMIN });
      expect(done.signedIn).toBe(true);
      expect(await ok(call, 'installation.status', {})).toMatchObject({ initialised: true, code: '12345' });
      expect((await ok(call, 'installation.card', {})).fingerprint).toBe(preview.fingerprint);
      expect(existsSync(join(freshDir, 'keys', 'secret.json'))).toBe(true);
      // No temporary copy is left behind.
      expect(readdirSync(freshDir).filter((f) => f.includes('.tmp'))).toEqual([]);
    } finally {
      await stopFresh();
      fresh.close();
    }
  });
});
