import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { communeFigures } from '../../../db/report/figures';
import { reportWorkbook } from '../../../db/report/xlsx';
import { combineSections, zeroFigures } from '../../../shared/report/combine';
import type { CommuneSections } from '../../../shared/report/schema';
import { ok, openTestApp } from '../../helpers/app';

// reports.md v2 sections over records written straight into the tables (the contract calls of the new
// kinds come with their record definitions); every figure below is computed by hand.

type TestApp = ReturnType<typeof openTestApp>;
const apps: TestApp[] = [];
afterAll(() => apps.forEach((a) => a.cleanup()));

const ENVELOPE = "1, 0, 0, 'x', NULL";

async function commune(code: string, rows: (sql: TestApp['sql']['raw']) => void): Promise<TestApp> {
  const app = openTestApp();
  apps.push(app);
  await ok(app.dispatch, 'installation.setup', { role: 'commune', code, name: `Xã ${code}`, userName: 'Cán bộ' });
  rows(app.sql.raw);
  return app;
}

function community(raw: TestApp['sql']['raw'], id: string, households: number): void {
  raw
    .prepare(
      `INSERT INTO community (id, version, created_at, updated_at, updated_by, deleted_at, name, type, households)
       VALUES (?, ${ENVELOPE}, ?, 'thon', ?)`,
    )
    .run(id, `Thôn ${id}`, households);
}

