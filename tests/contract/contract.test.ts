import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../shared/contract/result';
import { startBridge, type Bridge } from '../../electron/bridge/server';
import { err, ok, openTestApp, seedCommune } from '../helpers/app';

/** The same suite runs over every transport that does not need Electron (architecture.md §3). */
const transports: { name: string; make: (d: Dispatch) => Promise<{ dispatch: Dispatch; stop(): Promise<void> }> }[] = [
  { name: 'trong tiến trình', make: (d) => Promise.resolve({ dispatch: d, stop: () => Promise.resolve() }) },
  {
    name: 'cầu nối HTTP',
    make: async (d) => {
      const bridge: Bridge = await startBridge({ dispatch: d, staticDir: 'out/renderer' });
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

describe.each(transports)('hợp đồng qua $name', ({ make }) => {
  let app: ReturnType<typeof openTestApp>;
  let dispatch: Dispatch;
  let stop: () => Promise<void>;
  let seed: Awaited<ReturnType<typeof seedCommune>>;

  beforeAll(async () => {
    app = openTestApp();
    ({ dispatch, stop } = await make(app.dispatch));
    seed = await seedCommune(dispatch);
  });
  afterAll(async () => {
    await stop();
    app.cleanup();
  });

  it('reports the installation and refuses a second set-up', async () => {
    const status = await ok(dispatch, 'installation.status', {});
    expect(status).toMatchObject({ initialised: true, role: 'commune', code: '12345', name: 'Xã Tân Hưng' });
    expect(status.fingerprint).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4})+$/);
    const e = await err(dispatch, 'installation.setup', { role: 'commune', code: '12345', name: 'X' });
    expect(e.code).toBe('ALREADY_INITIALISED');
  });

  it('updates only the settings it is given', async () => {
    await ok(dispatch, 'installation.updateSettings', { signerName: 'Nông Văn Hùng', placeName: 'Tân Hưng' });
    const after = await ok(dispatch, 'installation.updateSettings', { placeName: '' });
    expect(after.settings).toMatchObject({ signerName: 'Nông Văn Hùng', placeName: null, userName: 'Cán bộ Tư pháp' });
  });

  it('rejects unknown calls and unknown fields with Vietnamese messages', async () => {
    expect((await err(dispatch, 'mediation.dropAll', {})).code).toBe('UNKNOWN_CALL');
    const e = await err(dispatch, 'community.create', { name: 'Thôn A', type: 'thon', colour: 'đỏ' });
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toContain('Trường không được hỗ trợ');
  });

  it('warns about a team with fewer than 3 mediators or no woman', async () => {
    const c = await ok(dispatch, 'community.create', { name: 'Thôn Nà Lầu', type: 'thon' });
    const team = await ok(dispatch, 'mediation.createTeam', { communityId: c.id });
    expect(team.warnings.map((w) => w.code).sort()).toEqual(['no_woman', 'too_few']);
    const full = (await ok(dispatch, 'mediation.listTeams', {})).find((t) => t.id === seed.team.id)!;
    expect(full.warnings).toEqual([]);
    expect(full.activeMediators).toBe(3);
  });

  it('enforces the case rules', async () => {
    const base = {
      communityId: seed.community.id,
      receivedOn: '2026-03-05',
      category: 'dan_su',
      summary: 'Tranh chấp lối đi chung',
    };
    const noDate = await err(dispatch, 'mediation.createCase', { ...base, status: 'thanh' });
    expect(noDate.issues?.[0]).toMatchObject({ field: 'closedOn' });
    const early = await err(dispatch, 'mediation.createCase', { ...base, status: 'thanh', closedOn: '2026-03-01' });
    expect(early.issues?.[0]?.message).toContain('không được trước ngày tiếp nhận');
    const own = await err(dispatch, 'mediation.createCase', {
      ...base,
      parties: [{ name: 'Hoàng Thị Mai' }, { name: 'Vi Văn Tám' }],
      mediatorIds: [seed.mediators[0]!.id],
    });
    expect(own.code).toBe('RULE_VIOLATION');
    expect(own.message).toContain('là một bên trong vụ việc');
  });

  it('records a case, finds it without diacritics, closes it, and shows its history and report', async () => {
    const created = await ok(dispatch, 'mediation.createCase', {
      communityId: seed.community.id,
      receivedOn: '2026-03-05',
      category: 'dan_su',
      summary: 'Hòa giải tranh chấp lối đi chung giữa hai hộ',
      parties: [{ name: 'Vi Văn Tám', address: 'Đồng Đăng' }, { name: 'Lương Thị Hoa' }],
      mediatorIds: [seed.mediators[0]!.id, seed.mediators[1]!.id],
    });
    expect(created.mediatorNames).toEqual(['Hoàng Thị Mai', 'Nông Văn Dũng']);
    for (const search of ['hoa giai', 'HOA GIAI lối', 'dong dang']) {
      const found = await ok(dispatch, 'mediation.listCases', { search });
      expect(
        found.items.map((c) => c.id),
        search,
      ).toContain(created.id);
    }
    expect((await ok(dispatch, 'mediation.listCases', { search: 'ly hon' })).total).toBe(0);
    const closed = await ok(dispatch, 'mediation.updateCase', {
      id: created.id,
      version: created.version,
      fields: {
        ...pick(created),
        status: 'thanh',
        closedOn: '2026-03-12',
        agreement: 'Hai bên thống nhất mở lối đi rộng 2 mét',
      },
    });
    expect(closed.version).toBe(2);
    const stale = await err(dispatch, 'mediation.updateCase', { id: created.id, version: 1, fields: pick(created) });
    expect(stale.code).toBe('CONFLICT');
    const history = await ok(dispatch, 'mediation.caseHistory', { id: created.id });
    expect(history.map((h) => h.op)).toEqual(['create', 'update']);
    expect(history[1]!.changes).toContainEqual({ field: 'status', before: 'tiep_nhan', after: 'thanh' });
    expect(history[1]!.user).toBe('Cán bộ Tư pháp');
    const report = await ok(dispatch, 'report.period', { from: '2026-01-01', to: '2026-12-31' });
    expect(report.mediation).toMatchObject({
      received: 1,
      successful: 1,
      successRate: 100,
      teams: 2,
      mediators: 3,
      mediatorsFemale: 1,
    });
    // Status is taken as of the period's end: before closing day the case was still ongoing.
    const early = await ok(dispatch, 'report.period', { from: '2026-01-01', to: '2026-03-10' });
    expect(early.mediation).toMatchObject({ received: 1, successful: 0, ongoing: 1, successRate: 0 });
  });

  it('prints the team leader under Phần II of the Sổ', async () => {
    expect((await ok(dispatch, 'mediation.register', { teamId: seed.team.id })).leader).toBeNull();
    const mai = seed.mediators[0]!;
    await ok(dispatch, 'mediation.updateMediator', {
      id: mai.id,
      version: mai.version,
      fields: { teamId: mai.teamId, name: mai.name, gender: mai.gender, role: 'to_truong' },
    });
    const register = await ok(dispatch, 'mediation.register', { teamId: seed.team.id });
    expect(register.leader).toBe('Hoàng Thị Mai');
    expect(register.rows.map((r) => r.summary)).toContain('Hòa giải tranh chấp lối đi chung giữa hai hộ');
  });

  it('enrolls an office, sends a bundle and loads its receipt', async () => {
    const office = openTestApp();
    try {
      await ok(office.dispatch, 'installation.setup', { role: 'office', code: 'STP-LS', name: 'Sở Tư pháp' });
      const cardJson = (d: Dispatch) => ok(d, 'installation.card', {}).then((c) => JSON.stringify(c));
      const officeCard = await cardJson(office.dispatch);
      const preview = await ok(dispatch, 'sync.previewCard', { cardJson: officeCard });
      expect(preview.status).toBe('new');
      const wrong = await err(dispatch, 'sync.enroll', { cardJson: officeCard, confirmFingerprint: 'AAAA-BBBB' });
      expect(wrong.code).toBe('SECURITY');
      await ok(dispatch, 'sync.enroll', { cardJson: officeCard, confirmFingerprint: preview.card.fingerprint });
      const communeCard = await cardJson(dispatch);
      const back = await ok(office.dispatch, 'sync.previewCard', { cardJson: communeCard });
      await ok(office.dispatch, 'sync.enroll', { cardJson: communeCard, confirmFingerprint: back.card.fingerprint });

      const full = await err(dispatch, 'sync.exportBundle', { profile: 'full' });
      expect(full.issues?.[0]?.field).toBe('reason');
      const sent = await ok(dispatch, 'sync.exportBundle', {});
      const imported = await ok(office.dispatch, 'sync.importBundle', { fileName: sent.fileName, base64: sent.base64 });
      expect(imported).toMatchObject({ ok: true, commune: '12345', applied: sent.event.changes });
      await ok(dispatch, 'sync.importReceipt', { fileName: 'r.qcdr', base64: imported.receipt!.base64 });
      const status = await ok(dispatch, 'sync.communeStatus', {});
      expect(status.acknowledgedSeq).toBe(sent.event.toSeq);
      expect((await ok(dispatch, 'sync.event', { id: sent.event.id })).kind).toBe('export');
    } finally {
      office.cleanup();
    }
  });

  it('exports the filtered case list and the report to Excel with Vietnamese intact', async () => {
    const file = await ok(dispatch, 'export.listXlsx', { list: 'cases', filters: { search: 'loi di' } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(5).value).toBe('Nội dung');
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(5).value).toBe('Hòa giải tranh chấp lối đi chung giữa hai hộ');
    expect(ws.getRow(2).getCell(8).value).toBe('Hòa giải thành');
    const none = await ok(dispatch, 'export.listXlsx', { list: 'cases', filters: { search: 'không có gì' } });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(Buffer.from(none.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb2.worksheets[0]!.rowCount).toBe(1);
    const report = await ok(dispatch, 'report.exportXlsx', { from: '2026-01-01', to: '2026-12-31' });
    const wb3 = new ExcelJS.Workbook();
    await wb3.xlsx.load(Buffer.from(report.base64, 'base64') as unknown as ArrayBuffer);
    const values = wb3.worksheets[0]!.getSheetValues()
      .flat()
      .filter((v) => v !== undefined && v !== null);
    expect(values).toContain('Hòa giải thành');
    expect(values).toContain(100);
  });
});

function pick(c: {
  communityId: string;
  receivedOn: string;
  category: 'dan_su' | 'hon_nhan_gia_dinh' | 'mau_thuan' | 'khac';
  summary: string;
  parties: { name: string }[];
  mediatorIds: string[];
}) {
  return {
    communityId: c.communityId,
    receivedOn: c.receivedOn,
    category: c.category,
    summary: c.summary,
    parties: c.parties,
    mediatorIds: c.mediatorIds,
  };
}

describe('cầu nối HTTP: an toàn', () => {
  it('refuses calls without the per-run token and requests for another host', async () => {
    const app = openTestApp();
    const bridge = await startBridge({ dispatch: app.dispatch, staticDir: 'out/renderer' });
    try {
      const noToken = await fetch(`${bridge.url}rpc/installation.status`, { method: 'POST', body: '{}' });
      expect(noToken.status).toBe(401);
      const wrong = await fetch(`${bridge.url}rpc/installation.status`, {
        method: 'POST',
        headers: { authorization: 'Bearer sai' },
        body: '{}',
      });
      expect(wrong.status).toBe(401);
      const good = await fetch(`${bridge.url}rpc/installation.status`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bridge.token}` },
        body: '{}',
      });
      expect(((await good.json()) as { ok: boolean }).ok).toBe(true);
      const page = await fetch(bridge.url);
      expect(page.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    } finally {
      await bridge.close();
      app.cleanup();
    }
  });
});
