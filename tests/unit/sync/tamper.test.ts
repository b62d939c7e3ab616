import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_ENTRIES } from '../../../shared/sync/manifest';
import { encryptTo } from '../../../db/keys/age';
import { loadKeys, plainFileProtector } from '../../../db/keys/keystore';
import { signPrehashed } from '../../../db/keys/minisign';
import { readZipStrict, writeZip } from '../../../db/sync/zip';
import { ok } from '../../helpers/app';
import {
  addCases,
  cardOf,
  cloneOffice,
  dataDigest,
  enroll,
  exportBytes,
  importBytes,
  newCommune,
  newOffice,
  pair,
  type TestApp,
} from './fixture';

// The tamper matrix and the fuzz test of architecture.md §8: every hostile bundle is refused with
// the right failure and a Vietnamese reason, and the office's data is unchanged afterwards.

type Name = (typeof BUNDLE_ENTRIES)[number];
const [MANIFEST, SIGNATURE, PAYLOAD] = BUNDLE_ENTRIES;
const apps: TestApp[] = [];
afterAll(() => apps.forEach((a) => a.cleanup()));

let commune: Awaited<ReturnType<typeof newCommune>>;
let office: TestApp;
let valid: Buffer;
let other: Buffer;

function parts(bytes: Buffer): Map<Name, Buffer> {
  const all = readZipStrict(bytes, {
    names: BUNDLE_ENTRIES,
    maxEntries: 3,
    maxBytes: Object.fromEntries(BUNDLE_ENTRIES.map((n) => [n, 1 << 26])),
  });
  return all as Map<Name, Buffer>;
}

function pack(map: Map<Name, Buffer>, names: readonly string[] = BUNDLE_ENTRIES): Buffer {
  return writeZip(names.map((name) => ({ name, data: map.get(name as Name) ?? Buffer.alloc(0) })));
}

function flipIn(map: Map<Name, Buffer>, name: Name, at: number): Buffer {
  const copy = new Map(map);
  const data = Buffer.from(copy.get(name)!);
  data.writeUInt8(data.readUInt8(at) ^ 0x04, at);
  copy.set(name, data);
  return pack(copy);
}

async function expectRefused(bytes: Uint8Array, failure: 'security' | 'rejected', text?: string): Promise<void> {
  const before = dataDigest(office.dataDir);
  const result = await importBytes(office, bytes);
  expect(result.ok).toBe(false);
  expect(result.failure).toBe(failure);
  expect(result.message).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữ]/i);
  if (text) expect(result.message).toContain(text);
  expect(result.applied).toBe(0);
  expect(dataDigest(office.dataDir)).toBe(before);
}

beforeAll(async () => {
  commune = await newCommune();
  office = await newOffice();
  apps.push(commune, office);
  await pair(commune, office);
  await addCases(commune, 3);
  valid = await exportBytes(commune);
  await addCases(commune, 1);
  other = await exportBytes(commune);
}, 60_000);

