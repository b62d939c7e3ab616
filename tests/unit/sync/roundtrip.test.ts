import { beforeAll, describe, expect, it } from 'vitest';
import { err, ok } from '../../helpers/app';
import { gunzipSync } from 'node:zlib';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openRaw } from '../../../db/open';
import { databasePath } from '../../../electron/core/app';
import { decryptWith } from '../../../db/keys/age';
import { loadKeys, plainFileProtector } from '../../../db/keys/keystore';
import { replicaPath } from '../../../db/sync/replica';
import { readBundleEntries } from '../../../db/sync/verify';
import { completenessNotes } from '../../../renderer/features/sync/completeness';
import {
  tableDigest,
  addCases,
  addPublic,
  addReception,
  cloneCommune,
  cloneOffice,
  updateCase,
  dataDigest,
  exportBytes,
  importBytes,
  loadReceipt,
  newCommune,
  newOffice,
  pair,
  PERIOD,
  RECORD_TABLES,
  appTracker,
  recordsDigest,
  type TestApp,
} from './fixture';

// Sync between a commune and an office, in process over the real dispatcher and real SQLite files
// (architecture.md §5): receipts, idempotency, overlapping exports, reverse order, forks, reports.

const track = appTracker();

describe('commune → office → receipt', () => {
  let commune: Awaited<ReturnType<typeof newCommune>>;
  let office: TestApp;

  beforeAll(async () => {
    commune = track(await newCommune());
    office = track(await newOffice());
    await pair(commune, office);
    await addCases(commune, 7);
    await addReception(commune);
    await addPublic(commune, commune.seed.community.id);
  }, 60_000);

  it('imports, writes a receipt the commune accepts, and then has nothing left to send', async () => {
    const status = await ok(commune.dispatch, 'sync.communeStatus', {});
    expect(status.office?.code).toBe('STP-LS');
    expect(status.acknowledgedSeq).toBe(0);
    expect(status.pending.changes).toBe(status.lastSeq);

    const bytes = await exportBytes(commune);
    const result = await importBytes(office, bytes);
    expect(result).toMatchObject({ ok: true, commune: '12345', fromSeq: 1, toSeq: status.lastSeq, duplicate: false });
    expect(result.applied).toBe(status.lastSeq);
    expect(result.gaps).toEqual([]);
    expect(result.receipt).not.toBeNull();

    const receipt = await loadReceipt(commune, result.receipt!.base64);
    expect(receipt).toMatchObject({ toSeq: status.lastSeq, acknowledgedSeq: status.lastSeq, alreadyKnown: false });
    const after = await ok(commune.dispatch, 'sync.communeStatus', {});
    expect(after.pending.changes).toBe(0);
    expect(after.history.map((e) => e.kind)).toEqual(['receipt_in', 'export', 'enroll']);
    const none = await err(commune.dispatch, 'sync.exportBundle', {});
    expect(none.message).toContain('Không có thay đổi nào');
    expect((await loadReceipt(commune, result.receipt!.base64)).alreadyKnown).toBe(true);
  });

  it('leaves no name, address or free text of a person in a minimal payload; the full profile has them', async () => {
    const payloadText = async (bytes: Buffer) => {
      const entries = readBundleEntries(bytes);
      const identity = loadKeys(office.dataDir, plainFileProtector).ageIdentity;
      return gunzipSync(await decryptWith(identity, entries.get('payload.age')!)).toString('utf8');
    };
    const minimal = await payloadText(await exportBytes(commune, { all: true }));
    expect(minimal).toContain('"entity":"convention"');
    expect(minimal).not.toContain('Sentinel');
    expect(minimal).not.toContain('Hàng Xóm');
    const full = await payloadText(await exportBytes(commune, { all: true, profile: 'full', reason: 'Kiểm thử' }));
    expect(full).toContain('Sentinel Bí Mật');
  });

  it("gives the office the commune's own figures, figure for figure", async () => {
    const own = await ok(commune.dispatch, 'report.period', PERIOD);
    const compiled = await ok(office.dispatch, 'report.period', PERIOD);
    expect(compiled.scope).toEqual({ role: 'office', communes: 1 });
    const { schema: _s, period: _p, scope: _c, ...ownSections } = own;
    expect(compiled.communes).toEqual([{ code: '12345', name: 'Xã Tân Hưng', ...ownSections }]);
    expect(compiled.mediation).toEqual(own.mediation);
    expect(own.mediation.received).toBe(7);
    expect(compiled.reception).toEqual(own.reception);
    expect(own.reception).toMatchObject({ visits: 1, groupVisits: 1, complaintsAndDenunciations: 2, resolved: 1 });
    expect(compiled.supervisions).toEqual({ ban_ttnd: 1, ban_gsdtcd: 0 });
    const year2022 = { from: '2022-01-01', to: '2022-12-31' };
    const own2022 = await ok(commune.dispatch, 'report.period', year2022);
    const office2022 = await ok(office.dispatch, 'report.period', year2022);
    expect(office2022.disclosure).toEqual(own2022.disclosure);
    expect(office2022.conventions).toEqual(own2022.conventions);
    expect(own2022.disclosure).toMatchObject({ events: 11, itemsDisclosed: 11, communesAllItems: 1, shortPostings: 1 });
    expect(own2022.conventions).toMatchObject({ withConvention: 1, reviewed: 1 });
  });

  it('re-importing the same bundle is a duplicate that changes nothing', async () => {
    const bytes = await exportBytes(commune, { all: true });
    const before = dataDigest(office.dataDir);
    const again = await importBytes(office, bytes);
    expect(again).toMatchObject({ ok: true, duplicate: true, applied: 0 });
    expect(dataDigest(office.dataDir)).toBe(before);
  });

  it('lists the commune with its coverage and import history', async () => {
    const [row] = await ok(office.dispatch, 'sync.officeCommunes', {});
    const status = await ok(commune.dispatch, 'sync.communeStatus', {});
    expect(row).toMatchObject({
      code: '12345',
      bundles: 1,
      maxSeq: status.lastSeq,
      contiguousTo: status.lastSeq,
      gaps: [],
    });
    const history = await ok(office.dispatch, 'sync.communeImports', { code: '12345' });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ fromSeq: 1, profile: 'minimal' });
  });
});

