import { execFileSync } from 'node:child_process';
import { openRaw } from '../../db/open';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, initArgs, jsonOf, qcdc, runProgram, tempFolders } from './helpers';

// Enrollment, bundle import, receipts and key recovery through the `qcdc` command line (cli.md),
// with receipts checked by the real `minisign` program.

const temp = tempFolders();
afterAll(() => temp.cleanup());

let work: string;
let commune: string;
let office: string;
let communeCard: string;
let officeCard: string;

const RECORDS = [
  { kind: 'community', name: 'Thôn Nà Sản', type: 'thon', households: 80 },
  {
    kind: 'mediation_case',
    community: 'Thôn Nà Sản',
    receivedOn: '2026-02-03',
    category: 'mau_thuan',
    summary: 'Mâu thuẫn về lối đi chung.',
    status: 'thanh',
    closedOn: '2026-02-20',
    parties: [{ name: 'Lục Văn A' }, { name: 'Hoàng Thị B' }],
  },
];

type ImportJson = {
  bundles: { file: string; commune: string; fromSeq: number; toSeq: number; applied: number; duplicate: boolean }[];
  gaps: unknown[];
  receipts: string[];
};

beforeAll(async () => {
  work = temp.make();
  commune = join(work, 'xa');
  office = join(work, 'so');
  communeCard = join(work, 'the-xa.json');
  officeCard = join(work, 'the-so.json');
  expectOk(await qcdc(initArgs(commune, 'commune', '06184', 'Xã Thử')));
  expectOk(await qcdc(initArgs(office, 'office', 'STP-TS', 'Sở Tư pháp tỉnh Thử')));
  expectOk(await qcdc(['card', '--data', commune, '--out', communeCard]));
  expectOk(await qcdc(['card', '--data', office, '--out', officeCard]));
  writeFileSync(join(work, 'records.ndjson'), `${RECORDS.map((r) => JSON.stringify(r)).join('\n')}\n`);
  expectOk(await qcdc(['records', 'import', '--data', commune, join(work, 'records.ndjson')]));
}, 120_000);

describe('qcdc enroll / bundle import / receipt import', () => {
  it('enrolls both ways, printing the fingerprint to read back', async () => {
    const card = JSON.parse(readFileSync(communeCard, 'utf8')) as { fingerprint: string };
    const atOffice = await qcdc(['enroll', '--data', office, communeCard, '--json']);
    expectOk(atOffice);
    expect(jsonOf(atOffice)).toMatchObject({ enrolled: [{ code: '06184', fingerprint: card.fingerprint }] });
    const atCommune = await qcdc(['enroll', '--data', commune, officeCard]);
    expectOk(atCommune);
    expect(atCommune.stdout).toContain('Dấu vân tay:');
    const wrongRole = await qcdc(['enroll', '--data', office, officeCard]);
    expect(wrongRole.code).toBe(1);
  }, 60_000);

  it('imports with a receipt that minisign verifies, and the commune accepts it', async () => {
    expect((await qcdc(['bundle', 'export', '--data', commune, '--out', join(work, 'x.qcdc'), '--full'])).code).toBe(2);
    const bundle = join(work, 'b1.qcdc');
    const exported = await qcdc(['bundle', 'export', '--data', commune, '--out', bundle, '--json']);
    expectOk(exported);
    const { toSeq } = jsonOf<{ toSeq: number }>(exported);

    const receipts = join(work, 'bien-nhan');
    const imported = await qcdc(['bundle', 'import', '--data', office, bundle, '--receipts', receipts, '--json']);
    expectOk(imported);
    const out = jsonOf<ImportJson>(imported);
    expect(out.bundles).toEqual([
      expect.objectContaining({ commune: '06184', fromSeq: 1, toSeq, applied: toSeq, duplicate: false }),
    ]);
    expect(out.gaps).toEqual([]);
    expect(out.receipts).toHaveLength(1);

    const dir = join(work, 'receipt');
    mkdirSync(dir);
    execFileSync('unzip', ['-q', out.receipts[0]!, '-d', dir]);
    expect(readdirSync(dir).sort()).toEqual(['receipt.json', 'receipt.json.minisig']);
    const card = JSON.parse(readFileSync(officeCard, 'utf8')) as { minisignPublicKey: string };
    writeFileSync(join(dir, 'office.pub'), card.minisignPublicKey);
    const checked = runProgram('minisign', ['-VHm', 'receipt.json', '-p', 'office.pub'], dir);
    expect(checked.status, checked.output).toBe(0);
    expect(checked.output).toContain(`commune=06184 toSeq=${toSeq}`);

    const loaded = await qcdc(['receipt', 'import', '--data', commune, out.receipts[0]!, '--json']);
    expectOk(loaded);
    expect(jsonOf(loaded)).toMatchObject({ acknowledgedSeq: toSeq, alreadyKnown: false });
    const nothing = await qcdc(['bundle', 'export', '--data', commune, '--out', join(work, 'empty.qcdc')]);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toContain('Không có thay đổi nào');

    const again = await qcdc(['bundle', 'import', '--data', office, bundle, '--json']);
    expectOk(again);
    expect(jsonOf<ImportJson>(again).bundles[0]).toMatchObject({ duplicate: true, applied: 0 });
  }, 120_000);

  it("reports the commune's figures at the office, and refuses tampered and foreign files", async () => {
    const period = ['--from', '2026-01-01', '--to', '2026-12-31', '--json'];
    const own = jsonOf<Record<string, unknown>>(await qcdc(['report', '--data', commune, ...period]));
    const compiled = jsonOf<{ communes: Record<string, unknown>[]; mediation: unknown }>(
      await qcdc(['report', '--data', office, ...period]),
    );
    const { schema: _s, period: _p, scope: _c, ...sections } = own;
    expect(compiled.communes).toEqual([{ code: '06184', name: 'Xã Thử', ...sections }]);
    expect(compiled.mediation).toEqual(own.mediation);

    const bytes = readFileSync(join(work, 'b1.qcdc'));
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 200) ^ 1, bytes.length - 200);
    writeFileSync(join(work, 'sua.qcdc'), bytes);
    writeFileSync(join(work, 'rac.qcdc'), 'không phải gói');
    const tampered = await qcdc(['bundle', 'import', '--data', office, join(work, 'sua.qcdc')]);
    expect(tampered.code).toBe(3);
    expect(tampered.stdout).toContain('BỊ TỪ CHỐI');
    expect((await qcdc(['bundle', 'import', '--data', office, join(work, 'rac.qcdc')])).code).toBe(1);

    const checked = await qcdc(['check', '--data', office, '--json']);
    expect(jsonOf(checked)).toMatchObject({ ok: true });
    const replica = join(office, 'communes', '06184.sqlite');
    const edit = (sql: string) => {
      const db = openRaw(replica);
      db.exec(sql);
      db.close();
    };
    edit('UPDATE mediation_case SET version = version + 1');
    const broken = await qcdc(['check', '--data', office]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('Dữ liệu của xã 06184');
    edit('UPDATE mediation_case SET version = version - 1');

    // The office's backup carries its communes' replicas: restored, the compilation is the same.
    const backup = join(work, 'so.sqlite');
    expectOk(await qcdc(['backup', '--data', office, '--out', backup]));
    rmSync(join(office, 'communes'), { recursive: true });
    expectOk(await qcdc(['restore', '--data', office, backup]));
    const restored = jsonOf<{ communes: unknown }>(await qcdc(['report', '--data', office, ...period]));
    expect(restored.communes).toEqual(compiled.communes);
    expectOk(await qcdc(['check', '--data', office]));
  }, 180_000);
});

