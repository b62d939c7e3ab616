import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptWith, encryptTo } from '../../../db/keys/age';
import { loadKeys, plainFileProtector } from '../../../db/keys/keystore';
import { signPrehashed } from '../../../db/keys/minisign';
import { readZipStrict, writeZip } from '../../../db/sync/zip';
import { runCli } from '../../../electron/cli/run';
import { BUNDLE_ENTRIES } from '../../../shared/sync/manifest';
import { ok, tempDir } from '../../helpers/app';
import { dataDigest, exportBytes, importBytes, newCommune, newOffice, pair, type TestApp } from './fixture';

// Issue 16, item 4 at the office: a signed bundle whose content the schema refuses (an unknown
// code, a version past any possible one) is refused whole as invalid content (exit 1) with the line
// named, never as an unexpected error, and the replica is unchanged.

const [MANIFEST, SIGNATURE, PAYLOAD] = BUNDLE_ENTRIES;
const apps: TestApp[] = [];
afterAll(() => apps.forEach((a) => a.cleanup()));

let commune: Awaited<ReturnType<typeof newCommune>>;
let office: TestApp;
let valid: Buffer;

type Line = Record<string, unknown> & {
  seq: number;
  entity: string;
  version: number;
  snapshot: Record<string, unknown>;
};

/** The bundle with its payload lines changed by `edit`, re-encrypted and re-signed by the commune's real key. */
async function resigned(bytes: Buffer, edit: (lines: Line[]) => void): Promise<Buffer> {
  const map = readZipStrict(bytes, {
    names: BUNDLE_ENTRIES,
    maxEntries: 3,
    maxBytes: Object.fromEntries(BUNDLE_ENTRIES.map((n) => [n, 1 << 26])),
  });
  const officeKeys = loadKeys(office.dataDir, plainFileProtector);
  const plain = gunzipSync(await decryptWith(officeKeys.ageIdentity, map.get(PAYLOAD)!)).toString('utf8');
  const lines = plain
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
  edit(lines);
  const payload = Buffer.from(
    await encryptTo([officeKeys.ageRecipient], gzipSync(lines.map((l) => JSON.stringify(l)).join('\n') + '\n')),
  );
  const manifest = JSON.parse(map.get(MANIFEST)!.toString('utf8')) as Record<string, unknown> & {
    fromSeq: number;
    toSeq: number;
  };
  const sha256 = createHash('sha256').update(payload).digest('hex');
  manifest.payload = { bytes: payload.length, sha256 };
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2));
  const signature = signPrehashed(
    loadKeys(commune.dataDir, plainFileProtector).signing,
    manifestBytes,
    `qcdc bundle commune=12345 seq=${manifest.fromSeq}-${manifest.toSeq} payload=${sha256}`,
  );
  return writeZip([
    { name: MANIFEST, data: manifestBytes },
    { name: SIGNATURE, data: Buffer.from(signature) },
    { name: PAYLOAD, data: payload },
  ]);
}

async function expectRejected(bytes: Buffer, ...texts: string[]): Promise<void> {
  const before = dataDigest(office.dataDir);
  const result = await importBytes(office, bytes);
  expect(result, result.message ?? '').toMatchObject({ ok: false, failure: 'rejected', applied: 0 });
  for (const text of texts) expect(result.message).toContain(text);
  expect(dataDigest(office.dataDir)).toBe(before);
}

beforeAll(async () => {
  commune = await newCommune();
  office = await newOffice();
  apps.push(commune, office);
  await pair(commune, office);
  valid = await exportBytes(commune, { profile: 'full', reason: 'kiểm thử' });
}, 60_000);