describe('overlaps, order and forks', () => {
  it('counts nothing twice when two exports overlap without a receipt', async () => {
    const commune = track(await newCommune());
    const office = track(await newOffice());
    await pair(commune, office);
    await addCases(commune, 3);
    const first = await exportBytes(commune);
    await addCases(commune, 2);
    const second = await exportBytes(commune);
    const a = await importBytes(office, first);
    const b = await importBytes(office, second);
    expect(a.fromSeq).toBe(1);
    expect(b.fromSeq).toBe(1);
    expect(b.applied).toBe(b.toSeq! - a.toSeq!);
    const compiled = await ok(office.dispatch, 'report.period', PERIOD);
    expect(compiled.mediation.received).toBe(5);
    expect(compiled.mediation).toEqual((await ok(commune.dispatch, 'report.period', PERIOD)).mediation);
  });

  it('ends in the same state whether bundles arrive in order or in reverse, showing the gap meanwhile', async () => {
    const commune = track(await newCommune());
    const inOrder = track(await newOffice());
    await pair(commune, inOrder);
    // The same office identity twice: a copy of the in-order office's folder before any import.
    const reverse = track(cloneOffice(inOrder));

    await addCases(commune, 4);
    const first = await exportBytes(commune);
    const r1 = await importBytes(inOrder, first);
    await loadReceipt(commune, r1.receipt!.base64);
    // The second bundle updates records the first one created.
    const cases = await ok(commune.dispatch, 'mediation.listCases', {});
    for (const c of cases.items.slice(0, 2))
      await updateCase(commune, c.id, { status: 'chuyen', closedOn: '2026-05-02' });
    await addCases(commune, 2);
    const second = await exportBytes(commune);
    expect((await importBytes(inOrder, second)).ok).toBe(true);

    // What the office officer is told above the report and on the communes page (CompletenessAlert).
    const notes = async () => completenessNotes(await ok(reverse.dispatch, 'sync.officeCommunes', {}));
    expect(await notes()).toEqual([
      { code: '12345', name: expect.any(String), forked: false, problems: ['chưa gửi dữ liệu lần nào.'] },
    ]);
    const late = await importBytes(reverse, second);
    expect(late.ok).toBe(true);
    expect(late.gaps).toEqual([{ commune: '12345', missingFromSeq: 1, missingToSeq: r1.toSeq }]);
    expect(late.receipt).toBeNull();
    expect((await notes())[0]!.problems).toEqual([`còn thiếu thay đổi số 1–${r1.toSeq}; hãy đề nghị xã gửi lại.`]);
    const early = await importBytes(reverse, first);
    expect(early.gaps).toEqual([]);
    expect(await notes()).toEqual([]);

    expect(recordsDigest(replicaPath(reverse.dataDir, '12345'), RECORD_TABLES)).toBe(
      recordsDigest(replicaPath(inOrder.dataDir, '12345'), RECORD_TABLES),
    );
    const own = await ok(commune.dispatch, 'report.period', PERIOD);
    expect((await ok(reverse.dispatch, 'report.period', PERIOD)).mediation).toEqual(own.mediation);
    expect(own.mediation.referred).toBe(2);
  });

  // Issue 16, item 3: whichever branch arrives first, the second is refused, the replica keeps
  // nothing of it, and the fork stays reported to the office officer (commune list, history).
  for (const order of ['real-first', 'fork-first'] as const) {
    it(`reports a fork (${order}) to the office officer and applies nothing of the second branch`, async () => {
      const commune = track(await newCommune());
      const office = track(await newOffice());
      await pair(commune, office);
      await addCases(commune, 2);
      const base = await exportBytes(commune);
      expect((await importBytes(office, base)).ok).toBe(true);
      const forkSeq = (await ok(commune.dispatch, 'sync.communeStatus', {})).lastSeq + 1;

      const clone = track(cloneCommune(commune));
      await addCases(commune, 1);
      const cases = await ok(clone.dispatch, 'mediation.listCases', {});
      await updateCase(clone, cases.items[0]!.id, { summary: 'Nội dung khác' });

      const honest = await exportBytes(commune);
      const forked = await exportBytes(clone);
      const [first, second] = order === 'real-first' ? [honest, forked] : [forked, honest];
      expect((await importBytes(office, first, false, 'nhanh-1.qcdc')).ok).toBe(true);
      expect((await ok(office.dispatch, 'sync.officeCommunes', {}))[0]!.forks).toEqual([]);
      const replica = replicaPath(office.dataDir, '12345');
      const before = tableDigest(replica);
      const refused = await importBytes(office, second, false, 'nhanh-2.qcdc');
      expect(refused).toMatchObject({ ok: false, failure: 'security', applied: 0 });
      expect(refused.message).toContain('rẽ nhánh');
      expect(refused.message).toContain('chưa nhánh nào được coi là đúng');
      expect(tableDigest(replica)).toBe(before);
      const [row] = await ok(office.dispatch, 'sync.officeCommunes', {});
      expect(row!.forks).toEqual([
        expect.objectContaining({ seq: forkSeq, fileName: 'nhanh-2.qcdc', heldFileName: 'nhanh-1.qcdc' }),
      ]);
      const history = await ok(office.dispatch, 'sync.history', {});
      expect(history[0]).toMatchObject({ kind: 'fork', peerCode: '12345' });
      const [note] = completenessNotes([row!]);
      expect(note).toMatchObject({ code: '12345', forked: true });
      expect(note!.problems).toEqual([expect.stringContaining('gói "nhanh-2.qcdc" không khớp với dữ liệu đã nhận')]);
    });
  }

  it('a dry run reports what would change and writes nothing', async () => {
    const commune = track(await newCommune());
    const office = track(await newOffice());
    await pair(commune, office);
    await addCases(commune, 2);
    const bytes = await exportBytes(commune);
    const before = dataDigest(office.dataDir);
    const dry = await importBytes(office, bytes, true);
    expect(dry).toMatchObject({ ok: true, duplicate: false, receipt: null });
    expect(dry.applied).toBe(dry.toSeq);
    expect(dataDigest(office.dataDir)).toBe(before);
  });
});

