import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLine } from '../../../db/sync/payload';
import { runCli } from '../../../electron/cli/run';
import type { RequestOf } from '../../../shared/contract/index';
import { err, ok } from '../../helpers/app';
import { exportBytes, importBytes, newCommune, newOffice, pair, type TestApp } from '../sync/fixture';

// The rules of issue 10 through the real dispatcher, one test per legal source: petitions from the
// thụ lý (Luật Khiếu nại 2011, Luật Tố cáo 2018), the disclosure catalog by date (Pháp lệnh 34/2007,
// Luật 10/2022), hương ước by date (Quyết định 22/2018, Nghị định 61/2023), the report v2 keys
// (reports.md v2) and an office's figures equal to the commune's after a real bundle.

const apps: TestApp[] = [];
afterAll(() => apps.forEach((a) => a.cleanup()));

let commune: Awaited<ReturnType<typeof newCommune>>;
let office: TestApp;

const petition = (over: Record<string, unknown>) =>
  ({
    receivedOn: '2026-03-02',
    content: 'khieu_nai',
    summary: 'Khiếu nại',
    handling: 'thu_ly',
    ...over,
  }) as RequestOf<'reception.createPetition'>;

beforeAll(async () => {
  commune = await newCommune();
  office = await newOffice();
  apps.push(commune, office);
  await pair(commune, office);
}, 60_000);

describe('Luật Tố cáo 2018, Điều 30: extensions by level', () => {
  it('refuses a second extension for a complex case and any for an ordinary one; two for especially complex', async () => {
    const d = commune.dispatch;
    const denunciation = { content: 'to_cao', secretRef: 'SM-1' };
    const two = await err(d, 'reception.createPetition', petition({ ...denunciation, complex: true, extensions: 2 }));
    expect(two.issues).toEqual([
      {
        field: 'extensions',
        message:
          'Vụ việc phức tạp chỉ được gia hạn 1 lần; gia hạn 2 lần chỉ với vụ việc đặc biệt phức tạp (Luật Tố cáo 2018, Điều 30).',
      },
    ]);
    const none = await err(d, 'reception.createPetition', petition({ ...denunciation, extensions: 1 }));
    expect(none.issues?.[0]?.message).toContain('Chỉ vụ việc phức tạp hoặc đặc biệt phức tạp mới được gia hạn');
    const three = await err(
      d,
      'reception.createPetition',
      petition({ ...denunciation, especiallyComplex: true, extensions: 3 }),
    );
    expect(three.issues?.[0]?.message).toContain('tối đa 2 lần');
    const ok2 = await ok(
      d,
      'reception.createPetition',
      petition({ ...denunciation, especiallyComplex: true, extensions: 2, acceptedOn: '2026-03-05' }),
    );
    expect(ok2.resolveDeadline).toMatchObject({ days: 90, from: '2026-03-05', fromKind: 'accepted' });
    await ok(d, 'reception.deletePetition', { id: ok2.id, version: ok2.version });
  });

  it('Điều 24: "several places" and "especially complex" belong to a denunciation only', async () => {
    const e = await err(
      commune.dispatch,
      'reception.createPetition',
      petition({ multiplePlaces: true, especiallyComplex: true }),
    );
    expect(e.issues?.map((i) => i.field).sort()).toEqual(['especiallyComplex', 'multiplePlaces']);
  });
});