describe('signed bundles the schema refuses', () => {
  it('an unknown code (CHECK constraint) is refused with the line and field named, exit 1 from the CLI', async () => {
    let at = 0;
    const bad = await resigned(valid, (lines) => {
      const i = lines.findIndex((l) => l.entity === 'mediator');
      lines[i]!.snapshot.gender = 'khong_ro';
      at = i + 1;
    });
    await expectRejected(bad, `dòng ${at}`, 'gender');

    const file = join(tempDir('qcdc-goi-'), 'goi-sai-ma.qcdc');
    writeFileSync(file, bad);
    let out = '';
    let errText = '';
    const code = await runCli(['bundle', 'import', '--data', office.dataDir, file], {
      out: (t) => (out += t),
      err: (t) => (errText += t),
      errIsTTY: false,
    });
    expect(code, `${out}${errText}`).toBe(1);
    expect(`${out}${errText}`).toContain(`dòng ${at}`);
    expect(`${out}${errText}`).not.toContain('ngoài dự kiến');
  });

  it('a version of 2^53 − 1 cannot freeze a record: the line is refused', async () => {
    let at = 0;
    const bad = await resigned(valid, (lines) => {
      const i = lines.findIndex((l) => l.entity === 'community');
      lines[i]!.version = Number.MAX_SAFE_INTEGER;
      lines[i]!.snapshot.version = Number.MAX_SAFE_INTEGER;
      at = i + 1;
    });
    await expectRejected(bad, `dòng ${at}`, 'phiên bản');
    // The genuine bundle still applies afterwards.
    expect((await importBytes(office, valid)).ok).toBe(true);
  });
});

// Issue 16, item 3: every line passes the commune's own input rules before anything is applied —
// cross-field rules (a closing date before the receiving date), relations to records the office
// holds — in either profile; one invalid line refuses the whole bundle, the replica unchanged.
describe('signed bundles the commune rules refuse', () => {
  let more: Buffer;
  let minimal: Buffer;

  beforeAll(async () => {
    const { community, mediators } = commune.seed;
    await ok(commune.dispatch, 'mediation.createCase', {
      communityId: community.id,
      receivedOn: '2026-03-10',
      category: 'dan_su',
      summary: 'Tranh chấp lối đi',
      status: 'thanh',
      closedOn: '2026-03-20',
      parties: [{ name: 'Hộ A' }, { name: 'Hộ B' }],
      mediatorIds: [mediators[0]!.id],
    });
    await ok(commune.dispatch, 'reception.createPetition', {
      receivedOn: '2026-03-03',
      content: 'khieu_nai',
      inCompetence: true,
      summary: 'Khiếu nại về đất',
      handling: 'thu_ly',
      status: 'da_giai_quyet',
      resolvedOn: '2026-03-20',
    });
    more = await exportBytes(commune, { profile: 'full', reason: 'kiểm thử', all: true });
    minimal = await exportBytes(commune, { all: true });
  });

  function editLine(entity: string, edit: (snap: Record<string, unknown>) => void) {
    let at = 0;
    return {
      at: () => at,
      edit: (lines: Line[]) => {
        const i = lines.findIndex((l) => l.entity === entity);
        edit(lines[i]!.snapshot);
        at = i + 1;
      },
    };
  }

  it('a petition resolved before it was received', async () => {
    const e = editLine('petition', (s) => (s.resolvedOn = '2026-03-01'));
    await expectRejected(await resigned(more, e.edit), `dòng ${e.at()}`, 'resolvedOn', 'trước ngày nhận đơn');
  });

  it('a case closed before it was received, in the minimal profile too', async () => {
    for (const bundle of [more, minimal]) {
      const e = editLine('mediation_case', (s) => (s.closedOn = '2026-03-01'));
      await expectRejected(await resigned(bundle, e.edit), `dòng ${e.at()}`, 'closedOn');
    }
  });

  it('a case naming a thôn or a mediator the office does not hold', async () => {
    const e = editLine('mediation_case', (s) => (s.communityId = '01900000-0000-7000-8000-000000000000'));
    await expectRejected(await resigned(more, e.edit), `dòng ${e.at()}`, 'communityId');
    const m = editLine('mediation_case', (s) => (s.mediatorIds = ['01900000-0000-7000-8000-000000000001']));
    await expectRejected(await resigned(more, m.edit), `dòng ${m.at()}`, 'mediatorIds');
  });

  it('a denunciation carrying a name', async () => {
    const e = editLine('petition', (s) => {
      s.content = 'to_cao';
      s.petitionerName = 'Người Tố Cáo';
    });
    await expectRejected(await resigned(more, e.edit), `dòng ${e.at()}`, 'petitionerName');
  });

  it('the genuine bundle still applies', async () => {
    const result = await importBytes(office, more);
    expect(result.ok, result.message ?? '').toBe(true);
  });
});