describe('two communes at one office', () => {
  it('sums the communes and recomputes the rate from the sums', async () => {
    const office = track(await newOffice());
    const one = track(await newCommune());
    const two = track(await newCommune());
    // The second commune gets its own code.
    two.sql.raw.prepare("UPDATE setting SET value = '12346' WHERE key = 'code'").run();
    await pair(one, office);
    await pair(two, office);
    await addCases(one, 3);
    await addCases(two, 4);
    for (const c of [one, two]) expect((await importBytes(office, await exportBytes(c))).ok).toBe(true);
    const compiled = await ok(office.dispatch, 'report.period', PERIOD);
    const a = (await ok(one.dispatch, 'report.period', PERIOD)).mediation;
    const b = (await ok(two.dispatch, 'report.period', PERIOD)).mediation;
    expect(compiled.scope.communes).toBe(2);
    expect(compiled.communes?.map((c) => c.code)).toEqual(['12345', '12346']);
    expect(compiled.mediation.received).toBe(a.received + b.received);
    expect(compiled.mediation.successful).toBe(a.successful + b.successful);
    const expected = Math.round((10000 * (a.successful + b.successful)) / (a.received + b.received)) / 100;
    expect(compiled.mediation.successRate).toBe(expected);
  });
});

/** Every record's id, version and deletion time, per record table. */
function recordKeys(file: string): unknown[] {
  const db = openRaw(file, { readonly: true });
  try {
    return RECORD_TABLES.map((t) => db.prepare(`SELECT id, version, deleted_at FROM "${t}" ORDER BY id`).all());
  } finally {
    db.close();
  }
}

