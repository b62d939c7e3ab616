import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../db/changelog/chain';
import { checkDatabase } from '../../../db/maintenance/check';
import { decryptWith } from '../../../db/keys/age';
import { loadKeys, plainFileProtector } from '../../../db/keys/keystore';
import { readBundleEntries } from '../../../db/sync/verify';
import { err, ok, tempDir } from '../../helpers/app';
import { exportBytes, importBytes, newCommune, newOffice, pair, type TestApp } from './fixture';

// Issue 16, item 1: a visit entered as kiến nghị with a name and an ID number, then changed to tố
// cáo, keeps them nowhere: not in any version of the change log, the database file, its WAL, the
// logs, a backup made afterwards, either bundle profile, or the office's replica.

const NAME = 'Sentinelname Quyzzt';
const ID_NUMBER = '079187654321';
const ADDRESS = 'Xóm Sentinelxom';
/** A word of the free text: the search index holds it folded ("sentinelcau"), so both forms are looked for. */
const SUMMARY_WORD = 'Sentinelcầu';
const SENTINELS = [NAME, ID_NUMBER, ADDRESS, SUMMARY_WORD, 'sentinelcau'];

const apps: TestApp[] = [];
afterAll(() => apps.forEach((a) => a.cleanup()));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function leaks(paths: string[]): string[] {
  const found: string[] = [];
  for (const path of paths) {
    const bytes = readFileSync(path);
    for (const s of SENTINELS) if (bytes.includes(Buffer.from(s, 'utf8'))) found.push(`${path}: ${s}`);
  }
  return found;
}

async function payloadText(office: TestApp, bundle: Buffer): Promise<string> {
  const identity = loadKeys(office.dataDir, plainFileProtector).ageIdentity;
  const entries = readBundleEntries(bundle);
  return gunzipSync(await decryptWith(identity, entries.get('payload.age')!)).toString('utf8');
}

describe('a visit that becomes a denunciation', () => {
  let commune: Awaited<ReturnType<typeof newCommune>>;
  let office: TestApp;
  let oldId: string;
  let newId: string;

  beforeAll(async () => {
    commune = await newCommune();
    office = await newOffice();
    apps.push(commune, office);
    await pair(commune, office);
    const visit = await ok(commune.dispatch, 'reception.createVisit', {
      receivedOn: '2026-03-02',
      host: 'chu_tich_ubnd',
      content: 'kien_nghi',
      summary: `Kiến nghị về đường liên thôn qua ${SUMMARY_WORD}`,
      citizenName: NAME,
      citizenAddress: ADDRESS,
      citizenIdNumber: ID_NUMBER,
    });
    oldId = visit.id;
    // The office received the identity before (a full bundle): the purge reaches it too.
    const early = await importBytes(office, await exportBytes(commune, { profile: 'full', reason: 'Kiểm tra' }));
    expect(early.ok, early.message ?? '').toBe(true);
    const changed = await ok(commune.dispatch, 'reception.updateVisit', {
      id: visit.id,
      version: visit.version,
      fields: {
        receivedOn: '2026-03-02',
        host: 'chu_tich_ubnd',
        content: 'to_cao',
        summary: 'Tố cáo việc thu tiền sai quy định',
        secretRef: 'SM-07/2026',
      },
    });
    newId = changed.id;
  });

  it('is a new record without identity; the old one is gone and its history purged', async () => {
    expect(newId).not.toBe(oldId);
    const now = await ok(commune.dispatch, 'reception.getVisit', { id: newId });
    expect(now).toMatchObject({ content: 'to_cao', citizenName: null, citizenIdNumber: null, secretRef: 'SM-07/2026' });
    expect((await err(commune.dispatch, 'reception.getVisit', { id: oldId })).code).toBe('NOT_FOUND');
    const history = await ok(commune.dispatch, 'reception.visitHistory', { id: newId });
    expect(JSON.stringify(history)).not.toContain(NAME);
    const log = commune.sql.raw.prepare('SELECT entity, snapshot FROM change_log ORDER BY seq').all() as {
      entity: string;
      snapshot: string;
    }[];
    for (const row of log) for (const s of SENTINELS) expect(row.snapshot).not.toContain(s);
    const purge = log.at(-2)!;
    expect(purge.entity).toBe('change_log_purge');
    expect(JSON.parse(purge.snapshot)).toMatchObject({ entity: 'reception_visit', recordId: oldId });
  });

  it('keeps a chain that `check` proves, and that detects a change to a purged entry', async () => {
    expect(verifyChain(commune.sql)).toEqual([]);
    const check = checkDatabase(commune.sql);
    expect(check.ok, JSON.stringify(check.problems)).toBe(true);
    const db = commune.sql.raw;
    const seq = (db.prepare('SELECT min(seq) AS s FROM change_log WHERE record_id = ?').get(oldId) as { s: number }).s;
    const original = (db.prepare('SELECT snapshot FROM change_log WHERE seq = ?').get(seq) as { snapshot: string })
      .snapshot;
    db.prepare('UPDATE change_log SET snapshot = ? WHERE seq = ?').run(
      original.replace('"citizens":1', '"citizens":2'),
      seq,
    );
    expect(verifyChain(commune.sql)[0]).toMatchObject({ seq });
    db.prepare('UPDATE change_log SET snapshot = ? WHERE seq = ?').run(original, seq);
    expect(verifyChain(commune.sql)).toEqual([]);
  });

  it('leaves the sentinels in no file: database, WAL, logs, a backup, both profiles, the office', async () => {
    const folder = tempDir('qcdc-denouncer-backup-');
    await ok(commune.dispatch, 'backup.create', { folder, passphrase: 'một cụm mật khẩu dài' });
    const minimal = await exportBytes(commune, { all: true });
    const full = await exportBytes(commune, { all: true, profile: 'full', reason: 'Kiểm tra' });
    for (const bundle of [minimal, full]) {
      const text = await payloadText(office, bundle);
      for (const s of SENTINELS) expect(text).not.toContain(s);
    }
    const result = await importBytes(office, full);
    expect(result.ok, result.message ?? '').toBe(true);
    expect(leaks([...filesUnder(commune.dataDir), ...filesUnder(folder), ...filesUnder(office.dataDir)])).toEqual([]);
  });
});

describe('a denunciation summary that looks like an identity', () => {
  it('needs the clerk to confirm it', async () => {
    const commune = await newCommune();
    apps.push(commune);
    const fields = {
      receivedOn: '2026-03-02',
      host: 'chu_tich_ubnd' as const,
      content: 'to_cao' as const,
      summary: 'Ông Nguyễn Văn Tư, CCCD 079187654321, tố cáo',
    };
    const refused = await err(commune.dispatch, 'reception.createVisit', fields);
    expect(refused.issues?.[0]).toMatchObject({ field: 'summary' });
    expect(refused.issues?.[0]?.message).toContain('xác nhận');
    const petition = await err(commune.dispatch, 'reception.createPetition', {
      receivedOn: '2026-03-02',
      content: 'to_cao',
      inCompetence: true,
      handling: 'thu_ly',
      summary: 'Tố cáo số 123456789',
    });
    expect(petition.issues?.[0]).toMatchObject({ field: 'summary' });
    const confirmed = await ok(commune.dispatch, 'reception.createVisit', { ...fields, summaryChecked: true });
    expect(confirmed.summary).toContain('Nguyễn Văn Tư');
    expect(confirmed).not.toHaveProperty('summaryChecked');
  });
});
