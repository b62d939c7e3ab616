import { createHash } from 'node:crypto';
import { openRaw } from '../../../db/open';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { plainFileProtector } from '../../../db/keys/keystore';
import { databasePath, openApp, type AppInstance } from '../../../electron/core/app';
import { inputOf } from '../../../renderer/components/record';
import { caseRecord } from '../../../shared/mediation/caseRecord';
import { ok, seedCommune, tempDir } from '../../helpers/app';

/** A test installation that can be closed and removed. */
export type TestApp = AppInstance & { cleanup(): void };

/** The period the sync tests report on, and the record tables they compare. */
export const PERIOD = { from: '2026-01-01', to: '2026-12-31' };
export const RECORD_TABLES = ['community', 'mediation_team', 'mediator', 'mediation_case'];

/** Keeps the installations a test file opens, and removes them all after its tests. */
export function appTracker(): <T extends TestApp>(app: T) => T {
  const apps: TestApp[] = [];
  afterAll(() => apps.forEach((a) => a.cleanup()));
  return (app) => (apps.push(app), app);
}

/** Opens an installation on a data folder (a fresh temp folder by default). */
export function open(dataDir: string = tempDir('qcdc-sync-')): TestApp {
  const app = openApp({ dataDir, keyProtector: plainFileProtector, user: 'kiểm thử' });
  return { ...app, cleanup: () => (app.close(), rmSync(dataDir, { recursive: true, force: true })) };
}

/** An office installation. */
export async function newOffice(code = 'STP-LS', name = 'Sở Tư pháp tỉnh Lạng Sơn'): Promise<TestApp> {
  const app = open();
  await ok(app.dispatch, 'installation.setup', { role: 'office', code, name, userName: 'Chuyên viên Sở' });
  return app;
}

/** A commune with a thôn, a team and three mediators (helpers/app.ts). */
export async function newCommune(): Promise<TestApp & { seed: Awaited<ReturnType<typeof seedCommune>> }> {
  const app = open();
  const seed = await seedCommune(app.dispatch);
  return { ...app, seed };
}

/** The JSON text of an installation's card. */
export async function cardOf(app: AppInstance): Promise<string> {
  return JSON.stringify(await ok(app.dispatch, 'installation.card', {}));
}

/** Enrolls `card` at `at`, confirming the fingerprint as the user would. */
export async function enroll(at: AppInstance, card: string, replaceKey = false) {
  const preview = await ok(at.dispatch, 'sync.previewCard', { cardJson: card });
  return ok(at.dispatch, 'sync.enroll', { cardJson: card, confirmFingerprint: preview.card.fingerprint, replaceKey });
}

/** Enrolls a commune and an office with each other. */
export async function pair(commune: AppInstance, office: AppInstance): Promise<void> {
  await enroll(office, await cardOf(commune));
  await enroll(commune, await cardOf(office));
}

/** Exports a bundle at a commune; returns its bytes. */
export async function exportBytes(
  commune: AppInstance,
  options: { profile?: 'minimal' | 'full'; reason?: string; all?: boolean } = {},
): Promise<Buffer> {
  const sent = await ok(commune.dispatch, 'sync.exportBundle', options);
  return Buffer.from(sent.base64, 'base64');
}

/** Imports a bundle at an office. */
export async function importBytes(office: AppInstance, bytes: Uint8Array, dryRun = false, fileName = 'goi.qcdc') {
  return ok(office.dispatch, 'sync.importBundle', {
    fileName,
    base64: Buffer.from(bytes).toString('base64'),
    dryRun,
  });
}

/** Loads a receipt at a commune. */
export async function loadReceipt(commune: AppInstance, base64: string) {
  return ok(commune.dispatch, 'sync.importReceipt', { fileName: 'bien-nhan.qcdr', base64 });
}

