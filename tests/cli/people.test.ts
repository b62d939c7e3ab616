import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, initArgs, jsonOf, qcdc, readDatabase, tempFolders } from './helpers';

// Issue 11 through the real CLI: v2 lines of the three new kinds and the supervision's new fields are
// imported, `qcdc report --json` gives the figures of reports.md v2 computed here by hand, a line that
// breaks the household counts writes nothing, and the office's compilation after a real bundle round
// trip equals the commune's own figures.

const temp = tempFolders();
afterAll(() => temp.cleanup());

const line = (o: Record<string, unknown>) => JSON.stringify(o);
const decision = (community: string, heldOn: string, form: string, counts: [number, number, number], more = {}) => ({
  kind: 'community_decision',
  community,
  title: `Việc của ${community} ngày ${heldOn}`,
  heldOn,
  matter: 'cong_trinh_cong_cong',
  form,
  households: counts[0],
  householdsParticipating: counts[1],
  householdsApproving: counts[2],
  ...more,
});

const RECORDS = [
  { kind: 'community', name: 'Thôn Nà Lầu', type: 'thon', households: 120 },
  { kind: 'community', name: 'Tổ dân phố 3', type: 'to_dan_pho', households: 41 },
  // Exactly half of 120 represented: NOT more than half, no quorum.
  decision('Thôn Nà Lầu', '2026-02-10', 'hoi_nghi', [120, 60, 60]),
  // 61 of 120 approve at a meeting of 61: adopted, published.
  decision('Thôn Nà Lầu', '2026-03-10', 'hoi_nghi', [120, 61, 61], {
    resultPublishedOn: '2026-03-12',
    decisionRef: 'BB-02',
  }),
  // Ballots: 20 of 41 approve (needs 21): not adopted.
  decision('Tổ dân phố 3', '2026-04-01', 'phieu', [41, 35, 20], { matter: 'quy_cong_dong' }),
  // A year earlier, adopted: only in `previous`.
  decision('Tổ dân phố 3', '2025-04-01', 'ket_hop', [41, 30, 25], { matter: 'huong_uoc' }),
  {
    kind: 'consultation',
    title: 'Dự thảo kế hoạch phát triển kinh tế - xã hội năm 2027',
    startedOn: '2026-05-01',
    endedOn: '2026-05-20',
    matter: 'ke_hoach_ktxh',
    forms: ['hoi_nghi', 'cong_thong_tin'],
    opinions: 40,
    accepted: 30,
    resultPublishedOn: '2026-05-25',
  },
  {
    kind: 'consultation',
    title: 'Điều chỉnh quy hoạch khu dân cư',
    startedOn: '2026-06-01',
    endedOn: '2026-06-10',
    community: 'Thôn Nà Lầu',
    matter: 'quy_hoach_su_dung_dat',
    forms: ['phieu'],
    opinions: 8,
    accepted: 2,
  },
  {
    kind: 'supervision_body',
    body: 'ban_ttnd',
    establishedOn: '2024-10-05',
    decisionRef: '125/QĐ-UBND',
    members: [
      { name: 'Lý Văn Hùng', role: 'truong_ban', gender: 'nam' },
      { name: 'Hoàng Thị Mai', role: 'thanh_vien', gender: 'nu' },
      { name: 'Nông Văn Tú', role: 'thanh_vien' },
    ],
  },
  {
    kind: 'supervision_body',
    body: 'ban_gsdtcd',
    establishedOn: '2022-01-10',
    dissolvedOn: '2026-06-30',
    members: [{ name: 'Vi Thị Hạnh', role: 'truong_ban', gender: 'nu' }],
  },
  {
    kind: 'supervision',
    body: 'ban_gsdtcd',
    heldOn: '2026-04-20',
    subject: 'Thi công đường bê tông',
    project: 'Đường bê tông thôn Nà Lầu',
    recommendations: 5,
    recommendationsResolved: 4,
  },
];

let work: string;
let commune: string;
let office: string;
const PERIOD = ['--from', '2026-01-01', '--to', '2026-06-30', '--json'];

beforeAll(async () => {
  work = temp.make();
  commune = join(work, 'xa');
  office = join(work, 'so');
  expectOk(await qcdc(initArgs(commune, 'commune', '06185', 'Xã Nà Lầu')));
  writeFileSync(join(work, 'v2.ndjson'), `${RECORDS.map(line).join('\n')}\n`);
  expectOk(await qcdc(['records', 'import', '--data', commune, join(work, 'v2.ndjson')]));
}, 120_000);

