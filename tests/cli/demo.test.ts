import { openRaw } from '../../db/open';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_TABLES } from '../../db/maintenance/backupTables';
import { checkDatabase } from '../../db/maintenance/check';
import { openCopy } from '../../db/maintenance/copy';
import { addDays, todayIso } from '../../shared/util/dates';
import { rate } from '../../shared/util/format';
import { backupDatabaseFile } from '../helpers/backupFile';
import { ROOT, expectOk, initArgs, jsonOf, qcdc, readDatabase, sha256, tempFolders } from './helpers';

const temp = tempFolders();
afterAll(() => temp.cleanup());

const TO = todayIso();
const FROM = addDays(TO, -400);

interface Mediation {
  teams: number;
  mediators: number;
  mediatorsFemale: number;
  mediatorsEthnicMinority: number;
  received: number;
  successful: number;
  unsuccessful: number;
  referred: number;
  ongoing: number;
  successRate: number | null;
  byCategory: Record<string, { received: number; successful: number }>;
}

interface ReportJson {
  schema: string;
  period: { from: string; to: string };
  scope: { role: string; communes: number };
  mediation: Mediation;
  communes?: unknown;
}

interface CheckJson {
  ok: boolean;
  problems: { code: string; id?: string; fields?: string[]; seq?: number }[];
}

/** Rows of a table in a database file. */
function countIn(file: string, table: string): number {
  return readDatabase(file, (db) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n);
}

/** Rows of a table in a data folder's database. */
function count(dataDir: string, table: string): number {
  return countIn(join(dataDir, 'qcdc.sqlite'), table);
}