describe('Luật Khiếu nại 2011, Điều 27–28: the thụ lý date', () => {
  it('refuses a thụ lý before receipt, a resolution before the thụ lý, a thụ lý without thụ lý handling', async () => {
    const d = commune.dispatch;
    expect((await err(d, 'reception.createPetition', petition({ acceptedOn: '2026-03-01' }))).issues).toEqual([
      { field: 'acceptedOn', message: 'Ngày thụ lý không được trước ngày nhận đơn.' },
    ]);
    const early = await err(
      d,
      'reception.createPetition',
      petition({ acceptedOn: '2026-03-10', status: 'da_giai_quyet', resolvedOn: '2026-03-05' }),
    );
    expect(early.issues).toEqual([{ field: 'resolvedOn', message: 'Ngày kết thúc không được trước ngày thụ lý.' }]);
    const handled = await err(
      d,
      'reception.createPetition',
      petition({ handling: 'chuyen_don', acceptedOn: '2026-03-02' }),
    );
    expect(handled.issues?.map((i) => i.field)).toEqual(['acceptedOn']);
  });

  it('without a thụ lý date the deadline counts from the last thụ lý day and the board says "chưa ghi ngày thụ lý"', async () => {
    const d = commune.dispatch;
    const p = await ok(d, 'reception.createPetition', petition({ receivedOn: '2026-02-11' }));
    expect(p.acceptDeadline?.due).toBe('2026-03-04');
    expect(p.resolveDeadline).toMatchObject({ due: '2026-04-15', fromKind: 'acceptDeadline', from: '2026-03-04' });
    const board = await ok(d, 'reception.deadlines', { today: '2026-04-13' });
    expect(board).toEqual([expect.objectContaining({ petitionId: p.id, fromKind: 'acceptDeadline', daysLeft: 2 })]);
    await ok(d, 'reception.deletePetition', { id: p.id, version: p.version });
  });
});

describe('Pháp lệnh 34/2007 and Luật 10/2022: the catalog checked against the disclosure date', () => {
  it('refuses a Luật 10/2022 disclosure dated before 01/07/2023, in the contract and in an import', async () => {
    const d = commune.dispatch;
    const base = { catalog: 'LUAT10_2022', item: 1, title: 'Kế hoạch', forms: ['niem_yet'] } as const;
    const e = await err(d, 'disclosure.create', { ...base, publishedOn: '2022-12-01' });
    expect(e.issues?.[0]).toMatchObject({ field: 'catalog' });
    expect(e.issues?.[0]?.message).toContain('có hiệu lực từ 01/07/2023');
    const line = JSON.stringify({ kind: 'disclosure', ...base, publishedOn: '2022-12-01' });
    const r = await d('records.import', { fileName: 'a.ndjson', base64: Buffer.from(line).toString('base64') });
    expect(r.ok).toBe(false);
    await ok(d, 'disclosure.create', { ...base, forms: ['niem_yet'], publishedOn: '2023-07-01' });
  });

  it('accepts a Pháp lệnh 34 disclosure after 30/06/2023 with a warning: its repeal is unconfirmed ([M])', async () => {
    const disclosure = await ok(commune.dispatch, 'disclosure.create', {
      catalog: 'PL34_2007',
      item: 2,
      title: 'Dự án',
      forms: ['van_ban'],
      publishedOn: '2023-07-05',
    });
    expect(disclosure.warnings.map((w) => w.code)).toEqual(['catalog_outdated']);
  });

  it('a 2023 report counts each disclosure against the catalog in force on its own date, and says so', async () => {
    const d = commune.dispatch;
    await ok(d, 'disclosure.create', {
      catalog: 'PL34_2007',
      item: 1,
      title: 'Dự toán',
      forms: ['niem_yet'],
      publishedOn: '2023-02-01',
      postedFrom: '2023-02-01',
      postedTo: '2023-03-10',
    });
    const report = await ok(d, 'report.period', { from: '2023-01-01', to: '2023-12-31' });
    expect(report.disclosure.byCatalog).toEqual({
      PL34_2007: { from: '2023-01-01', to: '2023-06-30', items: 11, events: 1, itemsDisclosed: 1, communesAllItems: 0 },
      LUAT10_2022: {
        from: '2023-07-01',
        to: '2023-12-31',
        items: 14,
        events: 1,
        itemsDisclosed: 1,
        communesAllItems: 0,
      },
    });
    expect(report.disclosure.byForm).toMatchObject({ niem_yet: 2, van_ban: 1 });
    const doc = await ok(d, 'report.document', { from: '2023-01-01', to: '2023-12-31' });
    expect(doc.report.disclosure.events).toBe(3);
  });
});

