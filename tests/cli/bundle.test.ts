import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZipStrict, writeZip } from '../../db/sync/zip';
import { expectOk, initArgs, jsonOf, qcdc, runProgram, sha256, tempFolders } from './helpers';

// `qcdc bundle export` / `bundle verify` (cli.md), checked with the real unzip, minisign, sha256sum
// and age programs, as architecture.md §5 promises.

const SENTINEL = 'Sentinel Nguyễn Văn Bí Mật';
const temp = tempFolders();
afterAll(() => temp.cleanup());

let work: string;
let communeDir: string;
let officeDir: string;
let officeCard: string;
let communeCard: string;

const RECORDS = [
  { kind: 'community', id: 'c0000000-0000-7000-8000-000000000001', name: 'Thôn Một', type: 'thon', households: 50 },
  {
    kind: 'mediation_case',
    id: 'c0000000-0000-7000-8000-000000000002',
    community: 'Thôn Một',
    receivedOn: '2026-01-05',
    category: 'dan_su',
    summary: 'Tranh chấp ranh giới đất vườn giữa hai hộ.',
    status: 'tiep_nhan',
    parties: [{ name: SENTINEL, birthYear: 1970, address: 'Thôn Một' }, { name: 'Trần Thị Hai' }],
  },
];

function unzipInto(bundle: string, dir: string): string[] {
  execFileSync('unzip', ['-o', '-q', bundle, '-d', dir]);
  return readdirSync(dir).sort();
}

function decryptPayload(dir: string): string {
  return execFileSync(
    'sh',
    ['-c', 'age -d -i "$1/age-identity.txt" "$2/payload.age" | gunzip', 'sh', join(work, 'k'), dir],
    {
      encoding: 'utf8',
    },
  );
}

function flipByteOf(file: string, needle: string, out: string): void {
  const bytes = readFileSync(file);
  const at = bytes.indexOf(Buffer.from(needle, 'latin1'));
  expect(at).toBeGreaterThan(0);
  bytes.writeUInt8(bytes.readUInt8(at + needle.length + 40) ^ 0x01, at + needle.length + 40);
  writeFileSync(out, bytes);
}

beforeAll(async () => {
  work = temp.make();
  communeDir = join(work, 'commune');
  officeDir = join(work, 'office');
  expectOk(await qcdc(initArgs(communeDir, 'commune', '06184', 'Xã Thử')));
  expectOk(await qcdc(initArgs(officeDir, 'office', '060', 'Tỉnh Thử')));
  const records = join(work, 'records.ndjson');
  writeFileSync(records, `${RECORDS.map((r) => JSON.stringify(r)).join('\n')}\n`);
  expectOk(await qcdc(['records', 'import', '--data', communeDir, records]));
  officeCard = join(work, 'office-card.json');
  communeCard = join(work, 'commune-card.json');
  expectOk(await qcdc(['card', '--data', officeDir, '--out', officeCard]));
  expectOk(await qcdc(['card', '--data', communeDir, '--out', communeCard]));
  expectOk(await qcdc(['keys', 'export', '--data', officeDir, '--out', join(work, 'k')]));
  expectOk(await qcdc(['enroll', '--data', communeDir, officeCard]));
}, 120_000);

