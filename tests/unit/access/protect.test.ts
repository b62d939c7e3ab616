import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_KDF_COST } from '../../../db/access/kdf';
import { checkDatabase } from '../../../db/maintenance/check';
import { backupDatabase } from '../../../db/maintenance/backup';
import { plainFileProtector } from '../../../db/keys/keystore';
import { openRaw } from '../../../db/open';
import { openApp, type AppInstance } from '../../../electron/core/app';
import { ok, seedCommune, tempDir } from '../../helpers/app';

// Issue 12: an unprotected installation that already holds records becomes a protected one from
// Settings (auth.protect): a verified backup first, then every file encrypted, nothing lost.

const SENTINEL = 'Sentinelvqzx Hoàng';
const PHOTO = Buffer.from(`ảnh bảng tin ${SENTINEL}`, 'utf8');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

let dataDir: string;
let app: AppInstance;
let photoSha: string;
const opts = () => ({
  dataDir,
  keyProtector: plainFileProtector,
  access: { kdfCost: TEST_KDF_COST, retryDelayMs: () => 1 },
});

beforeAll(async () => {
  dataDir = tempDir();
  app = openApp(opts());
  const { community } = await seedCommune(app.dispatch);
  await ok(app.dispatch, 'mediation.createCase', {
    communityId: community.id,
    receivedOn: '2026-02-03',
    category: 'dan_su',
    summary: `Tranh chấp của ${SENTINEL}`,
    status: 'dang_hoa_giai',
    parties: [{ name: SENTINEL }],
  });
  const ref = await ok(app.dispatch, 'attachment.add', {
    fileName: 'bang-tin.png',
    mimeType: 'image/png',
    base64: PHOTO.toString('base64'),
  });
  photoSha = ref.sha256;
  // An old plain copy in backups/, as a schema upgrade leaves one.
  backupDatabase(app.sql, join(dataDir, 'backups', 'cu.sqlite'));
});
afterAll(() => {
  app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('protecting an installation that holds records', () => {
  it('backs up, encrypts every file, and keeps every record and the change log', async () => {
    const before = (app.sql.raw.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
    expect(filesUnder(dataDir).some((f) => readFileSync(f).includes(Buffer.from(SENTINEL)))).toBe(true);
    const weak = await app.dispatch('auth.protect', { name: 'Nguyễn Văn Quản', password: 'ngắn' });
    expect(weak.ok).toBe(false);
    const done = await ok(app.dispatch, 'auth.protect', {
      name: 'Nguyễn Văn Quản',
      password: 'hoa ban nở trắng đồi xa',
    });
    expect(done.status.session).toMatchObject({ name: 'Nguyễn Văn Quản', role: 'quan_tri', locked: false });
    expect(done.backupFile).toMatch(/truoc-bao-ve-.*\.sqlite$/);
    // Nothing lost: same change log, same records, the check passes, the attachment reads back.
    expect((app.sql.raw.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n).toBe(before);
    expect(checkDatabase(app.sql, { attachmentsDir: join(dataDir, 'attachments') }).ok).toBe(true);
    const cases = await ok(app.dispatch, 'mediation.listCases', { search: 'sentinelvqzx' });
    expect(cases.total).toBe(1);
    const photo = await ok(app.dispatch, 'attachment.read', { sha256: photoSha });
    expect(Buffer.from(photo.base64, 'base64').equals(PHOTO)).toBe(true);
    // Nothing readable: no file of the folder (database, backups, attachments) holds the text.
    const leaking = filesUnder(dataDir).filter((f) => readFileSync(f).includes(Buffer.from(SENTINEL)));
    expect(leaking).toEqual([]);
    for (const f of [join(dataDir, 'qcdc.sqlite'), done.backupFile, join(dataDir, 'backups', 'cu.sqlite')]) {
      expect(() => openRaw(f, { readonly: true })).toThrow();
    }
  });

  it('opens again with the password only', async () => {
    app.close();
    app = openApp(opts());
    expect((await app.dispatch('mediation.listCases', {})).ok).toBe(false);
    await app.access.signIn('nguyen van quan', 'hoa ban nở trắng đồi xa');
    expect((await ok(app.dispatch, 'mediation.listCases', {})).total).toBe(1);
    const again = await app.dispatch('auth.protect', { name: 'X Y', password: 'một câu khác đủ dài' });
    expect(again.ok).toBe(false);
  });
});