describe('Quyết định 22/2018/QĐ-TTg before 16/8/2023, Nghị định 61/2023/NĐ-CP after: hương ước by its dates', () => {
  it('a convention recognised in 2022 names UBND cấp huyện and gets no 5-working-day warning; one of 2024 does', async () => {
    const d = commune.dispatch;
    const make = async (title: string, adopted: string, submitted: string, recognized: string) => {
      const c = await ok(d, 'convention.create', { communityId: commune.seed.community.id, type: 'quy_uoc', title });
      let cur = c;
      const act = async (step: Record<string, unknown>) =>
        (cur = await ok(d, 'convention.act', { id: cur.id, version: cur.version, step: step as never }));
      await act({
        action: 'vote',
        vote: { method: 'phieu', on: adopted, households: 100, present: 90, approving: 80 },
      });
      await act({ action: 'submit', on: submitted });
      return act({ action: 'recognize', on: recognized, decisionRef: '1/QĐ' });
    };
    // Adopted Friday, submitted ten working days later, recognised ten working days after that.
    const old = await make('Quy ước cũ', '2022-03-04', '2022-03-18', '2022-04-01');
    expect(old.legalBasis).toMatchObject({ ruleId: 'QD_22_2018', recognizer: 'Ủy ban nhân dân cấp huyện' });
    expect(old.warnings.filter((w) => w.code !== 'review_due')).toEqual([]);
    const recent = await make('Quy ước mới', '2024-03-01', '2024-03-15', '2024-03-29');
    expect(recent.legalBasis).toMatchObject({ ruleId: 'ND_61_2023', recognizer: 'Ủy ban nhân dân cấp xã' });
    expect(recent.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['late_submission', 'late_recognition']));
  });

  it('Nghị định 61/2023, Điều 11: five working days in the holiday calendar (2025: 30/4–02/5 off, Saturday 26/4 worked)', async () => {
    const { conventionWarnings } = await import('../../../db/convention/service');
    const { holidayCalendar } = await import('../../../db/calendar/service');
    const calendar = holidayCalendar(commune.sql);
    const warnings = (adoptedOn: string, submittedOn: string) =>
      conventionWarnings(
        { adoptedOn, submittedOn, recognizedOn: null, status: 'da_thong_qua', reviews: [] } as never,
        '2025-06-01',
        calendar,
      ).map((w) => w.code);
    // After Saturday 26/4: 28/4, 29/4, (30/4–4/5 off), 5/5, 6/5, 7/5 — five working days.
    expect(warnings('2025-04-26', '2025-05-07')).toEqual([]);
    expect(warnings('2025-04-26', '2025-05-08')).toEqual(['late_submission']);
    // After Friday 25/4 the swapped Saturday 26/4 counts: 26/4, 28/4, 29/4, 5/5, 6/5.
    expect(warnings('2025-04-25', '2025-05-06')).toEqual([]);
    expect(warnings('2025-04-25', '2025-05-07')).toEqual(['late_submission']);
  });
});