/** A few cases at a commune (one closed successfully). */
export async function addCases(app: TestApp & { seed: Awaited<ReturnType<typeof seedCommune>> }, n: number) {
  const { community, mediators } = app.seed;
  for (let i = 0; i < n; i++) {
    const kase = await ok(app.dispatch, 'mediation.createCase', {
      communityId: community.id,
      receivedOn: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`,
      category: i % 2 ? 'dan_su' : 'mau_thuan',
      summary: `Vụ việc số ${i + 1} giữa hộ Sentinel Bí Mật và hàng xóm`,
      status: 'tiep_nhan',
      parties: [{ name: 'Sentinel Bí Mật' }, { name: 'Hàng Xóm' }],
      mediatorIds: [mediators[0]!.id],
    });
    if (i % 3 === 0) await updateCase(app, kase.id, { status: 'thanh', closedOn: '2026-04-30' });
  }
}

/** Reception records of every kind, with identities, free text and a denunciation (confidential reference only). */
export async function addReception(app: AppInstance): Promise<void> {
  const d = app.dispatch;
  await ok(d, 'reception.createSession', { heldOn: '2026-03-02', host: 'chu_tich_ubnd' });
  await ok(d, 'reception.createVisit', {
    receivedOn: '2026-03-02',
    host: 'chu_tich_ubnd',
    citizens: 6,
    group: true,
    content: 'kien_nghi',
    summary: 'Đoàn của Sentinel Bí Mật kiến nghị về đường',
    representatives: 'Sentinel Bí Mật',
  });
  await ok(d, 'reception.createPetition', {
    receivedOn: '2026-03-03',
    content: 'khieu_nai',
    inCompetence: true,
    summary: 'Khiếu nại của Sentinel Bí Mật',
    handling: 'thu_ly',
    status: 'da_giai_quyet',
    resolvedOn: '2026-03-20',
  });
  await ok(d, 'reception.createPetition', {
    receivedOn: '2026-03-04',
    content: 'to_cao',
    inCompetence: true,
    summary: 'Tố cáo cán bộ thôn',
    handling: 'thu_ly',
    secretRef: 'SM-01/2026',
  });
  await ok(d, 'reception.createDialogue', { heldOn: '2026-03-05', topic: 'Đối thoại về đất đai' });
  await ok(d, 'reception.createSupervision', { body: 'ban_ttnd', heldOn: '2026-03-06', subject: 'Chợ xã' });
}

/** Disclosures (one with a photo named after a person) and a convention adopted, recognised and reviewed. */
export async function addPublic(app: AppInstance, communityId: string): Promise<void> {
  const d = app.dispatch;
  const photo = await ok(d, 'attachment.add', {
    fileName: 'Sentinel Bí Mật ký nhận.jpg',
    base64: Buffer.from('ảnh bảng tin').toString('base64'),
  });
  for (let item = 1; item <= 11; item++) {
    await ok(d, 'disclosure.create', {
      catalog: 'PL34_2007',
      item,
      title: `Nội dung công khai số ${item}`,
      forms: ['niem_yet'],
      publishedOn: '2022-03-01',
      postedFrom: '2022-03-01',
      postedTo: item === 11 ? '2022-03-20' : '2022-04-15',
      ...(item === 1 ? { attachments: [photo] } : {}),
    });
  }
  let c = await ok(d, 'convention.create', { communityId, type: 'huong_uoc', title: 'Hương ước thôn' });
  const act = async (step: Record<string, unknown>) =>
    (c = await ok(d, 'convention.act', { id: c.id, version: c.version, step: step as never }));
  await act({ action: 'consult', from: '2022-01-01', to: '2022-02-05', place: 'Nhà văn hóa' });
  await act({
    action: 'vote',
    vote: { method: 'phieu', on: '2022-02-15', households: 96, present: 80, approving: 60 },
  });
  await act({ action: 'submit', on: '2022-02-16' });
  await act({ action: 'recognize', on: '2022-02-20', decisionRef: '12/QĐ-UBND' });
  await act({ action: 'review', on: '2022-11-18', outcome: 'giu_nguyen', note: 'Ý kiến của Sentinel Bí Mật' });
}

/** Changes some fields of a case (the update call takes the whole form). */
export async function updateCase(app: AppInstance, id: string, patch: Record<string, unknown>): Promise<void> {
  const c = await ok(app.dispatch, 'mediation.getCase', { id });
  const fields = { ...inputOf(caseRecord, c), ...patch };
  await ok(app.dispatch, 'mediation.updateCase', { id, version: c.version, fields: fields as never });
}

/**
 * A digest of every row of every table of a database file and of the replicas beside it: equal
 * digests mean nothing was written. (Compared logically: WAL checkpoints move bytes around.)
 */
export function dataDigest(dataDir: string): string {
  const hash = createHash('sha256');
  const files = [databasePath(dataDir)];
  const replicas = join(dataDir, 'communes');
  if (existsSync(replicas))
    for (const f of readdirSync(replicas).sort()) if (f.endsWith('.sqlite')) files.push(join(replicas, f));
  for (const file of files) {
    hash.update(file);
    hash.update(tableDigest(file));
  }
  return hash.digest('hex');
}

/** The records of a database's record tables (not sync bookkeeping), for comparing end states. */
export function recordsDigest(file: string, tables: string[]): string {
  const db = openRaw(file, { readonly: true });
  try {
    const hash = createHash('sha256');
    for (const t of tables) hash.update(JSON.stringify(db.prepare(`SELECT * FROM "${t}" ORDER BY id`).all()));
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

/** A digest of every table of a database file. */
export function tableDigest(file: string): string {
  const db = openRaw(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    const hash = createHash('sha256');
    for (const { name } of tables)
      hash.update(name).update(JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all()));
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

/** Copies an office's data folder (database and keys; replicas too). */
export function cloneOffice(app: AppInstance): TestApp {
  const clone = cloneCommune(app);
  const replicas = join(app.dataDir, 'communes');
  if (existsSync(replicas)) cpSync(replicas, join(clone.dataDir, 'communes'), { recursive: true });
  return clone;
}

/** Copies a commune's data folder (database via VACUUM INTO, keys as files): a clone with the same keys. */
export function cloneCommune(app: AppInstance): TestApp {
  const dir = tempDir('qcdc-clone-');
  app.sql.raw.prepare('VACUUM INTO ?').run(databasePath(dir));
  cpSync(join(app.dataDir, 'keys'), join(dir, 'keys'), { recursive: true });
  return open(dir);
}
