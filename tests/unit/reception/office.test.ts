import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeFigures } from '../../../db/report/figures';
import { combineSections } from '../../../shared/report/combine';
import { emptyReception, emptyReceptionSections } from '../../../shared/report/emptyReception';
import type { CommuneSections } from '../../../shared/report/schema';
import { ok, openTestApp } from '../../helpers/app';

// The office compilation (reports.md): the office runs the same communeFigures on each commune's
// records and sums them; the resolution rate is recomputed from the sums, never averaged.

type TestApp = ReturnType<typeof openTestApp>;
const apps: TestApp[] = [];
afterAll(() => apps.forEach((a) => a.cleanup()));

async function commune(code: string, petitions: { resolved: boolean; inCompetence: boolean }[], groups: number) {
  const app = openTestApp();
  apps.push(app);
  const d = app.dispatch;
  await ok(d, 'installation.setup', { role: 'commune', code, name: `Xã ${code}`, userName: 'Cán bộ' });
  await ok(d, 'reception.createSession', { heldOn: '2026-03-02', host: 'chu_tich_ubnd' });
  for (let i = 0; i < groups; i++) {
    await ok(d, 'reception.createVisit', {
      receivedOn: '2026-03-02',
      host: 'chu_tich_ubnd',
      citizens: 8,
      group: true,
      content: 'kien_nghi',
      summary: 'Đoàn đông người kiến nghị',
      representatives: 'Hai người đại diện',
    });
  }
  for (const p of petitions) {
    await ok(d, 'reception.createPetition', {
      receivedOn: '2026-03-02',
      content: 'khieu_nai',
      inCompetence: p.inCompetence,
      summary: 'Khiếu nại',
      handling: p.inCompetence ? 'thu_ly' : 'chuyen_don',
      ...(p.resolved ? { status: 'da_giai_quyet' as const, resolvedOn: '2026-03-20' } : {}),
    });
  }
  await ok(d, 'reception.createDialogue', { heldOn: '2026-03-05', topic: 'Đối thoại' });
  await ok(d, 'reception.createSupervision', { body: 'ban_gsdtcd', heldOn: '2026-03-06', subject: 'Đường' });
  return communeFigures(app.sql, '2026-01-01', '2026-06-30');
}

let a: CommuneSections;
let b: CommuneSections;

beforeAll(async () => {
  // A: 3 in competence, 1 resolved (33,33%); B: 1 in competence, 1 resolved (100%) + 1 forwarded.
  a = await commune(
    '11111',
    [
      { resolved: true, inCompetence: true },
      { resolved: false, inCompetence: true },
      { resolved: false, inCompetence: true },
    ],
    1,
  );
  b = await commune(
    '22222',
    [
      { resolved: true, inCompetence: true },
      { resolved: false, inCompetence: false },
    ],
    2,
  );
});

describe('office compilation of reception figures', () => {
  it('gives each commune its own figures', () => {
    expect(a.reception).toMatchObject({
      sessions: 1,
      visits: 1,
      citizens: 8,
      groupVisits: 1,
      inCompetence: 3,
      resolved: 1,
    });
    expect(a.reception.resolvedRate).toBe(33.33);
    expect(b.reception).toMatchObject({ visits: 2, citizens: 16, complaintsAndDenunciations: 2, inCompetence: 1 });
    expect(b.reception.resolvedRate).toBe(100);
  });

  it('sums counts and recomputes the rate from the sums (2 / 4 = 50%, not the mean 66,67%)', () => {
    const total = combineSections([a, b], { ...a, ...emptyReceptionSections() });
    expect(total.reception).toEqual({
      ...emptyReception(),
      sessions: 2,
      sessionsByHost: { chu_tich_ubnd: 2, bi_thu: 0, dai_bieu_hdnd: 0, cong_chuc: 0 },
      visits: 3,
      citizens: 24,
      groupVisits: 3,
      visitsByHost: { chu_tich_ubnd: 3, bi_thu: 0, dai_bieu_hdnd: 0, cong_chuc: 0 },
      visitsByContent: { khieu_nai: 0, to_cao: 0, kien_nghi: 3, phan_anh: 0 },
      complaintsAndDenunciations: 5,
      inCompetence: 4,
      inCompetenceByContent: { khieu_nai: 4, to_cao: 0 },
      resolved: 2,
      resolvedByContent: { khieu_nai: 2, to_cao: 0 },
      resolvedRate: 50,
      // The two pending complaints of A, received on 02/03 without a thụ lý date, count from the last day
      // of the thụ lý (16/03) and are past their 30 working days by 30/06.
      overdue: 2,
      petitionsByHandling: { thu_ly: 4, tra_lai_huong_dan: 0, chuyen_don: 1, luu_don: 0 },
      citizensByHost: { chu_tich_ubnd: 24, bi_thu: 0, dai_bieu_hdnd: 0, cong_chuc: 0 },
      complex: { received: 0, resolved: 0 },
      missingAcceptedOn: 4,
      // 29/12/2025–30/06/2026 is 27 weeks; the week of Tết (16–22/02/2026) has no working day: 26 per commune.
      chairWeeks: { weeks: 52, held: 2 },
    });
    expect(total.dialogues).toBe(2);
    expect(total.supervisions).toEqual({ ban_ttnd: 0, ban_gsdtcd: 2 });
  });

  it('an office with no commune has zero figures and no rate', () => {
    const none = combineSections([], { ...a, ...emptyReceptionSections() });
    expect(none.reception).toEqual(emptyReception());
  });
});
