import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { err, ok, openTestApp } from '../../helpers/app';

// The reception calls through the real dispatcher and SQLite: masking in lists and list exports,
// the deadline board, the Sổ tiếp công dân rows, the link of a visit to its session, search.

const NAME = 'Đặng Thị Thu Hà';
let app: ReturnType<typeof openTestApp>;

beforeAll(async () => {
  app = openTestApp();
  await ok(app.dispatch, 'installation.setup', { role: 'commune', code: '33333', name: 'Xã Thử', userName: 'Cán bộ' });
});
afterAll(() => app.cleanup());

async function sheetText(base64: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.worksheets[0]!.eachRow((row) => out.push((row.values as unknown[]).map((v) => String(v ?? '')).join('|')));
  return out.join('\n');
}

describe('reception services', () => {
  it('masks identities in lists and list exports, shows them on the opened record', async () => {
    const d = app.dispatch;
    const session = await ok(d, 'reception.createSession', { heldOn: '2026-03-02', host: 'chu_tich_ubnd' });
    const visit = await ok(d, 'reception.createVisit', {
      receivedOn: '2026-03-02',
      host: 'chu_tich_ubnd',
      content: 'phan_anh',
      summary: 'Phản ánh đèn đường hỏng',
      citizenName: NAME,
      citizenAddress: 'Thôn Đông',
      citizenIdNumber: '001188009999',
    });
    expect(visit.sessionId).toBe(session.id);
    expect((await ok(d, 'reception.listSessions', {})).items[0]?.visits).toBe(1);
    const listed = (await ok(d, 'reception.listVisits', { search: 'den duong' })).items;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ citizenName: 'Đ. T. T. H.', citizenAddress: null, citizenIdNumber: null });
    // Names are not searchable: a list must not reveal who came.
    expect((await ok(d, 'reception.listVisits', { search: 'Thu Ha' })).total).toBe(0);
    expect((await ok(d, 'reception.getVisit', { id: visit.id })).citizenIdNumber).toBe('001188009999');
    const file = await ok(d, 'export.listXlsx', { list: 'receptionVisits', filters: {} });
    const text = await sheetText(file.base64);
    expect(text).toContain('Đ. T. T. H.');
    expect(text).not.toContain(NAME);
  });

  it('puts a pending complaint on the deadline board, due soon then overdue, and off it once resolved', async () => {
    const d = app.dispatch;
    // Thụ lý the day it arrived: 30 working days from acceptedOn (Luật Khiếu nại 2011, Điều 28).
    const p = await ok(d, 'reception.createPetition', {
      receivedOn: '2025-06-02',
      acceptedOn: '2025-06-02',
      content: 'khieu_nai',
      summary: 'Khiếu nại thu hồi đất',
      handling: 'thu_ly',
      petitionerName: NAME,
    });
    expect(p.status).toBe('dang_giai_quyet');
    expect(p.resolveDeadline?.due).toBe('2025-07-14');
    expect(await ok(d, 'reception.deadlines', { today: '2025-06-20' })).toEqual([]);
    expect((await ok(d, 'reception.deadlines', { today: '2025-07-10' }))[0]).toMatchObject({
      petitionId: p.id,
      state: 'sap_den_han',
      daysLeft: 4,
    });
    expect((await ok(d, 'reception.deadlines', { today: '2025-07-20' }))[0]).toMatchObject({
      state: 'qua_han',
      daysLeft: -6,
    });
    const { id, version } = p;
    await ok(d, 'reception.updatePetition', {
      id,
      version,
      fields: {
        receivedOn: p.receivedOn,
        acceptedOn: p.acceptedOn,
        content: p.content,
        summary: p.summary,
        handling: p.handling,
        petitionerName: p.petitionerName,
        status: 'da_giai_quyet',
        resolvedOn: '2025-07-01',
      },
    });
    expect(await ok(d, 'reception.deadlines', { today: '2025-07-20' })).toEqual([]);
    const history = await ok(d, 'reception.petitionHistory', { id });
    expect(history.map((h) => h.op)).toEqual(['create', 'update']);
  });

  it('refuses a rejected input with the field and reason, and writes nothing', async () => {
    const d = app.dispatch;
    const before = (await ok(d, 'reception.listPetitions', {})).total;
    const e = await err(d, 'reception.createPetition', {
      receivedOn: '2026-03-02',
      content: 'kien_nghi',
      summary: 'x',
      handling: 'thu_ly',
      status: 'da_giai_quyet',
      extensions: 1,
    });
    expect(e.issues?.map((i) => i.field).sort()).toEqual(['extensions', 'extensions', 'resolvedOn']);
    expect((await ok(d, 'reception.listPetitions', {})).total).toBe(before);
  });

  it('writes the Sổ tiếp công dân in 12 columns, a denunciation with its reference only', async () => {
    const d = app.dispatch;
    await ok(d, 'reception.createVisit', {
      receivedOn: '2026-03-03',
      host: 'cong_chuc',
      citizens: 6,
      group: true,
      content: 'to_cao',
      summary: 'Tố cáo',
      handling: 'chuyen_don',
      forwardedTo: 'Thanh tra tỉnh',
      secretRef: 'SM-9',
    });
    const register = await ok(d, 'reception.register', { from: '2026-03-01', to: '2026-03-31' });
    expect(register.rows.map((r) => r.no)).toEqual([1, 2]);
    expect(register.rows[0]).toMatchObject({ nameAddress: `${NAME} - Thôn Đông`, idNumber: '001188009999' });
    expect(register.rows[1]).toMatchObject({
      nameAddress: 'Bảo mật — xem sổ mật, số SM-9',
      idNumber: '',
      classification: 'Tố cáo / 6 người (đoàn đông người)',
      forwarded: 'Thanh tra tỉnh',
      accepted: false,
    });
  });
});
