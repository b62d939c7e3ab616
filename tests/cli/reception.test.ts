import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openInstallation } from '../../electron/cli/session';
import { ok, err } from '../helpers/app';
import { expectOk, initArgs, jsonOf, qcdc, readDatabase, tempFolders } from './helpers';

// Citizen reception through the real CLI (reports.md § reception, interchange.md, domain.md §C.5):
// the report's figures, the refusal of a denouncer's identity, and a sentinel name that must reach
// neither a minimal bundle (decrypted with the real `age`) nor any log.

const SENTINEL = 'Sentinel Lò Thị Bí Mật';
const DENOUNCER = 'Tố Giác Viên Ẩn Danh';
const temp = tempFolders();
afterAll(() => temp.cleanup());

let work: string;
let communeDir: string;
let officeCard: string;

const line = (o: Record<string, unknown>) => JSON.stringify(o);
const RECORDS = [
  { kind: 'reception_session', heldOn: '2026-01-05', host: 'chu_tich_ubnd' },
  { kind: 'reception_session', heldOn: '2026-01-12', host: 'chu_tich_ubnd', type: 'dinh_ky' },
  { kind: 'reception_session', heldOn: '2026-02-02', host: 'bi_thu' },
  { kind: 'reception_session', heldOn: '2025-12-29', host: 'chu_tich_ubnd' },
  {
    kind: 'reception_visit',
    receivedOn: '2026-01-05',
    host: 'chu_tich_ubnd',
    content: 'khieu_nai',
    summary: 'Khiếu nại quyết định thu hồi đất',
    handling: 'thu_ly',
    citizen: { name: 'Hoàng Văn Tư', address: 'Thôn Nà Lầu', idNumber: '020070001234' },
  },
  {
    kind: 'reception_visit',
    receivedOn: '2026-01-05',
    host: 'chu_tich_ubnd',
    citizens: 7,
    group: true,
    content: 'kien_nghi',
    summary: 'Kiến nghị sửa đường liên thôn',
    handling: 'tra_lai_huong_dan',
  },
  {
    kind: 'reception_visit',
    receivedOn: '2026-02-02',
    host: 'bi_thu',
    content: 'to_cao',
    summary: 'Tố cáo cán bộ thu tiền sai quy định',
    handling: 'thu_ly',
    secretRef: 'SM-2026-01',
  },
  {
    kind: 'reception_visit',
    receivedOn: '2026-03-10',
    host: 'cong_chuc',
    citizens: 2,
    content: 'phan_anh',
    summary: 'Phản ánh ô nhiễm',
    handling: 'chuyen_don',
  },
  petition('2026-01-05', 'khieu_nai', { status: 'da_giai_quyet', resolvedOn: '2026-02-10' }),
  petition('2026-01-20', 'to_cao', { status: 'da_giai_quyet', resolvedOn: '2026-02-23', secretRef: 'SM-2026-02' }),
  petition('2026-02-02', 'khieu_nai', {}),
  petition('2026-03-01', 'khieu_nai', { inCompetence: false, handling: 'chuyen_don' }),
  petition('2026-06-20', 'to_cao', { secretRef: 'SM-2026-03' }),
  petition('2026-05-01', 'kien_nghi', {}),
  petition('2026-04-01', 'khieu_nai', { status: 'da_giai_quyet', resolvedOn: '2026-07-05', complex: true }),
  petition('2025-12-15', 'khieu_nai', {}),
  { kind: 'dialogue', heldOn: '2026-03-15', topic: 'Đối thoại về bồi thường', participants: 40 },
  { kind: 'dialogue', heldOn: '2026-09-01', topic: 'Ngoài kỳ' },
  { kind: 'supervision', body: 'ban_ttnd', heldOn: '2026-04-02', subject: 'Thu chi quỹ' },
  { kind: 'supervision', body: 'ban_gsdtcd', heldOn: '2026-05-05', subject: 'Công trình đường' },
  { kind: 'supervision', body: 'ban_ttnd', heldOn: '2026-05-20', subject: 'Chính sách' },
];