describe('reports.md v2: the reception keys, on the commune and at its office', () => {
  it('`qcdc report --json` gives petitionsByHandling, citizensByHost, complex, missingAcceptedOn; the office equals the commune', async () => {
    const d = commune.dispatch;
    await ok(d, 'reception.createVisit', {
      receivedOn: '2026-05-04',
      host: 'chu_tich_ubnd',
      citizens: 7,
      group: true,
      content: 'kien_nghi',
      summary: 'Đường',
    });
    await ok(d, 'reception.createVisit', {
      receivedOn: '2026-05-05',
      host: 'bi_thu',
      citizens: 2,
      content: 'phan_anh',
      summary: 'Rác',
    });
    await ok(d, 'reception.createSession', { heldOn: '2026-05-04', host: 'chu_tich_ubnd' });
    await ok(
      d,
      'reception.createPetition',
      petition({
        receivedOn: '2026-05-04',
        acceptedOn: '2026-05-06',
        complex: true,
        status: 'da_giai_quyet',
        resolvedOn: '2026-06-01',
      }),
    );
    await ok(d, 'reception.createPetition', petition({ receivedOn: '2026-05-05' }));
    await ok(
      d,
      'reception.createPetition',
      petition({
        receivedOn: '2026-05-06',
        content: 'to_cao',
        secretRef: 'SM-2',
        especiallyComplex: true,
        acceptedOn: '2026-05-07',
      }),
    );
    await ok(
      d,
      'reception.createPetition',
      petition({ receivedOn: '2026-05-07', handling: 'chuyen_don', forwardedTo: 'Thanh tra tỉnh' }),
    );
    await ok(
      d,
      'reception.createPetition',
      petition({ receivedOn: '2026-05-08', content: 'kien_nghi', handling: 'tra_lai_huong_dan' }),
    );
    await ok(
      d,
      'reception.createPetition',
      petition({ receivedOn: '2026-05-08', content: 'phan_anh', handling: 'luu_don' }),
    );

    const out: string[] = [];
    const code = await runCli(
      ['report', '--data', commune.dataDir, '--from', '2026-05-01', '--to', '2026-05-31', '--json'],
      {
        out: (t) => out.push(t),
        err: () => undefined,
        errIsTTY: false,
      },
    );
    expect(code).toBe(0);
    const json = JSON.parse(out.join('')) as { reception: Record<string, unknown> };
    expect(json.reception).toMatchObject({
      petitionsByHandling: { thu_ly: 3, tra_lai_huong_dan: 1, chuyen_don: 1, luu_don: 1 },
      citizensByHost: { chu_tich_ubnd: 7, bi_thu: 2, dai_bieu_hdnd: 0, cong_chuc: 0 },
      // In competence: 4 complaints or denunciations; complex: the resolved complaint (resolved 01/6, after the period) and the especially complex denunciation.
      complex: { received: 2, resolved: 0 },
      missingAcceptedOn: 1,
      chairWeeks: { weeks: 4, held: 1 },
      visits: 2,
      citizens: 9,
    });

    const bytes = await exportBytes(commune, { all: true });
    expect((await importBytes(office, bytes)).ok).toBe(true);
    const periods = [
      { from: '2026-05-01', to: '2026-05-31' },
      { from: '2026-01-01', to: '2026-12-31' },
      { from: '2023-01-01', to: '2023-12-31' },
    ];
    for (const period of periods) {
      const own = await ok(d, 'report.period', period);
      const atOffice = await ok(office.dispatch, 'report.period', period);
      const { code: _c, name: _n, ...communeAtOffice } = atOffice.communes![0]!;
      const { schema: _s, period: _p, scope: _scope, ...figures } = own;
      expect(communeAtOffice).toEqual(figures);
      // One commune: the office's figures are that commune's (reports.md: sums over communes).
      const { schema: _s2, period: _p2, scope: _sc2, communes: _cs, ...total } = atOffice;
      expect(total).toEqual(figures);
    }
  }, 60_000);

  it('a bundle from a commune before v2 (snapshots without acceptedOn) is still accepted', () => {
    const snapshot = {
      id: 'p1',
      version: 1,
      createdAt: 1,
      updatedAt: 1,
      updatedBy: null,
      deletedAt: null,
      receivedOn: '2021-04-02',
      content: 'to_cao',
      inCompetence: true,
      summary: null,
      handling: 'thu_ly',
      status: 'da_giai_quyet',
      resolvedOn: '2021-04-28',
      complex: false,
      remoteArea: false,
      round: 1,
      extensions: 0,
      petitionerName: null,
      petitionerAddress: null,
      petitionerIdNumber: null,
      secretRef: null,
      forwardedTo: null,
      resolution: null,
      note: null,
    };
    const line = {
      seq: 1,
      entity: 'petition',
      id: 'p1',
      version: 1,
      op: 'create',
      at: 1,
      hash: 'a'.repeat(64),
      prevHash: 'a'.repeat(64),
      snapshot,
    };
    expect(parseLine(JSON.stringify(line), 1).snapshot).toEqual(snapshot);
    expect(() =>
      parseLine(JSON.stringify({ ...line, snapshot: { ...snapshot, acceptedOn: '2101-01-01' } }), 1),
    ).toThrow(/trường acceptedOn: Ngày 01\/01\/2101 nằm ngoài khoảng cho phép/);
  });
});