const replace = (office: TestApp, code: string, bytes: Buffer, reason = 'Máy cũ của xã hỏng, dùng máy thứ hai') =>
  ok(office.dispatch, 'sync.replaceCommuneData', {
    code,
    fileName: 'toan-bo.qcdc',
    base64: bytes.toString('base64'),
    reason,
  });

/**
 * After a fork the office takes the commune's data afresh from a full bundle of the branch the
 * commune keeps: the new branch replaces the replica (the old one kept in backups/), the forks are
 * settled, the new branch goes on with ordinary bundles and the abandoned one is refused. Anything
 * else (a partial bundle, another commune's, no reason) changes nothing.
 */
describe('taking a commune’s data afresh after a fork', () => {
  it('replaces the replica with the kept branch, keeps the old one, and settles the fork', async () => {
    const office = track(await newOffice());
    const commune = track(await newCommune());
    await pair(commune, office);
    await addCases(commune, 2);
    const first = await importBytes(office, await exportBytes(commune));
    expect(first.ok).toBe(true);
    await loadReceipt(commune, first.receipt!.base64);

    // The folder restored on a second machine: both go on, the second one's bundle forks.
    const second = { ...track(cloneCommune(commune)), seed: commune.seed };
    await addCases(commune, 1);
    await addCases(second, 3);
    expect((await importBytes(office, await exportBytes(commune))).ok).toBe(true);
    expect((await importBytes(office, await exportBytes(second), false, 'may-2.qcdc')).ok).toBe(false);
    expect((await ok(office.dispatch, 'sync.officeCommunes', {}))[0]!.forks).toHaveLength(1);

    // Refused, and nothing changes: a bundle of the new changes only, another commune's code, no reason.
    const before = dataDigest(office.dataDir);
    const partial = await replace(office, '12345', await exportBytes(second));
    expect(partial).toMatchObject({ ok: false, failure: 'rejected' });
    expect(partial.message).toContain('toàn bộ dữ liệu của xã');
    const full = await exportBytes(second, { all: true });
    const foreign = await replace(office, '54321', full);
    expect(foreign.message).toContain('không phải của xã 54321');
    expect(
      (
        await err(office.dispatch, 'sync.replaceCommuneData', {
          code: '12345',
          fileName: 'toan-bo.qcdc',
          base64: full.toString('base64'),
          reason: ' ',
        })
      ).code,
    ).toBe('INVALID_INPUT');
    expect(dataDigest(office.dataDir)).toBe(before);
    expect(readdirSync(join(office.dataDir, 'communes')).filter((f) => f.includes('.tmp'))).toEqual([]);

    // The full bundle of the kept branch: the replica is now exactly that branch.
    const taken = await replace(office, '12345', full);
    expect(taken).toMatchObject({ ok: true, commune: '12345', fromSeq: 1 });
    expect(taken.receipt).not.toBeNull();
    // The same records, versions and deletions (names are blanked in the replica: a minimal bundle).
    expect(recordKeys(replicaPath(office.dataDir, '12345'))).toEqual(recordKeys(databasePath(second.dataDir)));
    const compiled = await ok(office.dispatch, 'report.period', PERIOD);
    expect(compiled.mediation).toEqual((await ok(second.dispatch, 'report.period', PERIOD)).mediation);
    const [row] = await ok(office.dispatch, 'sync.officeCommunes', {});
    expect(row).toMatchObject({ forks: [], gaps: [] });
    const history = await ok(office.dispatch, 'sync.history', {});
    expect(history[0]).toMatchObject({ kind: 'replace_data', peerCode: '12345' });
    const archived = (history[0]!.detail as { archivedAs: string }).archivedAs;
    expect(existsSync(join(office.dataDir, 'backups', archived))).toBe(true);
    expect(readdirSync(join(office.dataDir, 'communes'))).toEqual(['12345.sqlite']);

    // The kept branch goes on; the abandoned one is now the fork.
    await addCases(second, 1);
    expect((await importBytes(office, await exportBytes(second))).ok).toBe(true);
    await addCases(commune, 1);
    const abandoned = await importBytes(office, await exportBytes(commune, { all: true }), false, 'may-1.qcdc');
    expect(abandoned).toMatchObject({ ok: false, failure: 'security' });
    expect((await ok(office.dispatch, 'sync.officeCommunes', {}))[0]!.forks).toEqual([
      expect.objectContaining({ fileName: 'may-1.qcdc' }),
    ]);
  });
});
