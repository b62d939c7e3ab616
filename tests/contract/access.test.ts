import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract/index';
import type { Dispatch } from '../../shared/contract/result';
import { accessOf, allows } from '../../shared/auth/access';
import { passwordIssue } from '../../shared/auth/password';
import { TEST_KDF_COST } from '../../db/access/kdf';
import { plainFileProtector } from '../../db/keys/keystore';
import { startBridge } from '../../electron/bridge/server';
import { openApp, type AppInstance } from '../../electron/core/app';
import { err, ok, tempDir } from '../helpers/app';

// Issue 12: every call is checked against the signed-in account in the one dispatcher, whatever
// the transport; the UI only hides what the contract refuses anyway.

const ADMIN = { name: 'Nguyễn Văn Quản', password: 'hoa ban nở trắng đồi xa' };
const CLERK = { name: 'Lò Thị Cán', password: 'suối reo bên bản nhỏ' };
const LEADER = { name: 'Hà Văn Đạo', password: 'mây trắng bay qua đèo' };
const VIEWER = { name: 'Vi Thị Xem', password: 'nắng sớm trên nương ngô' };

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

describe('access rules (shared/auth)', () => {
  it('every call of the contract has an access rule; record writes need a write grant', () => {
    for (const [call, spec] of Object.entries(contract)) {
      const access = accessOf(call, spec.writes, { list: 'cases' });
      expect(access, call).toBeDefined();
      if (spec.writes && ['mediation', 'reception', 'disclosure', 'convention'].includes(call.split('.')[0]!)) {
        expect(access, call).toEqual({ write: call.split('.')[0] });
      }
    }
    expect(accessOf('unknown.area', false)).toBe('admin');
  });

  it('grants by role and module', () => {
    const clerk = { role: 'can_bo' as const, modules: ['mediation' as const] };
    expect(allows(clerk, { write: 'mediation' })).toBe(true);
    expect(allows(clerk, { write: 'reception' })).toBe(false);
    expect(allows(clerk, { read: 'reception' })).toBe(false);
    expect(allows(clerk, { read: 'all' })).toBe(false);
    expect(allows(clerk, 'admin')).toBe(false);
    expect(allows(clerk, 'send')).toBe(false);
    expect(allows({ role: 'lanh_dao', modules: [] }, 'send')).toBe(true);
    expect(allows({ role: 'lanh_dao', modules: [] }, { write: 'mediation' })).toBe(false);
    expect(allows({ role: 'xem', modules: [] }, { read: 'all' })).toBe(true);
    expect(allows({ role: 'xem', modules: [] }, { write: 'any' })).toBe(false);
    expect(allows({ role: 'quan_tri', modules: [] }, 'admin')).toBe(true);
  });

  it('password rules suit a passphrase, refuse short, common and name-bearing ones', () => {
    expect(passwordIssue('hoa ban nở trên đồi')).toBeNull();
    expect(passwordIssue('ngắn')).toContain('ít nhất 10 ký tự');
    expect(passwordIssue('matkhau123456')).toContain('phổ biến');
    expect(passwordIssue('aaaaaaaaaaaa')).toContain('ít ký tự khác nhau');
    expect(passwordIssue('lan thích hoa ban', 'Lan Thích')).toContain('tên tài khoản');
  });
});

