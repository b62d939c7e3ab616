import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../db/changelog/chain';
import { err, ok, openTestApp } from '../../helpers/app';

const EXAMPLE = [
  '{"kind":"community","name":"Thôn Nà Lầu","type":"thon","households":112}',
  '{"kind":"mediation_team","community":"Thôn Nà Lầu"}',
  '{"kind":"mediator","community":"Thôn Nà Lầu","name":"Hoàng Thị Mai","gender":"nu","role":"to_truong"}',
  '{"kind":"mediation_case","community":"Thôn Nà Lầu","receivedOn":"2021-03-05","category":"dan_su","summary":"Tranh chấp lối đi chung","status":"thanh","closedOn":"2021-03-12"}',
];

const b64 = (lines: string[]) => Buffer.from(lines.join('\n') + '\n', 'utf8').toString('base64');

async function commune() {
  const app = openTestApp();
  await ok(app.dispatch, 'installation.setup', {
    role: 'commune',
    code: '01234',
    name: 'Xã Nà Lầu',
    province: 'Cao Bằng',
  });
  return app;
}

const dbState = (app: ReturnType<typeof openTestApp>) =>
  JSON.stringify(
    ['community', 'mediation_team', 'mediator', 'mediation_case', 'change_log'].map((t) =>
      app.sql.raw.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all(),
    ),
  );

