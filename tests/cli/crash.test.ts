import { spawn } from 'node:child_process';
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_BUNDLE, ROOT, expectOk, initArgs, jsonOf, qcdc, readDatabase, tempFolders } from './helpers';

const CASES = 4000;

/** An import file with one thôn and many cases, large enough to be mid-write when killed. */
function bigImport(file: string): void {
  const lines = ['{"kind":"community","name":"Thôn Nà Lầu","type":"thon"}'];
  for (let i = 0; i < CASES; i++) {
    lines.push(
      JSON.stringify({
        kind: 'mediation_case',
        community: 'Thôn Nà Lầu',
        receivedOn: '2026-03-05',
        category: 'mau_thuan',
        summary: `Mâu thuẫn giữa hai hộ về lối đi chung, vụ ${i}`,
        status: 'tiep_nhan',
      }),
    );
  }
  writeFileSync(file, lines.join('\n'));
}

/**
 * How long one uninterrupted run of the command takes here (ms), on a copy of the data folder: the
 * kills below are spread over that time, so they land in start-up, parsing, the write and the commit
 * however fast the compiled command and this machine are.
 */
async function fullRunMs(dataDir: string, file: string, copy: string, command = ['records', 'import']) {
  cpSync(dataDir, copy, { recursive: true });
  const start = performance.now();
  const code = await importKilledAfter(copy, file, 120_000, command);
  expect(code).toBe(0);
  return performance.now() - start;
}

/** Kill times (ms) spread over a run of `full` ms, each with some jitter, the last one past its end. */
function killPoints(full: number, fractions: number[]): number[] {
  return fractions.map((f) => Math.round(f * full + Math.random() * 0.1 * full));
}

/** Starts an import and kills it with SIGKILL after `ms`; resolves when the process is gone. */
function importKilledAfter(
  dataDir: string,
  file: string,
  ms: number,
  command = ['records', 'import'],
): Promise<number | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, ...command, '--data', dataDir, file], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('close', (code) => {
      clearTimeout(timer);
      done(code);
    });
  });
}

describe('crash safety (architecture.md §8)', () => {
  const folders = tempFolders();
  afterAll(() => folders.cleanup());

  it('an import killed at random points is wholly there or wholly absent, and check passes', async () => {
    const dir = folders.make();
    const dataDir = join(dir, 'xa');
    expectOk(await qcdc(initArgs(dataDir, 'commune', '06184', 'Xã Tân Hưng')));
    const file = join(dir, 'lon.ndjson');
    bigImport(file);
    const outcomes = new Set<number>();
    // Spread the kill over start-up, parsing, the write transaction and the commit.
    const full = await fullRunMs(dataDir, file, join(dir, 'thu'));
    for (const ms of killPoints(full, [0.1, 0.3, 0.5, 0.7, 0.85, 1.1])) {
      await importKilledAfter(dataDir, file, ms);
      const count = readDatabase(join(dataDir, 'qcdc.sqlite'), (db) => {
        const n = (db.prepare('SELECT count(*) AS n FROM mediation_case').get() as { n: number }).n;
        const logged = (
          db.prepare("SELECT count(*) AS n FROM change_log WHERE entity = 'mediation_case'").get() as { n: number }
        ).n;
        expect(logged).toBe(n);
        return n;
      });
      // Each completed import adds exactly CASES rows (cases have no natural key); never a part of one.
      expect(count % CASES).toBe(0);
      outcomes.add(count);
      const check = await qcdc(['check', '--data', dataDir, '--json']);
      expect(jsonOf<{ ok: boolean; problems: unknown[] }>(check), check.stdout).toMatchObject({
        ok: true,
        problems: [],
      });
    }
    expect(outcomes.size).toBeGreaterThan(0);
  }, 240_000);

  it('a bundle import killed at random points is wholly there or wholly absent, and check passes', async () => {
    const dir = folders.make();
    const commune = join(dir, 'xa');
    const office = join(dir, 'so');
    expectOk(await qcdc(initArgs(commune, 'commune', '06184', 'Xã Tân Hưng')));
    expectOk(await qcdc(initArgs(office, 'office', 'STP-LS', 'Sở Tư pháp tỉnh Lạng Sơn')));
    for (const [from, to] of [
      [commune, office],
      [office, commune],
    ] as const) {
      expectOk(await qcdc(['card', '--data', from, '--out', join(dir, 'the.json')]));
      expectOk(await qcdc(['enroll', '--data', to, join(dir, 'the.json')]));
    }
    bigImport(join(dir, 'lon.ndjson'));
    expectOk(await qcdc(['records', 'import', '--data', commune, join(dir, 'lon.ndjson')]));
    const bundle = join(dir, 'goi.qcdc');
    const exported = jsonOf<{ toSeq: number }>(
      await qcdc(['bundle', 'export', '--data', commune, '--out', bundle, '--json']),
    );
    const replica = join(office, 'communes', '06184.sqlite');
    const full = await fullRunMs(office, bundle, join(dir, 'so-thu'), ['bundle', 'import']);
    for (const ms of killPoints(full, [0.3, 0.55, 0.8, 1.1])) {
      await importKilledAfter(office, bundle, ms, ['bundle', 'import']);
      const held = existsSync(replica)
        ? readDatabase(replica, (db) => [
            (db.prepare('SELECT count(*) AS n FROM received_change').get() as { n: number }).n,
            (db.prepare('SELECT count(*) AS n FROM mediation_case').get() as { n: number }).n,
          ])
        : [0, 0];
      expect([0, exported.toSeq]).toContain(held[0]);
      expect(held[1]).toBe(held[0] === 0 ? 0 : CASES);
      const check = await qcdc(['check', '--data', office, '--json']);
      expect(jsonOf<{ ok: boolean }>(check), check.stdout).toMatchObject({ ok: true });
    }
  }, 300_000);
});