describe('tamper matrix', () => {
  it('a flipped bit in each part, in the file or re-packed with correct ZIP checksums', async () => {
    const map = parts(valid);
    for (const name of BUNDLE_ENTRIES) {
      const at = Math.floor(map.get(name)!.length / 2);
      await expectRefused(flipIn(map, name, at), 'security');
      const raw = Buffer.from(valid);
      const offset = raw.indexOf(map.get(name)!) + at;
      raw.writeUInt8(raw.readUInt8(offset) ^ 0x01, offset);
      await expectRefused(raw, 'security', 'Gói dữ liệu bị hỏng');
    }
  });

  it('a payload swapped in from another bundle of the same commune', async () => {
    const map = parts(valid);
    map.set(PAYLOAD, parts(other).get(PAYLOAD)!);
    await expectRefused(pack(map), 'security', 'Phần dữ liệu của gói');
  });

  it('an unknown sender, and a sender whose key was replaced', async () => {
    const stranger = await newCommune();
    apps.push(stranger);
    stranger.sql.raw.prepare("UPDATE setting SET value = '54321' WHERE key = 'code'").run();
    await enroll(stranger, await cardOf(office));
    await addCases(stranger, 1);
    await expectRefused(await exportBytes(stranger), 'security', 'Người gửi không rõ');

    // A reinstalled commune 12345 with new keys, re-enrolled explicitly: the old key is refused.
    // (office2 is a copy of the office, so the commune's bundles are addressed to it too.)
    const office2 = cloneOffice(office);
    const reinstalled = await newCommune();
    apps.push(office2, reinstalled);
    await enroll(office2, await cardOf(reinstalled), true);
    const result = await importBytes(office2, valid);
    expect(result).toMatchObject({ ok: false, failure: 'security' });
    expect(result.message).toContain('khóa cũ');
    const history = await ok(office2.dispatch, 'sync.history', {});
    expect(history.map((e) => e.kind)).toContain('replace_key');
  });

  it('a bundle meant for another office', async () => {
    const elsewhere = await newOffice('STP-CB', 'Sở Tư pháp tỉnh Cao Bằng');
    apps.push(elsewhere);
    await enroll(commune, await cardOf(elsewhere), true);
    const forElsewhere = await exportBytes(commune, { all: true });
    await enroll(commune, await cardOf(office), true);
    await expectRefused(forElsewhere, 'security', 'không phải cơ quan này');
  });

  it('a truncated file, `../` names, compressed entries, an oversized manifest, not a bundle at all', async () => {
    for (const cut of [10, 100, valid.length / 2, valid.length - 1]) {
      await expectRefused(valid.subarray(0, Math.floor(cut)), 'security');
    }
    const map = parts(valid);
    const traversal = writeZip([
      { name: `../${MANIFEST}`, data: map.get(MANIFEST)! },
      { name: SIGNATURE, data: map.get(SIGNATURE)! },
      { name: PAYLOAD, data: map.get(PAYLOAD)! },
    ]);
    await expectRefused(traversal, 'security', 'tên lạ');
    const deflated = Buffer.from(valid);
    for (let at = deflated.indexOf('PK\u0003\u0004'); at >= 0; at = deflated.indexOf('PK\u0003\u0004', at + 4)) {
      deflated.writeUInt16LE(8, at + 8);
    }
    await expectRefused(deflated, 'security');
    const big = new Map(map);
    big.set(MANIFEST, Buffer.concat([map.get(MANIFEST)!, Buffer.alloc(70 * 1024, 0x20)]));
    await expectRefused(pack(big), 'security', 'quá lớn');
    await expectRefused(Buffer.from('không phải gói'), 'rejected');
  });

  it('a signed payload that decompresses past the limit (zip bomb from an enrolled commune)', async () => {
    const keys = loadKeys(commune.dataDir, plainFileProtector);
    const officeCard = JSON.parse(await cardOf(office)) as { ageRecipient: string };
    const bomb = Buffer.from(await encryptTo([officeCard.ageRecipient], gzipSync(Buffer.alloc(401 * 1024 * 1024))));
    const map = parts(valid);
    const manifest = JSON.parse(map.get(MANIFEST)!.toString('utf8')) as {
      payload: { bytes: number; sha256: string };
      fromSeq: number;
      toSeq: number;
    };
    const { createHash } = await import('node:crypto');
    manifest.payload = { bytes: bomb.length, sha256: createHash('sha256').update(bomb).digest('hex') };
    const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2));
    const signature = signPrehashed(
      keys.signing,
      manifestBytes,
      `qcdc bundle commune=12345 seq=${manifest.fromSeq}-${manifest.toSeq} payload=${manifest.payload.sha256}`,
    );
    map.set(MANIFEST, manifestBytes);
    map.set(SIGNATURE, Buffer.from(signature));
    map.set(PAYLOAD, bomb);
    await expectRefused(pack(map), 'security', 'bom nén');
  }, 60_000);
});

describe('fuzz', () => {
  it('refuses every mutation of a valid bundle and leaves the office unchanged', async () => {
    let seed = 20261129;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const map = parts(valid);
    const mutations: Buffer[] = [];
    for (let i = 0; i < 120; i++) {
      const bytes = Buffer.from(valid);
      const at = Math.floor(random() * bytes.length);
      bytes.writeUInt8(bytes.readUInt8(at) ^ (1 << Math.floor(random() * 8)), at);
      mutations.push(bytes);
    }
    for (let i = 0; i < 20; i++) mutations.push(valid.subarray(0, Math.floor(random() * valid.length)));
    mutations.push(pack(map, [MANIFEST, SIGNATURE, PAYLOAD, PAYLOAD]));
    mutations.push(pack(map, [SIGNATURE, MANIFEST, PAYLOAD]));
    mutations.push(Buffer.concat([valid, Buffer.from('rác')]));
    const before = dataDigest(office.dataDir);
    for (const bytes of mutations) {
      const result = await importBytes(office, bytes);
      expect(result.ok, `mutation accepted: ${result.message}`).toBe(false);
      expect(result.message).toBeTruthy();
    }
    expect(dataDigest(office.dataDir)).toBe(before);
    expect((await importBytes(office, valid)).ok).toBe(true);
  }, 120_000);
});