describe('qcdc on a demo installation', { timeout: 240_000 }, () => {
  const root = temp.make();
  const demo = join(root, 'demo');

  beforeAll(async () => {
    const run = await qcdc(['demo', '--data', demo, '--json']);
    expectOk(run);
    expect(jsonOf(run)).toMatchObject({ role: 'commune', communities: 6, teams: 6, cases: 60 });
  }, 240_000);

  it('creates a year of data that passes check, and reports it in the qcdc.report/1 shape', async () => {
    const xlsx = join(root, 'bao-cao.xlsx');
    const [check, report, again] = await Promise.all([
      qcdc(['check', '--data', demo, '--json']),
      qcdc(['report', '--data', demo, '--from', FROM, '--to', TO, '--json', '--xlsx', xlsx]),
      qcdc(['demo', '--data', demo]),
    ]);
    expectOk(check);
    expect(jsonOf<CheckJson>(check)).toMatchObject({ ok: true, problems: [] });
    expect(again.code).toBe(2);

    expectOk(report);
    // stdout is the report alone; the note about the workbook goes to stderr.
    const r = jsonOf<ReportJson>(report);
    expect(report.stderr).toContain(xlsx);
    expect(readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(r.schema).toBe('qcdc.report/1');
    expect(r.period).toEqual({ from: FROM, to: TO });
    expect(r.scope).toEqual({ role: 'commune', communes: 1 });
    expect(r).not.toHaveProperty('communes');
    const m = r.mediation;
    expect(m.teams).toBe(6);
    expect(m.mediators).toBeGreaterThanOrEqual(18);
    expect(m.mediatorsFemale).toBeGreaterThanOrEqual(6);
    expect(m.mediatorsEthnicMinority).toBeGreaterThan(0);
    expect(m.received).toBe(60);
    expect(m.successful + m.unsuccessful + m.referred + m.ongoing).toBe(60);
    expect(m.successful).toBeGreaterThan(m.unsuccessful);
    expect(m.successRate).toBe(rate(m.successful, m.received));
    expect(Object.keys(m.byCategory).sort()).toEqual(['dan_su', 'hon_nhan_gia_dinh', 'khac', 'mau_thuan']);
    expect(Object.values(m.byCategory).reduce((sum, c) => sum + c.received, 0)).toBe(60);
  });

  it.skipIf(!existsSync(join(ROOT, 'out/renderer/index.html')))('prints the A4 report to PDF', async () => {
    const pdf = join(root, 'bao-cao.pdf');
    const run = await qcdc(['report', '--data', demo, '--from', FROM, '--to', TO, '--pdf', pdf]);
    expectOk(run);
    // Root on Linux cannot give Chromium its sandbox: the command says so (issue 16).
    if (process.platform === 'linux' && process.getuid?.() === 0) expect(run.stderr).toContain('hộp cát');
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('XÃ KIM BÌNH');
    expect(text).toContain('60 vụ việc');
  });

  it('exports records that reproduce the same report in an empty commune; a bad file changes nothing', async () => {
    const file = join(root, 'kim-binh.ndjson');
    const copy = join(root, 'ban-sao');
    const [exported, init] = await Promise.all([
      qcdc(['records', 'export', '--data', demo, '--out', file]),
      qcdc(initArgs(copy, 'commune', '02527', 'Xã Kim Bình')),
    ]);
    expectOk(exported);
    expectOk(init);

    const dry = await qcdc(['records', 'import', '--data', copy, file, '--dry-run', '--json']);
    expectOk(dry);
    expect(jsonOf(dry)).toMatchObject({
      dryRun: true,
      imported: { community: 6, mediation_team: 6, mediation_case: 60 },
    });
    expect(count(copy, 'mediation_case')).toBe(0);

    const imported = await qcdc(['records', 'import', '--data', copy, file, '--json']);
    expectOk(imported);
    expect(jsonOf(imported)).toMatchObject({ dryRun: false, imported: { mediation_case: 60 } });

    const bad = join(root, 'sai.ndjson');
    writeFileSync(
      bad,
      '{"kind":"community","name":"Thôn Mới","type":"thon"}\n' +
        '{"kind":"mediation_case","community":"Thôn Mới","receivedOn":"2026-02-30","category":"dan_su","summary":"Tranh chấp","status":"thanh"}\n',
    );
    const changesBefore = count(copy, 'change_log');
    const [original, reproduced, rejected] = await Promise.all([
      qcdc(['report', '--data', demo, '--from', FROM, '--to', TO, '--json']),
      qcdc(['report', '--data', copy, '--from', FROM, '--to', TO, '--json']),
      qcdc(['records', 'import', '--data', copy, bad, '--json']),
    ]);
    expect(jsonOf(reproduced)).toEqual(jsonOf(original));
    expect(rejected.code).toBe(1);
    const { errors } = jsonOf<{ errors: { line: number; field: string; message: string }[] }>(rejected);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ line: 2, field: 'receivedOn' });
    expect(count(copy, 'change_log')).toBe(changesBefore);
  });

  it('restores a backup atomically, keeps the replaced database, and refuses a damaged file', async () => {
    const data = join(root, 'khoi-phuc');
    cpSync(demo, data, { recursive: true });
    const backupFile = join(root, 'sao-luu', 'kim-binh.qcdcbak');
    const backup = await qcdc(['backup', '--data', data, '--out', backupFile, '--json']);
    expectOk(backup);
    expect(jsonOf(backup)).toMatchObject({ file: backupFile });

    const extra = join(root, 'them.ndjson');
    writeFileSync(extra, '{"kind":"community","name":"Tổ dân phố Chợ Mới","type":"to_dan_pho"}\n');
    expectOk(await qcdc(['records', 'import', '--data', data, extra]));
    expect(count(data, 'community')).toBe(7);

    const damaged = join(root, 'hong.sqlite');
    const bytes = readFileSync(backupFile);
    bytes.fill(0xff, 3 * 4096 + 100, 3 * 4096 + 2100);
    writeFileSync(damaged, bytes);
    const junk = join(root, 'khong-phai.sqlite');
    writeFileSync(junk, 'Đây không phải cơ sở dữ liệu');
    const before = sha256(join(data, 'qcdc.sqlite'));
    const [refused, refusedJunk] = await Promise.all([
      qcdc(['restore', '--data', data, damaged, '--json']),
      qcdc(['restore', '--data', data, junk]),
    ]);
    // Damaged after signing: the signed SHA-256 no longer matches (cli.md: a tampered file exits 3).
    expect(refused.code).toBe(3);
    expect(jsonOf(refused)).toMatchObject({ restored: false });
    expect(refusedJunk.code).toBe(1);
    expect(refusedJunk.stderr).toContain('không phải bản sao lưu');
    expect(sha256(join(data, 'qcdc.sqlite'))).toBe(before);
    expect(count(data, 'community')).toBe(7);

    const restored = await qcdc(['restore', '--data', data, backupFile, '--json']);
    expectOk(restored);
    const result = jsonOf<{ previous: string; code: string }>(restored);
    expect(result.code).toBe('02527');
    expect(result.previous.startsWith(join(data, 'backups'))).toBe(true);
    expect(existsSync(result.previous)).toBe(true);
    expect(count(data, 'community')).toBe(6);
    expect(countIn(backupDatabaseFile(result.previous, join(root, 'truoc.sqlite')), 'community')).toBe(7);
    const check = await qcdc(['check', '--data', data, '--json']);
    expectOk(check);
  });

  it('check reports a tampered change log and a row edited behind the app', async () => {
    const chain = join(root, 'sua-nhat-ky');
    const row = join(root, 'sua-ban-ghi');
    cpSync(demo, chain, { recursive: true });
    cpSync(demo, row, { recursive: true });
    const a = openRaw(join(chain, 'qcdc.sqlite'));
    a.prepare("UPDATE change_log SET snapshot = json_set(snapshot, '$.updatedBy', 'người lạ') WHERE seq = 40").run();
    a.close();
    const b = openRaw(join(row, 'qcdc.sqlite'));
    const edited = b.prepare("SELECT id FROM mediation_case WHERE status = 'khong_thanh' LIMIT 1").get() as {
      id: string;
    };
    b.prepare("UPDATE mediation_case SET status = 'thanh', agreement = 'Thỏa thuận ghi thêm' WHERE id = ?").run(
      edited.id,
    );
    b.close();

    const [chainCheck, rowCheck, rowText] = await Promise.all([
      qcdc(['check', '--data', chain, '--json']),
      qcdc(['check', '--data', row, '--json']),
      qcdc(['check', '--data', row]),
    ]);
    expect(chainCheck.code).toBe(1);
    const chainJson = jsonOf<CheckJson>(chainCheck);
    expect(chainJson.ok).toBe(false);
    expect(chainJson.problems).toContainEqual(expect.objectContaining({ code: 'chain', seq: 40 }));

    expect(rowCheck.code).toBe(1);
    const rowJson = jsonOf<CheckJson>(rowCheck);
    expect(rowJson.ok).toBe(false);
    expect(rowJson.problems).toEqual([
      expect.objectContaining({ code: 'record_changed', id: edited.id, fields: ['status', 'agreement'] }),
    ]);
    expect(rowText.code).toBe(1);
    expect(rowText.stdout).toContain(edited.id);
  });

  it('takes a complete, consistent backup while another process keeps writing', async () => {
    const data = join(root, 'dang-ghi');
    cpSync(demo, data, { recursive: true });
    const initial = count(data, 'change_log');
    const writer = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/cli/fixtures/writer.ts'), data], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    const finished = new Promise<number | null>((done) => writer.on('close', done));
    await new Promise<void>((started, failed) => {
      writer.stdout.setEncoding('utf8').on('data', (d: string) => {
        output += d;
        if (output.includes('started')) started();
      });
      writer.on('close', () => failed(new Error(`writer ended early: ${output}`)));
    });
    const backupFile = join(root, 'dang-ghi.qcdcbak');
    const backup = await qcdc(['backup', '--data', data, '--out', backupFile]);
    writeFileSync(join(data, 'stop'), '');
    expect(await finished).toBe(0);
    expectOk(backup);

    const copy = openCopy(backupDatabaseFile(backupFile, join(root, 'dang-ghi.sqlite')));
    try {
      expect(checkDatabase(copy, { schema: { allowed: BACKUP_TABLES } })).toMatchObject({ ok: true, problems: [] });
      const inBackup = (copy.raw.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;
      expect(inBackup).toBeGreaterThan(initial);
      expect(inBackup).toBeLessThanOrEqual(count(data, 'change_log'));
    } finally {
      copy.raw.close();
    }
  });
});

describe('qcdc demo --role office', { timeout: 240_000 }, () => {
  it("imports the demo communes' bundles: one report row per commune, the office the sum", async () => {
    const office = join(temp.make(), 'so');
    expectOk(await qcdc(['demo', '--data', office, '--role', 'office']));
    const report = jsonOf<ReportJson & { communes: { code: string; mediation: Mediation }[] }>(
      await qcdc(['report', '--data', office, '--from', FROM, '--to', TO, '--json']),
    );
    expect(report.scope).toEqual({ role: 'office', communes: 3 });
    expect(report.communes.map((c) => c.code)).toEqual(['02527', '02533', '02536']);
    const sum = report.communes.reduce((n, c) => n + c.mediation.received, 0);
    expect(report.mediation.received).toBe(sum);
    expect(sum).toBeGreaterThan(0);
    const successful = report.communes.reduce((n, c) => n + c.mediation.successful, 0);
    expect(report.mediation.successRate).toBe(rate(successful, sum));
    expectOk(await qcdc(['check', '--data', office]));
  });
});