let n = 0;
function decision(
  raw: TestApp['sql']['raw'],
  c: {
    community: string;
    heldOn: string;
    matter: string;
    form: string;
    counts: [number, number, number];
    published?: string;
  },
): void {
  raw
    .prepare(
      `INSERT INTO community_decision (id, version, created_at, updated_at, updated_by, deleted_at, community_id, title,
         held_on, matter, form, households, households_participating, households_approving, result_published_on)
       VALUES (?, ${ENVELOPE}, ?, 'Việc của thôn', ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(`d${++n}`, c.community, c.heldOn, c.matter, c.form, ...c.counts, c.published ?? null);
}

function consultation(
  raw: TestApp['sql']['raw'],
  c: { ended: string; matter: string; opinions: number; accepted: number; published?: string },
): void {
  raw
    .prepare(
      `INSERT INTO consultation (id, version, created_at, updated_at, updated_by, deleted_at, title, started_on, ended_on,
         matter, forms, opinions, accepted, result_published_on)
       VALUES (?, ${ENVELOPE}, 'Lấy ý kiến', '2025-01-02', ?, ?, '["hoi_nghi","phieu"]', ?, ?, ?)`,
    )
    .run(`k${++n}`, c.ended, c.matter, c.opinions, c.accepted, c.published ?? null);
}

function body(
  raw: TestApp['sql']['raw'],
  kind: string,
  established: string,
  dissolved: string | null,
  members: number,
) {
  const list = Array.from({ length: members }, (_, i) => ({ name: `Thành viên ${i + 1}`, role: 'thanh_vien' }));
  raw
    .prepare(
      `INSERT INTO supervision_body (id, version, created_at, updated_at, updated_by, deleted_at, body, established_on,
         dissolved_on, members) VALUES (?, ${ENVELOPE}, ?, ?, ?, ?)`,
    )
    .run(`b${++n}`, kind, established, dissolved, JSON.stringify(list));
}

function supervision(raw: TestApp['sql']['raw'], heldOn: string, made: number | null, resolved: number | null) {
  raw
    .prepare(
      `INSERT INTO supervision (id, version, created_at, updated_at, updated_by, deleted_at, body, held_on, subject,
         recommendations, recommendations_resolved) VALUES (?, ${ENVELOPE}, 'ban_gsdtcd', ?, 'Đường', ?, ?)`,
    )
    .run(`s${++n}`, heldOn, made, resolved);
}

const FROM = '2025-12-15';
const TO = '2026-06-14';
let a: CommuneSections;
let b: CommuneSections;

beforeAll(async () => {
  const appA = await commune('11111', (raw) => {
    community(raw, 'c1', 120);
    community(raw, 'c2', 7);
    // Meeting, 61 of 120 represented and approving: adopted. Published on `to`.
    decision(raw, {
      community: 'c1',
      heldOn: '2026-01-10',
      matter: 'cong_trinh_cong_cong',
      form: 'hoi_nghi',
      counts: [120, 61, 61],
      published: TO,
    });
    // Meeting with exactly half represented: no quorum.
    decision(raw, {
      community: 'c1',
      heldOn: '2026-02-10',
      matter: 'quy_cong_dong',
      form: 'hoi_nghi',
      counts: [120, 60, 60],
      published: '2026-06-15',
    });
    // Ballot, exactly half approving: not adopted.
    decision(raw, { community: 'c2', heldOn: '2026-03-10', matter: 'quy_cong_dong', form: 'phieu', counts: [8, 8, 4] });
    // Outside the period (a year earlier): only in `previous`.
    decision(raw, { community: 'c2', heldOn: '2025-03-10', matter: 'huong_uoc', form: 'ket_hop', counts: [7, 6, 4] });
    consultation(raw, {
      ended: '2026-01-31',
      matter: 'ke_hoach_ktxh',
      opinions: 40,
      accepted: 31,
      published: '2026-02-05',
    });
    consultation(raw, { ended: '2026-05-31', matter: 'du_an_dau_tu', opinions: 9, accepted: 0 });
    consultation(raw, { ended: '2026-06-15', matter: 'khac', opinions: 100, accepted: 100 });
    body(raw, 'ban_ttnd', '2024-10-01', null, 5);
    body(raw, 'ban_ttnd', '2019-10-01', '2024-10-01', 5);
    body(raw, 'ban_gsdtcd', '2026-06-14', null, 3);
    supervision(raw, '2026-03-01', 4, 3);
    supervision(raw, '2026-04-01', null, null);
  });
  a = communeFigures(appA.sql, FROM, TO);
  const appB = await commune('22222', (raw) => {
    community(raw, 'c9', 50);
    decision(raw, {
      community: 'c9',
      heldOn: '2026-05-01',
      matter: 'bau_truong_thon',
      form: 'ket_hop',
      counts: [50, 40, 26],
      published: '2026-05-02',
    });
    body(raw, 'ban_gsdtcd', '2020-01-01', '2026-06-14', 4);
    supervision(raw, '2026-03-01', 2, 2);
  });
  b = communeFigures(appB.sql, FROM, TO);
});

describe('reports.md v2: decisions, consultations, supervision bodies, recommendations, communesWith, previous', () => {
  it('counts decisions by the derived outcome, matter, form, communities and published results', () => {
    expect(a.decisions).toMatchObject({
      held: 3,
      adopted: 1,
      notAdopted: 1,
      noQuorum: 1,
      communities: 2,
      resultsPublished: 1,
    });
    expect(a.decisions.byMatter.quy_cong_dong).toEqual({ held: 2, adopted: 0 });
    expect(a.decisions.byMatter.cong_trinh_cong_cong).toEqual({ held: 1, adopted: 1 });
    expect(a.decisions.byMatter.khac).toEqual({ held: 0, adopted: 0 });
    expect(a.decisions.byForm).toEqual({ hoi_nghi: 2, phieu: 1, ket_hop: 0 });
  });

  it('sums consultations ended in the range, with the rate of opinions taken in', () => {
    expect(a.consultations).toEqual({
      held: 2,
      byMatter: {
        ke_hoach_ktxh: 1,
        quy_hoach_su_dung_dat: 0,
        dia_gioi_hanh_chinh: 0,
        du_an_dau_tu: 1,
        du_thao_van_ban: 0,
        khac: 0,
      },
      opinions: 49,
      accepted: 31,
      acceptedRate: 63.27,
      resultsPublished: 1,
    });
  });

  it('counts the bodies active at `to` (a body dissolved on `to` no longer is) and their members', () => {
    expect(a.supervisionBodies).toEqual({ ban_ttnd: { active: 1, members: 5 }, ban_gsdtcd: { active: 1, members: 3 } });
    expect(b.supervisionBodies).toEqual({ ban_ttnd: { active: 0, members: 0 }, ban_gsdtcd: { active: 0, members: 0 } });
    expect(a.supervisionRecommendations).toEqual({ made: 4, resolved: 3, resolvedRate: 75 });
  });

  it('says which communes did it, 0 or 1 each', () => {
    expect(a.communesWith).toEqual({
      dialogue: 0,
      receptionSession: 0,
      decision: 1,
      consultation: 1,
      banTtnd: 1,
      banGsdtcd: 1,
      allDisclosed: 0,
    });
    expect(b.communesWith).toMatchObject({ decision: 1, consultation: 0, banTtnd: 0, banGsdtcd: 0 });
  });

  it('computes the same period one year earlier by the same definitions', () => {
    expect(a.previous.period).toEqual({ from: '2024-12-15', to: '2025-06-14' });
    expect(a.previous.decisions).toMatchObject({ held: 1, adopted: 1, byForm: { hoi_nghi: 0, phieu: 0, ket_hop: 1 } });
    expect(a.previous.mediation.received).toBe(0);
    expect(communeFigures(apps[0]!.sql, '2024-02-29', '2024-12-31').previous.period).toEqual({
      from: '2023-02-28',
      to: '2023-12-31',
    });
  });

  it('gives an office the sums, with rates recomputed from them', () => {
    const total = combineSections([a, b], zeroFigures(a));
    expect(total.decisions).toMatchObject({
      held: 4,
      adopted: 2,
      notAdopted: 1,
      noQuorum: 1,
      communities: 3,
      resultsPublished: 2,
    });
    expect(total.communesWith).toMatchObject({ decision: 2, consultation: 1, banTtnd: 1, banGsdtcd: 1 });
    expect(total.supervisionRecommendations).toEqual({ made: 6, resolved: 5, resolvedRate: 83.33 });
    expect(total.consultations.acceptedRate).toBe(63.27);
    expect(total.previous.period).toEqual(a.previous.period);
    expect(total.previous.decisions.held).toBe(1);
  });

  it('puts the same numbers in the report workbook, as numbers', async () => {
    const file = await reportWorkbook({
      report: {
        schema: 'qcdc.report/1',
        period: { from: FROM, to: TO },
        scope: { role: 'commune', communes: 1 },
        ...a,
      },
      header: {
        issuer: 'ỦY BAN NHÂN DÂN',
        communeName: 'Xã 11111',
        province: null,
        placeName: '11111',
        signerTitle: 'CHỦ TỊCH',
        signerName: '',
        recipients: [],
        date: TO,
      },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const rows = new Map<string, unknown[]>();
    wb.worksheets[0]!.eachRow((row) => {
      const [, label, ...values] = row.values as unknown[];
      if (typeof label === 'string' && !rows.has(label)) rows.set(label, values);
    });
    expect(rows.get('Số việc Nhân dân bàn và quyết định')).toEqual([3]);
    expect(rows.get('   Không đủ số hộ dự họp')).toEqual([1]);
    expect(rows.get('Số ý kiến được tiếp thu')).toEqual([31]);
    expect(rows.get('Tỷ lệ tiếp thu (%)')).toEqual([63.27]);
    expect(rows.get('Kiến nghị qua giám sát')).toEqual([4]);
    expect(rows.get('Có Ban thanh tra nhân dân đang hoạt động')).toEqual([1]);
    expect([...rows.keys()]).toContain('CÙNG KỲ NĂM TRƯỚC (từ 15/12/2024 đến 14/06/2025)');
  });
});