describe('records import (interchange.md)', () => {
  it("imports the spec's example and re-importing it changes nothing", async () => {
    const app = await commune();
    try {
      const first = await ok(app.dispatch, 'records.import', { fileName: 'vi-du.ndjson', base64: b64(EXAMPLE) });
      expect(first.created).toMatchObject({ community: 1, mediation_team: 1, mediation_case: 1, mediator: 1 });
      const report = await ok(app.dispatch, 'report.period', { from: '2021-01-01', to: '2021-12-31' });
      expect(report.mediation).toMatchObject({
        received: 1,
        successful: 1,
        successRate: 100,
        teams: 1,
        mediators: 1,
        mediatorsFemale: 1,
      });
      // Without ids, community and team are matched by natural key; the mediator and case lines have no key,
      // so only the lines with natural keys are idempotent. With ids everything is.
      const exported = await ok(app.dispatch, 'records.export', { format: 'ndjson' });
      const withIds = Buffer.from(exported.base64, 'base64').toString('utf8').trim().split('\n');
      const before = dbState(app);
      const again = await ok(app.dispatch, 'records.import', { fileName: 'lai.ndjson', base64: b64(withIds) });
      expect(again.unchanged).toMatchObject({ community: 1, mediation_team: 1, mediator: 1, mediation_case: 1 });
      expect(dbState(app)).toBe(before);
      expect(verifyChain(app.sql)).toEqual([]);
    } finally {
      app.cleanup();
    }
  });

  it('rejects a file with bad lines, lists every one with field and reason, and writes nothing', async () => {
    const app = await commune();
    try {
      const before = dbState(app);
      const bad = [
        ...EXAMPLE,
        '{"kind":"mediation_case","community":"Thôn Nà Lầu","receivedOn":"2021-03-05","category":"dan_su","summary":"X","status":"thanh"}',
        '{"kind":"mediator","community":"Thôn Không Có","name":"A","gender":"nam"}',
        'không phải json',
        '{"kind":"community","name":"Thôn B","type":"lang","mau":"đỏ","x_ghi_chu":"bỏ qua"}',
        '{"kind":"petition","receivedOn":"2021-04-02","content":"to_cao","inCompetence":true,"handling":"thu_ly","secretRef":"TC-1","petitioner":{"name":"Lê Văn Tố"}}',
      ];
      const e = await err(app.dispatch, 'records.import', { fileName: 'loi.ndjson', base64: b64(bad) });
      expect(e.code).toBe('INVALID_INPUT');
      const byLine = (n: number) => e.issues!.filter((i) => i.line === n);
      expect(byLine(5)[0]).toMatchObject({ field: 'closedOn' });
      expect(byLine(7)[0]?.message).toContain('không đọc được');
      expect(byLine(8).map((i) => i.field)).toContain('type');
      expect(byLine(8).some((i) => i.message.includes('mau'))).toBe(true);
      // A denouncer's identity is refused with the reason (domain.md §C.5).
      expect(byLine(9)).toEqual([
        { line: 9, field: 'petitioner', message: expect.stringContaining('bí mật nhà nước') },
      ]);
      // Line 6 is valid on its own; only the database shows its community does not exist. It is listed too.
      expect(byLine(6)).toEqual([{ line: 6, field: 'community', message: expect.stringContaining('Thôn Không Có') }]);
      expect(e.issues!.map((i) => i.line)).toEqual([...e.issues!.map((i) => i.line)].sort((a, b) => a! - b!));
      expect(dbState(app)).toBe(before);
      // A file whose only bad line is found when applying it also rolls everything back.
      const late = await err(app.dispatch, 'records.import', {
        fileName: 'muon.ndjson',
        base64: b64([...EXAMPLE, bad[5]!]),
      });
      expect(late.issues).toEqual([{ line: 5, field: 'community', message: expect.stringContaining('Thôn Không Có') }]);
      expect(dbState(app)).toBe(before);
    } finally {
      app.cleanup();
    }
  });

  it('lists every problem of a line: an unknown thôn and bad dates together (issue 15)', async () => {
    const app = await commune();
    try {
      const before = dbState(app);
      const line =
        '{"kind":"mediation_case","community":"Thôn Không Có","receivedOn":"2021-13-05","category":"dan_su","summary":"X","status":"thanh","closedOn":"05/03/2021"}';
      const e = await err(app.dispatch, 'records.import', { fileName: 'loi.ndjson', base64: b64([...EXAMPLE, line]) });
      const fields = e.issues!.filter((i) => i.line === 5).map((i) => i.field);
      expect(fields).toEqual(expect.arrayContaining(['receivedOn', 'closedOn', 'community']));
      expect(e.issues!.find((i) => i.field === 'community')?.message).toContain('Thôn Không Có');
      // A thôn declared on an earlier line of the same file is known, even when this line is refused.
      const known = line.replace('Thôn Không Có', 'Thôn Nà Lầu');
      const e2 = await err(app.dispatch, 'records.import', {
        fileName: 'loi.ndjson',
        base64: b64([...EXAMPLE, known]),
      });
      expect(new Set(e2.issues!.map((i) => i.field))).toEqual(new Set(['closedOn', 'receivedOn']));
      // Every problem is said in words, never in the file's codes or format names.
      for (const issue of [...e.issues!, ...e2.issues!]) expect(issue.message).not.toMatch(/JSON|receivedOn|closedOn/);
      expect(dbState(app)).toBe(before);
    } finally {
      app.cleanup();
    }
  });

  it('names a denunciation line whose summary looks like an identity, and still imports it (issue 16)', async () => {
    const app = await commune();
    try {
      const lines = [
        '{"kind":"reception_visit","receivedOn":"2026-03-02","host":"chu_tich_ubnd","content":"to_cao","summary":"Ông Nguyễn Văn Bình tố cáo việc thu tiền","secretRef":"SM-1"}',
        '{"kind":"reception_visit","receivedOn":"2026-03-02","host":"chu_tich_ubnd","content":"kien_nghi","summary":"Ông Nguyễn Văn Bình kiến nghị sửa đường"}',
        '{"kind":"petition","receivedOn":"2026-03-03","content":"to_cao","inCompetence":true,"handling":"luu_don","summary":"Tố cáo việc thu tiền sai quy định"}',
        '{"kind":"petition","receivedOn":"2026-03-04","content":"to_cao","inCompetence":true,"handling":"luu_don","summary":"Người tố cáo số 079187654321"}',
      ];
      const dry = await ok(app.dispatch, 'records.import', {
        fileName: 'to-cao.ndjson',
        base64: b64(lines),
        dryRun: true,
      });
      // Line 1: a full name in a tố cáo; line 4: a 12-digit number. Line 2 is no denunciation, line 3 is clean.
      expect(dry.warnings.map((w) => [w.line, w.field])).toEqual([
        [1, 'summary'],
        [4, 'summary'],
      ]);
      expect(dry.warnings[0]!.message).toContain('Không ghi danh tính người tố cáo');
      const done = await ok(app.dispatch, 'records.import', { fileName: 'to-cao.ndjson', base64: b64(lines) });
      expect(done.imported).toMatchObject({ reception_visit: 2, petition: 2 });
      expect(done.warnings).toHaveLength(2);
    } finally {
      app.cleanup();
    }
  });

  it('dry run validates everything and writes nothing', async () => {
    const app = await commune();
    try {
      const before = dbState(app);
      const r = await ok(app.dispatch, 'records.import', {
        fileName: 'thu.ndjson',
        base64: b64(EXAMPLE),
        dryRun: true,
      });
      expect(r).toMatchObject({ dryRun: true, imported: { community: 1, mediation_case: 1 } });
      expect(dbState(app)).toBe(before);
    } finally {
      app.cleanup();
    }
  });

  it('round-trips through the Excel template with the same report', async () => {
    const app = await commune();
    const other = await commune();
    try {
      await ok(app.dispatch, 'records.import', { fileName: 'vi-du.ndjson', base64: b64(EXAMPLE) });
      const xlsx = await ok(app.dispatch, 'records.export', { format: 'xlsx' });
      await ok(other.dispatch, 'records.import', { fileName: xlsx.fileName, base64: xlsx.base64 });
      const period = { from: '2021-01-01', to: '2021-12-31' };
      expect((await ok(other.dispatch, 'report.period', period)).mediation).toEqual(
        (await ok(app.dispatch, 'report.period', period)).mediation,
      );
    } finally {
      app.cleanup();
      other.cleanup();
    }
  });
});