function petition(receivedOn: string, content: string, over: Record<string, unknown>) {
  return {
    kind: 'petition',
    receivedOn,
    content,
    inCompetence: true,
    summary: `Đơn ${receivedOn}`,
    handling: 'thu_ly',
    ...over,
  };
}

function writeLines(name: string, lines: Record<string, unknown>[]): string {
  const file = join(work, name);
  writeFileSync(file, `${lines.map(line).join('\n')}\n`);
  return file;
}

function counts(): { changes: number; petitions: number; visits: number } {
  return readDatabase(join(communeDir, 'qcdc.sqlite'), (db) => ({
    changes: (db.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n,
    petitions: (db.prepare('SELECT count(*) AS n FROM petition').get() as { n: number }).n,
    visits: (db.prepare('SELECT count(*) AS n FROM reception_visit').get() as { n: number }).n,
  }));
}

function logText(dir: string): string {
  const logs = join(dir, 'logs');
  if (!existsSync(logs)) return '';
  return readdirSync(logs)
    .map((f) => readFileSync(join(logs, f), 'utf8'))
    .join('\n');
}

beforeAll(async () => {
  work = temp.make();
  communeDir = join(work, 'commune');
  const officeDir = join(work, 'office');
  expectOk(await qcdc(initArgs(communeDir, 'commune', '12345', 'Xã Tân Hưng', '--province', 'Lạng Sơn')));
  expectOk(await qcdc(initArgs(officeDir, 'office', '060', 'Tỉnh Thử')));
  officeCard = join(work, 'office-card.json');
  expectOk(await qcdc(['card', '--data', officeDir, '--out', officeCard]));
  expectOk(await qcdc(['keys', 'export', '--data', officeDir, '--out', join(work, 'k')]));
}, 120_000);

describe('citizen reception through qcdc', () => {
  it('imports the reception kinds and reports reports.md § reception for the period', async () => {
    const run = await qcdc([
      'records',
      'import',
      '--data',
      communeDir,
      writeLines('records.ndjson', RECORDS),
      '--json',
    ]);
    expectOk(run);
    expect(jsonOf<{ imported: Record<string, number> }>(run).imported).toMatchObject({
      reception_session: 4,
      reception_visit: 4,
      petition: 8,
      dialogue: 2,
      supervision: 3,
    });
    const report = await qcdc(['report', '--data', communeDir, '--from', '2026-01-01', '--to', '2026-06-30', '--json']);
    expectOk(report);
    const r = jsonOf<Record<string, unknown>>(report);
    expect(r.reception).toEqual({
      sessions: 3,
      sessionsByHost: { chu_tich_ubnd: 2, bi_thu: 1, dai_bieu_hdnd: 0, cong_chuc: 0 },
      visits: 4,
      citizens: 11,
      groupVisits: 1,
      visitsByHost: { chu_tich_ubnd: 2, bi_thu: 1, dai_bieu_hdnd: 0, cong_chuc: 1 },
      visitsByContent: { khieu_nai: 1, to_cao: 1, kien_nghi: 1, phan_anh: 1 },
      complaintsAndDenunciations: 6,
      inCompetence: 5,
      inCompetenceByContent: { khieu_nai: 3, to_cao: 2 },
      resolved: 2,
      resolvedByContent: { khieu_nai: 1, to_cao: 1 },
      resolvedRate: 40,
      proposals: 1,
      // 02/02 and 01/04 khiếu nại, 01/05 kiến nghị, and the pending 15/12/2025 khiếu nại. No thụ lý date is
      // given, so each deadline counts from the last thụ lý day (reports.md v2): still the same four.
      overdue: 4,
      petitionsByHandling: { thu_ly: 6, tra_lai_huong_dan: 0, chuyen_don: 1, luu_don: 0 },
      citizensByHost: { chu_tich_ubnd: 8, bi_thu: 1, dai_bieu_hdnd: 0, cong_chuc: 2 },
      // The complex complaint of 01/04, resolved on 05/07: after the period.
      complex: { received: 1, resolved: 0 },
      missingAcceptedOn: 6,
      // 26 weeks with a working day (the week of Tết 16–20/02/2026 has none); the Chủ tịch received on 05/01 and 12/01.
      chairWeeks: { weeks: 26, held: 2 },
    });
    expect(r.dialogues).toBe(1);
    expect(r.supervisions).toEqual({ ban_ttnd: 2, ban_gsdtcd: 1 });
    // Re-importing the exported records into an empty commune gives the same figures.
    const exported = join(work, 'export.ndjson');
    expectOk(await qcdc(['records', 'export', '--data', communeDir, '--out', exported]));
    const copy = join(work, 'copy');
    expectOk(await qcdc(initArgs(copy, 'commune', '12346', 'Xã Bản Sao')));
    expectOk(await qcdc(['records', 'import', '--data', copy, exported]));
    const again = await qcdc(['report', '--data', copy, '--from', '2026-01-01', '--to', '2026-06-30', '--json']);
    expect(jsonOf<Record<string, unknown>>(again).reception).toEqual(r.reception);
    // The same through the Excel template (one sheet per kind, Vietnamese headers).
    const xlsx = join(work, 'export.xlsx');
    expectOk(await qcdc(['records', 'export', '--data', communeDir, '--out', xlsx]));
    const viaExcel = join(work, 'copy-xlsx');
    expectOk(await qcdc(initArgs(viaExcel, 'commune', '12347', 'Xã Bản Sao Excel')));
    expectOk(await qcdc(['records', 'import', '--data', viaExcel, xlsx]));
    const third = await qcdc(['report', '--data', viaExcel, '--from', '2026-01-01', '--to', '2026-06-30', '--json']);
    expect(jsonOf<Record<string, unknown>>(third).reception).toEqual(r.reception);
    expect(jsonOf<Record<string, unknown>>(third).supervisions).toEqual(r.supervisions);
  }, 120_000);

  it('refuses a denunciation carrying an identity: exit 1, nothing written, the reason given', async () => {
    const before = counts();
    const file = writeLines('denouncer.ndjson', [
      { kind: 'reception_session', heldOn: '2026-06-01', host: 'chu_tich_ubnd' },
      {
        kind: 'reception_visit',
        receivedOn: '2026-06-01',
        host: 'chu_tich_ubnd',
        content: 'to_cao',
        summary: 'x',
        citizen: { name: DENOUNCER },
      },
      {
        kind: 'petition',
        receivedOn: '2026-06-01',
        content: 'to_cao',
        inCompetence: true,
        handling: 'thu_ly',
        petitioner: { name: DENOUNCER, address: DENOUNCER },
      },
    ]);
    const run = await qcdc(['records', 'import', '--data', communeDir, file, '--json']);
    expect(run.code).toBe(1);
    const errors = jsonOf<{ errors: { line: number; field: string; message: string }[] }>(run).errors;
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'citizen'],
      [3, 'petitioner'],
    ]);
    for (const e of errors) expect(e.message).toContain('bí mật nhà nước');
    expect(counts()).toEqual(before);
    expect(run.stdout + run.stderr).not.toContain(DENOUNCER);
    expect(logText(communeDir)).not.toContain(DENOUNCER);
  }, 120_000);

  it('keeps a sentinel name in every personal field out of the minimal bundle and the logs', async () => {
    // Every personal and free-text field the app stores, filled through the same contract as the UI.
    const app = await openInstallation(communeDir);
    try {
      const d = app.dispatch;
      await ok(d, 'reception.createSession', {
        heldOn: '2026-06-10',
        host: 'chu_tich_ubnd',
        hostName: SENTINEL,
        place: SENTINEL,
        note: SENTINEL,
      });
      const visit = await ok(d, 'reception.createVisit', {
        receivedOn: '2026-06-10',
        host: 'chu_tich_ubnd',
        citizens: 6,
        group: true,
        content: 'khieu_nai',
        summary: SENTINEL,
        handling: 'thu_ly',
        citizenName: SENTINEL,
        citizenAddress: SENTINEL,
        citizenIdNumber: '001099012345',
        representatives: SENTINEL,
        resolvedBy: SENTINEL,
        followUp: SENTINEL,
        note: SENTINEL,
      });
      await ok(d, 'reception.createVisit', {
        receivedOn: '2026-06-11',
        host: 'cong_chuc',
        content: 'to_cao',
        summary: 'Tố cáo',
        handling: 'chuyen_don',
        forwardedTo: SENTINEL,
        secretRef: SENTINEL,
      });
      await ok(d, 'reception.createPetition', {
        receivedOn: '2026-06-10',
        content: 'khieu_nai',
        summary: SENTINEL,
        handling: 'thu_ly',
        petitionerName: SENTINEL,
        petitionerAddress: SENTINEL,
        petitionerIdNumber: '001099012345',
        forwardedTo: SENTINEL,
        resolution: SENTINEL,
        note: SENTINEL,
      });
      await ok(d, 'reception.createDialogue', {
        heldOn: '2026-06-12',
        topic: SENTINEL,
        chairedBy: SENTINEL,
        note: SENTINEL,
      });
      await ok(d, 'reception.createSupervision', {
        body: 'ban_ttnd',
        heldOn: '2026-06-12',
        subject: SENTINEL,
        conclusion: SENTINEL,
        note: SENTINEL,
      });
      // The full record is readable when opened; the list masks it.
      expect((await ok(d, 'reception.getVisit', { id: visit.id })).citizenName).toBe(SENTINEL);
      const list = await ok(d, 'reception.listVisits', { search: '' });
      expect(list.items.find((v) => v.id === visit.id)).toMatchObject({
        citizenName: 'S. L. T. B. M.',
        citizenAddress: null,
        citizenIdNumber: null,
        representatives: null,
        masked: true,
      });
      // A denouncer's identity is refused by the contract too.
      const e = await err(d, 'reception.createPetition', {
        receivedOn: '2026-06-10',
        content: 'to_cao',
        summary: 'Tố cáo',
        handling: 'thu_ly',
        petitionerName: DENOUNCER,
      });
      expect(e.issues?.[0]).toMatchObject({ field: 'petitionerName' });
    } finally {
      app.close();
    }

    const bundle = join(work, 'minimal.qcdc');
    expectOk(await qcdc(['enroll', '--data', communeDir, officeCard]));
    expectOk(await qcdc(['bundle', 'export', '--data', communeDir, '--out', bundle]));
    const minimal = decrypt(bundle, 'minimal');
    expect(minimal).toContain('"entity":"reception_visit"');
    expect(minimal).toContain('"entity":"petition"');
    expect(minimal).not.toContain(SENTINEL);
    expect(minimal).not.toContain('001099012345');
    expect(minimal).not.toContain('020070001234');
    expect(minimal).not.toContain('Hoàng Văn Tư');
    // The same bundle with the full profile does carry it: the test can fail.
    const full = join(work, 'full.qcdc');
    expectOk(
      await qcdc([
        'bundle',
        'export',
        '--data',
        communeDir,
        '--out',
        full,
        '--full',
        '--reason',
        'Kiểm thử hồ sơ đầy đủ',
      ]),
    );
    expect(decrypt(full, 'full')).toContain(SENTINEL);

    expect(logText(communeDir)).not.toContain(SENTINEL);
    expect(logText(communeDir)).not.toContain(DENOUNCER);
    // Every stored reception record matches its change-log snapshot.
    const check = await qcdc(['check', '--data', communeDir, '--json']);
    expectOk(check);
    expect(jsonOf<{ ok: boolean }>(check).ok).toBe(true);
    // No denouncer identity anywhere in the database files either.
    for (const f of readdirSync(communeDir).filter((n) => n.startsWith('qcdc.sqlite'))) {
      expect(readFileSync(join(communeDir, f)).includes(Buffer.from(DENOUNCER, 'utf8'))).toBe(false);
    }
  }, 180_000);
});

function decrypt(bundle: string, name: string): string {
  const dir = join(work, name);
  execFileSync('unzip', ['-o', '-q', bundle, '-d', dir]);
  return execFileSync(
    'sh',
    ['-c', 'age -d -i "$1/age-identity.txt" "$2/payload.age" | gunzip', 'sh', join(work, 'k'), dir],
    { encoding: 'utf8' },
  );
}
