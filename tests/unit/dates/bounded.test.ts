import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConvention } from '../../../db/convention/service';
import { transaction } from '../../../db/open';
import { createPetition } from '../../../db/reception/petitions';
import { dateProblem, setEntryDay } from '../../../shared/util/dates';
import { runCli } from '../../../electron/cli/run';
import { ok, tempDir } from '../../helpers/app';
import { dataDigest, exportBytes, importBytes, newCommune, newOffice, pair, type TestApp } from '../sync/fixture';

// interchange.md v2 "Dates": 1945-01-01 … 2100-12-31, an event at most a year after the day of entry,
// and no stored date — not even 9999-12-31 written by a version before the rule — may make a call
// run without end. Each call below is timed in CPU time: a hang would be a timeout, a slow loop a
// failed bound.

const apps: TestApp[] = [];
afterAll(() => {
  apps.forEach((a) => a.cleanup());
  setEntryDay(null);
});

/**
 * Runs a call and fails when it takes a second or more of this process's CPU time (the test and, for
 * the bridge, the server share it). CPU time, not wall time: the machine is shared, and a call that
 * waits for nothing but loops is exactly what it measures; a loop without end would time the test out.
 */
async function within<T>(what: string, run: () => Promise<T> | T): Promise<T> {
  const start = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(start);
  expect((used.user + used.system) / 1000, what).toBeLessThan(1000);
  return value;
}

describe('the date rule (interchange.md v2 "Dates")', () => {
  it('accepts 1945-01-01 to 2100-12-31 and an event up to one year after the day of entry', () => {
    expect(dateProblem('1945-01-01', 'event', '2026-12-07')).toBeNull();
    expect(dateProblem('2027-12-07', 'event', '2026-12-07')).toBeNull();
    expect(dateProblem('2027-12-08', 'event', '2026-12-07')).toContain('muộn hơn ngày nhập quá một năm');
    expect(dateProblem('2100-12-31', 'planned', '2026-12-07')).toBeNull();
    expect(dateProblem('2101-01-01', 'planned', '2026-12-07')).toContain('nằm ngoài khoảng cho phép');
    expect(dateProblem('1944-12-31', 'planned', '2026-12-07')).toContain('từ 01/01/1945 đến 31/12/2100');
    expect(dateProblem('9999-12-31', 'event', '2026-12-07')).toContain('31/12/9999');
    expect(dateProblem('2025-02-29', 'event', '2026-12-07')).toContain('không hợp lệ');
    // 29/02 of a leap year: one year later is 28/02.
    expect(dateProblem('2029-02-28', 'event', '2028-02-29')).toBeNull();
    expect(dateProblem('2029-03-01', 'event', '2028-02-29')).not.toBeNull();
  });
});