describe.each(transports)('quyền truy cập qua $name', ({ make }) => {
  let app: AppInstance;
  let dataDir: string;
  let dispatch: Dispatch;
  let stop: () => Promise<void>;
  let caseId: string;

  const signIn = (who: { name: string; password: string }) => ok(dispatch, 'auth.signIn', who);

  beforeAll(async () => {
    dataDir = tempDir();
    app = openApp({
      dataDir,
      keyProtector: plainFileProtector,
      access: { kdfCost: TEST_KDF_COST, retryDelayMs: () => 1 },
    });
    ({ dispatch, stop } = await make(app.dispatch));
    const setup = await ok(dispatch, 'installation.setup', {
      role: 'commune',
      code: '12345',
      name: 'Xã Tân Hưng',
      communities: [{ name: 'Thôn Đồng Đăng', type: 'thon', households: 120 }],
      admin: ADMIN,
    });
    expect(setup.recoveryCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$/);
    await ok(dispatch, 'account.create', { ...CLERK, role: 'can_bo', modules: ['mediation'] });
    await ok(dispatch, 'account.create', { ...LEADER, role: 'lanh_dao', modules: [] });
    await ok(dispatch, 'account.create', { ...VIEWER, role: 'xem', modules: ['mediation'] });
  });
  afterAll(async () => {
    await stop();
    app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses everything but sign-in while nobody is signed in', async () => {
    await ok(dispatch, 'auth.signOut', {});
    const status = await ok(dispatch, 'auth.status', {});
    expect(status).toMatchObject({ protected: true, session: null, installation: { code: '12345' } });
    expect((await err(dispatch, 'installation.status', {})).code).toBe('UNAUTHORISED');
    expect((await err(dispatch, 'community.list', {})).code).toBe('UNAUTHORISED');
    expect((await err(dispatch, 'auth.signIn', { name: ADMIN.name, password: 'sai mật khẩu rồi' })).message).toBe(
      'Sai tên tài khoản hoặc mật khẩu.',
    );
  });

  it('a clerk works in the assigned module only and cannot manage accounts', async () => {
    await signIn(CLERK);
    const [community] = (await ok(dispatch, 'community.list', {})).items;
    const team = await ok(dispatch, 'mediation.createTeam', { communityId: community!.id });
    expect(team.id).toBeTruthy();
    const created = await ok(dispatch, 'mediation.createCase', {
      communityId: community!.id,
      receivedOn: '2026-02-03',
      category: 'dan_su',
      summary: 'Tranh chấp lối đi',
      status: 'dang_hoa_giai',
      parties: [{ name: 'Hoàng Văn A' }],
    });
    caseId = created.id;
    for (const [call, input] of [
      ['account.create', { name: 'Kẻ Lạ', role: 'quan_tri', modules: [], password: 'một câu đủ dài để qua' }],
      ['account.list', {}],
      ['account.setIdleLock', { minutes: 1 }],
      ['installation.updateSettings', { signerName: 'X' }],
      ['community.create', { name: 'Thôn Mới', type: 'thon' }],
      ['reception.listVisits', {}],
      ['disclosure.create', {}],
      ['sync.exportBundle', {}],
      ['records.export', { format: 'ndjson' }],
      ['export.listXlsx', { list: 'petitions', filters: {} }],
    ] as const) {
      expect([call, (await err(dispatch, call, input)).code]).toEqual([call, 'FORBIDDEN']);
    }
    expect(
      (
        await err(dispatch, 'account.create', {
          name: 'Kẻ Lạ',
          role: 'quan_tri',
          modules: [],
          password: 'một câu đủ dài để qua',
        })
      ).message,
    ).toBe('Tài khoản của bạn không có quyền thực hiện thao tác này.');
    await ok(dispatch, 'report.period', { from: '2026-01-01', to: '2026-12-31' });
  });

  it('the change log records the account that made each change', async () => {
    await signIn(ADMIN);
    const history = await ok(dispatch, 'mediation.caseHistory', { id: caseId });
    expect(history.map((h) => h.user)).toEqual([CLERK.name]);
  });

  it('a leader reads everything and writes nothing; a viewer only reads', async () => {
    await signIn(LEADER);
    await ok(dispatch, 'reception.listVisits', {});
    await ok(dispatch, 'mediation.getCase', { id: caseId });
    expect((await err(dispatch, 'mediation.deleteCase', { id: caseId, version: 1 })).code).toBe('FORBIDDEN');
    await signIn(VIEWER);
    await ok(dispatch, 'mediation.listCases', {});
    expect((await err(dispatch, 'mediation.deleteCase', { id: caseId, version: 1 })).code).toBe('FORBIDDEN');
    expect(
      (await err(dispatch, 'attachment.add', { fileName: 'a.png', mimeType: 'image/png', base64: 'AAAA' })).code,
    ).toBe('FORBIDDEN');
  });

  it('a locked session answers nothing until the same password unlocks it', async () => {
    await signIn(ADMIN);
    const locked = await ok(dispatch, 'auth.lock', {});
    expect(locked.session).toMatchObject({ name: ADMIN.name, locked: true });
    expect((await err(dispatch, 'mediation.listCases', {})).code).toBe('UNAUTHORISED');
    expect((await err(dispatch, 'auth.unlock', { password: CLERK.password })).code).toBe('UNAUTHORISED');
    const open = await ok(dispatch, 'auth.unlock', { password: ADMIN.password });
    expect(open.session?.locked).toBe(false);
    await ok(dispatch, 'mediation.listCases', {});
  });

  it('keeps one active administrator at least, and a disabled account out', async () => {
    await signIn(ADMIN);
    const { items } = await ok(dispatch, 'account.list', {});
    const admin = items.find((a) => a.name === ADMIN.name)!;
    expect((await err(dispatch, 'account.update', { id: admin.id, role: 'xem' })).code).toBe('RULE_VIOLATION');
    const viewer = items.find((a) => a.name === VIEWER.name)!;
    await ok(dispatch, 'account.update', { id: viewer.id, disabled: true });
    expect((await err(dispatch, 'auth.signIn', VIEWER)).code).toBe('UNAUTHORISED');
    await signIn(ADMIN);
  });
});