describe('the people decide, comment and supervise (interchange.md v2, reports.md v2)', () => {
  it('gives the hand-computed figures of reports.md v2', async () => {
    const report = jsonOf<Record<string, Record<string, unknown>>>(
      await qcdc(['report', '--data', commune, ...PERIOD]),
    );
    expect(report.decisions).toMatchObject({
      held: 3,
      adopted: 1,
      notAdopted: 1,
      noQuorum: 1,
      communities: 2,
      resultsPublished: 1,
      byForm: { hoi_nghi: 2, phieu: 1, ket_hop: 0 },
    });
    expect((report.decisions!.byMatter as Record<string, unknown>).quy_cong_dong).toEqual({ held: 1, adopted: 0 });
    expect(report.consultations).toMatchObject({
      held: 2,
      opinions: 48,
      accepted: 32,
      acceptedRate: 66.67,
      resultsPublished: 1,
    });
    // The Ban GSĐTCĐ is dissolved on 30/06/2026, the last day: no longer active at `to`.
    expect(report.supervisionBodies).toEqual({
      ban_ttnd: { active: 1, members: 3 },
      ban_gsdtcd: { active: 0, members: 0 },
    });
    expect(report.supervisionRecommendations).toEqual({ made: 5, resolved: 4, resolvedRate: 80 });
    expect(report.communesWith).toMatchObject({ decision: 1, consultation: 1, banTtnd: 1, banGsdtcd: 0 });
    expect(report.previous).toMatchObject({
      period: { from: '2025-01-01', to: '2025-06-30' },
      decisions: { held: 1, adopted: 1 },
    });
  });

  it('refuses a line whose counts are impossible, naming the line and field, and writes nothing', async () => {
    const before = readDatabase(join(commune, 'qcdc.sqlite'), (db) =>
      db.prepare('SELECT count(*) AS n FROM change_log').get(),
    );
    const bad = [
      decision('Thôn Nà Lầu', '2026-06-01', 'hoi_nghi', [120, 80, 70]),
      decision('Thôn Nà Lầu', '2026-06-02', 'hoi_nghi', [120, 60, 61]),
      decision('Thôn Nà Lầu', '2026-06-03', 'phieu', [120, 121, 61]),
    ];
    writeFileSync(join(work, 'bad.ndjson'), `${bad.map(line).join('\n')}\n`);
    const run = await qcdc(['records', 'import', '--data', commune, join(work, 'bad.ndjson')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/[Dd]òng 2/);
    expect(run.stderr).toContain('Số hộ tán thành không được lớn hơn số hộ tham gia');
    expect(run.stderr).toMatch(/[Dd]òng 3/);
    expect(run.stderr).toContain('Số hộ tham gia không được lớn hơn tổng số hộ');
    const after = readDatabase(join(commune, 'qcdc.sqlite'), (db) =>
      db.prepare('SELECT count(*) AS n FROM change_log').get(),
    );
    expect(after).toEqual(before);
  });

  it("gives the office the commune's own figures after a real bundle round trip", async () => {
    expectOk(await qcdc(initArgs(office, 'office', 'STP-NL', 'Sở Tư pháp tỉnh Nà Lầu')));
    const communeCard = join(work, 'the-xa.json');
    const officeCard = join(work, 'the-so.json');
    expectOk(await qcdc(['card', '--data', commune, '--out', communeCard]));
    expectOk(await qcdc(['card', '--data', office, '--out', officeCard]));
    expectOk(await qcdc(['enroll', '--data', office, communeCard]));
    expectOk(await qcdc(['enroll', '--data', commune, officeCard]));
    const bundle = join(work, 'b.qcdc');
    expectOk(await qcdc(['bundle', 'export', '--data', commune, '--out', bundle]));
    expectOk(await qcdc(['bundle', 'import', '--data', office, bundle]));
    const own = jsonOf<Record<string, unknown>>(await qcdc(['report', '--data', commune, ...PERIOD]));
    const compiled = jsonOf<Record<string, unknown> & { communes: Record<string, unknown>[] }>(
      await qcdc(['report', '--data', office, ...PERIOD]),
    );
    const { schema: _s, period: _p, scope: _c, ...sections } = own;
    expect(compiled.communes).toEqual([{ code: '06185', name: 'Xã Nà Lầu', ...sections }]);
    for (const key of [
      'decisions',
      'consultations',
      'supervisionBodies',
      'supervisionRecommendations',
      'communesWith',
      'previous',
    ])
      expect(compiled[key], key).toEqual(own[key]);
  }, 120_000);
});