describe('qcdc bundle export / verify', () => {
  it('writes a bundle the standard tools verify and decrypt (minimal profile)', async () => {
    const bundle = join(work, 'minimal.qcdc');
    const run = await qcdc(['bundle', 'export', '--data', communeDir, '--out', bundle, '--json']);
    expectOk(run);
    const out = jsonOf<{ file: string; fromSeq: number; toSeq: number; changes: number; bytes: number }>(run);
    expect(out).toMatchObject({ file: bundle, fromSeq: 1, changes: out.toSeq });
    expect(out.bytes).toBe(readFileSync(bundle).length);

    const dir = join(work, 'minimal');
    expect(unzipInto(bundle, dir)).toEqual(['manifest.json', 'manifest.json.minisig', 'payload.age']);
    const card = JSON.parse(readFileSync(communeCard, 'utf8')) as { minisignPublicKey: string };
    writeFileSync(join(dir, 'commune.pub'), card.minisignPublicKey);
    const signed = runProgram('minisign', ['-VHm', 'manifest.json', '-p', 'commune.pub'], dir);
    expect(signed.status, signed.output).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      sender: { commune: string };
      fromSeq: number;
      toSeq: number;
      profile: string;
      payload: { sha256: string; bytes: number };
    };
    expect(signed.output).toContain(`commune=06184 seq=1-${out.toSeq} payload=${manifest.payload.sha256}`);
    expect(manifest).toMatchObject({ sender: { commune: '06184' }, fromSeq: 1, toSeq: out.toSeq, profile: 'minimal' });
    expect(sha256(join(dir, 'payload.age'))).toBe(manifest.payload.sha256);

    const lines = decryptPayload(dir)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { seq: number; entity: string; snapshot: Record<string, unknown> });
    expect(lines.map((l) => l.seq)).toEqual(Array.from({ length: out.toSeq }, (_, i) => i + 1));
    const text = lines.map((l) => JSON.stringify(l)).join('\n');
    expect(text).not.toContain(SENTINEL);
    expect(text).not.toContain('Tranh chấp ranh giới');
    const kase = lines.find((l) => l.entity === 'mediation_case');
    expect(kase?.snapshot.parties).toEqual([{}, {}]);

    const verify = await qcdc(['bundle', 'verify', bundle, '--card', communeCard, '--json']);
    expectOk(verify);
    expect(jsonOf(verify)).toEqual({
      valid: true,
      commune: '06184',
      fromSeq: 1,
      toSeq: out.toSeq,
      createdAt: expect.any(String) as unknown,
      payloadSha256: manifest.payload.sha256,
    });
  }, 120_000);

  it('the --full profile carries the personal fields', async () => {
    const bundle = join(work, 'full.qcdc');
    expectOk(
      await qcdc([
        'bundle',
        'export',
        '--data',
        communeDir,
        '--out',
        bundle,
        '--full',
        '--reason',
        'Sở yêu cầu rà soát hồ sơ',
      ]),
    );
    const dir = join(work, 'full');
    unzipInto(bundle, dir);
    expect(decryptPayload(dir)).toContain(SENTINEL);
    expectOk(await qcdc(['bundle', 'verify', bundle, '--card', communeCard]));
  }, 120_000);

  it('refuses a tampered payload, a tampered manifest and the wrong card (exit 3)', async () => {
    const bundle = join(work, 'minimal.qcdc');
    const badPayload = join(work, 'bad-payload.qcdc');
    flipByteOf(bundle, 'payload.age', badPayload);
    const a = await qcdc(['bundle', 'verify', badPayload, '--card', communeCard, '--json']);
    expect(a.code).toBe(3);
    expect(jsonOf(a)).toMatchObject({ valid: false });

    const badManifest = join(work, 'bad-manifest.qcdc');
    flipByteOf(bundle, 'manifest.json{', badManifest);
    const b = await qcdc(['bundle', 'verify', badManifest, '--card', communeCard, '--json']);
    expect(b.code).toBe(3);

    // Re-packed with correct ZIP checksums: the signature and the payload hash must still catch it.
    const names = ['manifest.json', 'manifest.json.minisig', 'payload.age'] as const;
    const parts = readZipStrict(readFileSync(bundle), {
      names,
      maxEntries: 8,
      maxBytes: Object.fromEntries(names.map((n) => [n, 1 << 24])),
    });
    const repack = (name: (typeof names)[number], file: string) => {
      const data = Buffer.from(parts.get(name)!);
      data.writeUInt8(data.readUInt8(data.length - 20) ^ 0x01, data.length - 20);
      writeFileSync(file, writeZip(names.map((n) => ({ name: n, data: n === name ? data : parts.get(n)! }))));
    };
    repack('payload.age', join(work, 'repacked-payload.qcdc'));
    const d = await qcdc(['bundle', 'verify', join(work, 'repacked-payload.qcdc'), '--card', communeCard, '--json']);
    expect(d.code).toBe(3);
    expect(JSON.stringify(jsonOf(d))).toContain('mã kiểm tra không khớp');
    repack('manifest.json', join(work, 'repacked-manifest.qcdc'));
    const e = await qcdc(['bundle', 'verify', join(work, 'repacked-manifest.qcdc'), '--card', communeCard, '--json']);
    expect(e.code).toBe(3);
    expect(JSON.stringify(jsonOf(e))).toContain('Chữ ký');

    const otherDir = join(work, 'other');
    const otherCard = join(work, 'other-card.json');
    expectOk(await qcdc(initArgs(otherDir, 'commune', '06185', 'Xã Khác')));
    expectOk(await qcdc(['card', '--data', otherDir, '--out', otherCard]));
    const c = await qcdc(['bundle', 'verify', bundle, '--card', otherCard, '--json']);
    expect(c.code).toBe(3);
    expect(jsonOf(c)).toMatchObject({ valid: false });

    const garbage = join(work, 'garbage.qcdc');
    writeFileSync(garbage, 'not a zip at all');
    expect((await qcdc(['bundle', 'verify', garbage, '--card', communeCard])).code).toBe(3);
  }, 120_000);
});
