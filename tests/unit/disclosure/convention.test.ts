import { describe, expect, it } from 'vitest';
import { conventionWarnings } from '../../../db/convention/service';
import type { ConventionData } from '../../../db/convention/spec';
import { VIETNAMESE_LUNAR } from '../../../db/calendar/lunar';
import { createCalendar } from '../../../shared/calendar/calendar';
import { workingDaysBetween as workingDaysIn } from '../../../shared/convention/rules';
import { err, ok, openTestApp } from '../../helpers/app';

const calendar = createCalendar(VIETNAMESE_LUNAR);
const workingDaysBetween = (from: string, to: string) => workingDaysIn(from, to, calendar);
const conventionWarningsOn = (c: ConventionData, today: string) => conventionWarnings(c, today, calendar);

async function commune() {
  const app = openTestApp();
  await ok(app.dispatch, 'installation.setup', {
    role: 'commune',
    code: '12345',
    name: 'Xã Tân Hưng',
    province: 'Lạng Sơn',
    communities: [
      { name: 'Thôn Bản Chắt', type: 'thon', households: 96 },
      { name: 'Thôn Nà Pò', type: 'thon', households: 50 },
    ],
  });
  return app;
}

describe('conventions (domain.md §D)', () => {
  it('runs the lifecycle: consultation ≥30 days, a failed meeting redone by ballot, recognition, review, amendment', async () => {
    const app = await commune();
    try {
      const [chat, napo] = (await ok(app.dispatch, 'community.list', {})).items;
      let c = await ok(app.dispatch, 'convention.create', {
        communityId: chat!.id,
        type: 'huong_uoc',
        title: 'Hương ước thôn Bản Chắt',
      });
      expect(c).toMatchObject({ status: 'soan_thao', versionNo: 1 });
      const act = async (step: Record<string, unknown>) =>
        (c = await ok(app.dispatch, 'convention.act', { id: c.id, version: c.version, step: step as never }));

      const short = await err(app.dispatch, 'convention.act', {
        id: c.id,
        version: c.version,
        step: { action: 'consult', from: '2025-01-01', to: '2025-01-29' },
      });
      expect(short.code).toBe('RULE_VIOLATION');
      expect(short.message).toContain('không ít hơn 30 ngày (hiện là 29 ngày)');
      await act({ action: 'consult', from: '2025-01-01', to: '2025-01-30', place: 'Nhà văn hóa thôn' });
      expect(c.status).toBe('lay_y_kien');

      // 40 of 96 households at the meeting: no quorum, the vote fails and the status stays.
      await act({
        action: 'vote',
        vote: { method: 'hop', on: '2025-02-05', households: 96, present: 40, approving: 40 },
      });
      expect(c.status).toBe('lay_y_kien');
      expect(c.votes[0]).toMatchObject({ quorum: false, majority: false, passed: false });
      await act({
        action: 'vote',
        vote: { method: 'phieu', on: '2025-02-15', households: 96, present: 80, approving: 60 },
      });
      expect(c).toMatchObject({ status: 'da_thong_qua', adoptedOn: '2025-02-15' });
      expect(c.votes[1]).toMatchObject({ passed: true });

      const early = await err(app.dispatch, 'convention.act', {
        id: c.id,
        version: c.version,
        step: { action: 'review', on: '2025-03-01', outcome: 'giu_nguyen' },
      });
      expect(early.code).toBe('RULE_VIOLATION');

      await act({ action: 'submit', on: '2025-02-18' });
      await act({ action: 'recognize', on: '2025-02-24', decisionRef: '15/QĐ-UBND' });
      expect(c).toMatchObject({ status: 'da_cong_nhan', effectiveOn: '2025-02-24' });
      await act({
        action: 'review',
        on: '2025-11-18',
        outcome: 'sua_doi_bo_sung',
        note: 'Bổ sung quy định về vệ sinh môi trường',
      });

      const amended = await ok(app.dispatch, 'convention.act', {
        id: c.id,
        version: c.version,
        step: { action: 'amend', title: null },
      });
      expect(amended).toMatchObject({ versionNo: 2, supersedesId: c.id, status: 'soan_thao' });
      expect((await ok(app.dispatch, 'convention.get', { id: c.id })).supersededById).toBe(amended.id);

      const refused = await err(app.dispatch, 'community.delete', { id: chat!.id, version: chat!.version });
      expect(refused.message).toBe(
        'Không thể xóa thôn / tổ dân phố đang có hương ước, quy ước. Hãy xóa các bản ghi đó trước.',
      );
      const report = await ok(app.dispatch, 'report.period', { from: '2025-01-01', to: '2025-12-31' });
      // One recognition in the period (24/02/2025), of a first version (not an amendment).
      expect(report.conventions).toEqual({
        communities: 2,
        withConvention: 1,
        reviewed: 1,
        amended: 1,
        recognized: 1,
        recognizedAmendments: 0,
      });
      const coverage = await ok(app.dispatch, 'convention.coverage', { on: '2025-12-31' });
      expect(coverage.rows.filter((r) => !r.inForce).map((r) => r.communityName)).toEqual([napo!.name]);

      await act({ action: 'repeal', on: '2026-03-01', decisionRef: '20/QĐ-UBND' });
      // A repeal after the period's end changes nothing for that period.
      expect(
        (await ok(app.dispatch, 'report.period', { from: '2025-01-01', to: '2025-12-31' })).conventions.withConvention,
      ).toBe(1);
      expect(
        (await ok(app.dispatch, 'report.period', { from: '2026-01-01', to: '2026-12-31' })).conventions.withConvention,
      ).toBe(0);
      expect((await ok(app.dispatch, 'convention.history', { id: c.id })).length).toBeGreaterThan(5);
    } finally {
      app.cleanup();
    }
  });

  it('is in force from its effective date, not from the date of the recognition decision', async () => {
    const app = await commune();
    try {
      const [chat] = (await ok(app.dispatch, 'community.list', {})).items;
      let c = await ok(app.dispatch, 'convention.create', {
        communityId: chat!.id,
        type: 'huong_uoc',
        title: 'Hương ước thôn Bản Chắt',
      });
      const act = async (step: Record<string, unknown>) =>
        (c = await ok(app.dispatch, 'convention.act', { id: c.id, version: c.version, step: step as never }));
      await act({ action: 'consult', from: '2025-07-01', to: '2025-07-31' });
      await act({
        action: 'vote',
        vote: { method: 'hop', on: '2025-08-20', households: 96, present: 80, approving: 70 },
      });
      await act({ action: 'submit', on: '2025-09-01' });
      await act({ action: 'recognize', on: '2025-09-10', decisionRef: '21/QĐ-UBND', effectiveOn: '2025-09-20' });
      expect(c).toMatchObject({ status: 'da_cong_nhan', recognizedOn: '2025-09-10', effectiveOn: '2025-09-20' });
      const inForce = async (on: string) =>
        (await ok(app.dispatch, 'convention.coverage', { on })).rows.find((r) => r.communityId === chat!.id)?.inForce;
      expect(await inForce('2025-09-15')).toBe(false);
      expect(await inForce('2025-09-20')).toBe(true);
    } finally {
      app.cleanup();
    }
  });

  it('exports and re-imports conventions and disclosures without change', async () => {
    const app = await commune();
    try {
      const [chat] = (await ok(app.dispatch, 'community.list', {})).items;
      let c = await ok(app.dispatch, 'convention.create', { communityId: chat!.id, type: 'quy_uoc', title: 'Quy ước' });
      c = await ok(app.dispatch, 'convention.act', {
        id: c.id,
        version: c.version,
        step: { action: 'vote', vote: { method: 'hop', on: '2024-03-01', households: 96, present: 60, approving: 55 } },
      });
      const recognized = await ok(app.dispatch, 'convention.act', {
        id: c.id,
        version: c.version,
        step: { action: 'recognize', on: '2024-03-08', decisionRef: '05/QĐ-UBND', effectiveOn: null },
      });
      expect(recognized.status).toBe('da_cong_nhan');
      await ok(app.dispatch, 'disclosure.create', {
        catalog: 'LUAT10_2022',
        item: 1,
        title: 'Kế hoạch 2024',
        forms: ['niem_yet'],
        publishedOn: '2024-01-05',
        postedFrom: '2024-01-05',
        postedTo: '2024-02-05',
      });
      const exported = await ok(app.dispatch, 'records.export', { format: 'ndjson' });
      const text = Buffer.from(exported.base64, 'base64').toString('utf8');
      expect(text).toContain('"kind":"convention"');
      const again = await ok(app.dispatch, 'records.import', { fileName: 'lai.ndjson', base64: exported.base64 });
      expect(again.unchanged).toMatchObject({ disclosure: 1, convention: 1 });
      const xlsx = await ok(app.dispatch, 'records.export', { format: 'xlsx' });
      const fromXlsx = await ok(app.dispatch, 'records.import', { fileName: 'lai.xlsx', base64: xlsx.base64 });
      expect(fromXlsx.unchanged).toMatchObject({ disclosure: 1, convention: 1 });

      const bad = await err(app.dispatch, 'records.import', {
        fileName: 'sai.ndjson',
        base64: Buffer.from(
          '{"kind":"disclosure","item":14,"title":"X","publishedOn":"2022-01-01","forms":["niem_yet"]}\n',
        ).toString('base64'),
      });
      expect(bad.issues).toEqual([{ line: 1, field: 'item', message: 'Phải từ 1 đến 11 với danh mục PL34_2007.' }]);
    } finally {
      app.cleanup();
    }
  });

  it('warns about late submission or recognition (5 working days) and a missing annual review', () => {
    // Friday 14/02/2025 → Monday 24/02/2025 is 6 working days; → Friday 21/02/2025 is 5.
    expect(workingDaysBetween('2025-02-14', '2025-02-24')).toBe(6);
    expect(workingDaysBetween('2025-02-14', '2025-02-21')).toBe(5);
    const base = {
      adoptedOn: '2025-02-14',
      submittedOn: '2025-02-24',
      recognizedOn: '2025-02-26',
      status: 'da_cong_nhan',
      reviews: [],
    } as unknown as ConventionData;
    expect(conventionWarningsOn(base, '2025-11-17').map((w) => w.code)).toEqual(['late_submission']);
    expect(conventionWarningsOn(base, '2025-11-18').map((w) => w.code)).toEqual(['late_submission', 'review_due']);
    const reviewed = {
      ...base,
      submittedOn: '2025-02-21',
      reviews: [{ on: '2025-11-18', outcome: 'giu_nguyen', note: null }],
    };
    expect(conventionWarningsOn(reviewed as ConventionData, '2026-11-17')).toEqual([]);
    const late = { ...reviewed, recognizedOn: '2025-03-03' } as ConventionData;
    expect(conventionWarningsOn(late, '2026-11-17')[0]!.message).toBe(
      'Quyết định công nhận ban hành sau 6 ngày làm việc kể từ khi nhận hồ sơ (quy định: không quá 5 ngày làm việc, Nghị định 61/2023/NĐ-CP, Điều 11).',
    );
  });
});