describe('key loss and recovery', () => {
  it('restores keys and data on a new machine; new keys need an explicit re-enrollment', async () => {
    const pass = join(work, 'mat-khau.txt');
    writeFileSync(pass, 'Mật khẩu khóa xã 2026\n');
    const keyBackup = join(work, 'sao-luu-khoa');
    expectOk(await qcdc(['keys', 'export', '--data', commune, '--out', keyBackup, '--passphrase-file', pass]));
    expectOk(await qcdc(['backup', '--data', commune, '--out', join(work, 'xa.sqlite')]));

    // A new laptop: the database backup and the key backup bring the commune back as it was.
    const laptop = join(work, 'may-moi');
    mkdirSync(laptop);
    // The backup carries no keys (an unprotected installation, no passphrase): the fingerprint on the
    // printed sheet vouches for it on the new machine.
    const { fingerprint } = JSON.parse(readFileSync(communeCard, 'utf8')) as { fingerprint: string };
    expectOk(await qcdc(['restore', '--data', laptop, join(work, 'xa.sqlite'), '--fingerprint', fingerprint]));
    expectOk(await qcdc(['keys', 'import', '--data', laptop, '--from', keyBackup, '--passphrase-file', pass]));
    const more = join(work, 'more.ndjson');
    writeFileSync(more, `${JSON.stringify({ kind: 'community', name: 'Thôn Bản Mới', type: 'thon' })}\n`);
    expectOk(await qcdc(['records', 'import', '--data', laptop, more]));
    const b2 = join(work, 'b2.qcdc');
    expectOk(await qcdc(['bundle', 'export', '--data', laptop, '--out', b2]));
    expectOk(await qcdc(['bundle', 'import', '--data', office, b2]));

    // Keys lost with no backup: new keys, refused until the office re-enrolls the new card explicitly.
    expectOk(await qcdc(['keys', 'new', '--data', laptop]));
    const newCard = join(work, 'the-xa-moi.json');
    expectOk(await qcdc(['card', '--data', laptop, '--out', newCard]));
    writeFileSync(more, `${JSON.stringify({ kind: 'community', name: 'Thôn Bản Sau', type: 'thon' })}\n`);
    expectOk(await qcdc(['records', 'import', '--data', laptop, more]));
    const b3 = join(work, 'b3.qcdc');
    expectOk(await qcdc(['bundle', 'export', '--data', laptop, '--out', b3]));
    expect((await qcdc(['bundle', 'import', '--data', office, b3])).code).toBe(3);
    const refused = await qcdc(['enroll', '--data', office, newCard]);
    expect(refused.code).toBe(3);
    expectOk(await qcdc(['enroll', '--data', office, newCard, '--replace-key', '--reason', 'Máy xã hỏng, mất khóa']));
    const accepted = await qcdc(['bundle', 'import', '--data', office, b3, '--json']);
    expectOk(accepted);
    expect(jsonOf<ImportJson>(accepted).bundles[0]!.applied).toBeGreaterThan(0);
    expect((await qcdc(['bundle', 'import', '--data', office, b2])).code).toBe(3);
    expect(readFileSync(join(office, 'logs', readdirSync(join(office, 'logs'))[0]!), 'utf8')).toContain(
      'enroll --replace-key 06184',
    );
  }, 240_000);
});