describe('a database already holding 9999-12-31 and 1900-01-01 (written before the rule)', () => {
  let commune: Awaited<ReturnType<typeof newCommune>>;
  let office: TestApp;

  beforeAll(async () => {
    commune = await newCommune();
    office = await newOffice();
    apps.push(commune, office);
    await pair(commune, office);
    // The service layer, below the contract: what an older version let through.
    transaction(commune.sql, () => {
      for (const [receivedOn, acceptedOn] of [
        ['9999-12-31', '9999-12-31'],
        ['1900-01-01', null],
        ['2026-03-02', '9999-12-31'],
      ] as const) {
        createPetition(
          commune.sql,
          {
            receivedOn,
            acceptedOn,
            content: 'khieu_nai',
            inCompetence: true,
            summary: 'Đơn có ngày lạ',
            handling: 'thu_ly',
            status: 'dang_giai_quyet',
            resolvedOn: null,
            complex: false,
            especiallyComplex: false,
            remoteArea: false,
            multiplePlaces: false,
            round: 1,
            extensions: 0,
            petitionerName: null,
            petitionerAddress: null,
            petitionerIdNumber: null,
            secretRef: null,
            forwardedTo: null,
            resolution: null,
            note: null,
          },
          { user: 'phiên bản cũ' },
        );
      }
      const conv = createConvention(
        commune.sql,
        {
          communityId: commune.seed.community.id,
          type: 'huong_uoc',
          title: 'Hương ước có ngày lạ',
          content: null,
          draftingTeam: null,
          signatories: null,
          officer: null,
          note: null,
          attachments: [],
        },
        { user: 'phiên bản cũ' },
      );
      commune.sql.raw
        .prepare("UPDATE convention SET adopted_on = '1900-01-01', submitted_on = '9999-12-31' WHERE id = ?")
        .run(conv.id);
    });
  });

  it('answers every screen and report within a second (Luật Khiếu nại 2011, Điều 28 deadlines, bounded)', async () => {
    const d = commune.dispatch;
    const list = await within('listPetitions', () => ok(d, 'reception.listPetitions', {}));
    expect(list.total).toBe(3);
    const odd = list.items.find((p) => p.receivedOn === '9999-12-31')!;
    // A date outside the bounds has no deadline rather than an endless count.
    expect(odd.resolveDeadline).toBeNull();
    await within('getPetition', () => ok(d, 'reception.getPetition', { id: odd.id }));
    await within('deadlines', () => ok(d, 'reception.deadlines', { today: '2100-12-31' }));
    await within('deadlines today', () => ok(d, 'reception.deadlines', {}));
    await within('convention.list', () => ok(d, 'convention.list', {}));
    await within('coverage', () => ok(d, 'convention.coverage', { on: '2100-12-31' }));
    const report = await within('report over the whole range', () =>
      ok(d, 'report.period', { from: '1945-01-01', to: '2100-12-31' }),
    );
    // 8.139 weeks from 1945 to 2100, less the weeks with no working day (Tết).
    expect(report.reception.chairWeeks.weeks).toBeGreaterThan(7900);
    await within('report document', () => ok(d, 'report.document', { from: '2026-01-01', to: '2026-12-31' }));
    await within('export', () => ok(d, 'records.export', { format: 'ndjson' }));
    await within('calendar of 2100', () => ok(d, 'calendar.year', { year: 2100 }));
  });

  it('refuses the signed bundle that carries them whole: exit 1 (rejected), nothing applied', async () => {
    const bytes = await exportBytes(commune, { all: true });
    const before = dataDigest(office.dataDir);
    const result = await within('bundle import', () => importBytes(office, bytes));
    expect(result.ok).toBe(false);
    expect(result.failure).toBe('rejected');
    expect(result.applied).toBe(0);
    expect(result.message).toMatch(/trường (receivedOn|acceptedOn|adoptedOn|submittedOn)/);
    expect(result.message).toMatch(/31\/12\/9999|01\/01\/1900/);
    expect(dataDigest(office.dataDir)).toBe(before);
    const report = await ok(office.dispatch, 'report.period', { from: '2026-01-01', to: '2026-12-31' });
    expect(report.reception.complaintsAndDenunciations).toBe(0);
  });

  it('the CLI refuses an import line dated 9999-12-31 with exit 1 and names the line and field', async () => {
    const dir = tempDir('qcdc-dates-');
    const file = join(dir, 'don.ndjson');
    writeFileSync(
      file,
      [
        '{"kind":"petition","receivedOn":"2026-03-02","content":"kien_nghi","inCompetence":true,"handling":"luu_don"}',
        '{"kind":"petition","receivedOn":"9999-12-31","content":"khieu_nai","inCompetence":true,"handling":"thu_ly"}',
      ].join('\n'),
    );
    const out: string[] = [];
    const errors: string[] = [];
    const before = dataDigest(commune.dataDir);
    const code = await runCli(['records', 'import', '--data', commune.dataDir, file, '--json'], {
      out: (t) => out.push(t),
      err: (t) => errors.push(t),
      errIsTTY: false,
    });
    expect(code).toBe(1);
    const json = JSON.parse(out.join('')) as { errors: { line: number; field: string; message: string }[] };
    expect(json.errors).toEqual([
      {
        line: 2,
        field: 'receivedOn',
        message: 'Ngày 31/12/9999 nằm ngoài khoảng cho phép (từ 01/01/1945 đến 31/12/2100).',
      },
    ]);
    expect(dataDigest(commune.dataDir)).toBe(before);
  });
});
