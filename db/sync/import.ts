import { AppError } from '../../shared/contract/errors';
import { BUNDLE_ENTRIES, type BundleManifest } from '../../shared/sync/manifest';
import type { BundleImport, Gap } from '../../shared/sync/schema';
import { GENESIS_HASH } from '../changelog/chain';
import type { Ctx } from '../context';
import { getSetting } from '../installation/settings';
import { decryptWith } from '../keys/age';
import { loadKeys } from '../keys/keystore';
import { signatureKeyIdHex } from '../keys/minisign';
import { LATEST_SCHEMA_VERSION } from '../migrations/index';
import { prepare, transaction, type Sql } from '../open';
import { BundleRefusal, gunzipLimited, parseChanges, snapshotOf, type ChangeRef } from './payload';
import { peerByKeyId } from './peers';
import { writeReceipt } from './receipt';
import { openReplica, specOf, writeSnapshot } from './replica';
import { checkEntries, readBundleEntries } from './verify';
import { ZipError } from './zip';

/** Options of {@link importBundle}. */
export interface ImportBundleOptions {
  dryRun?: boolean;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Imports one bundle at the office (architecture.md §5), checks in this order: container and
 * limits → signature by an enrolled, current key → recipient is this office → payload size and
 * SHA-256 → decrypt → decompress and parse with limits → every change against its entity and the
 * signed manifest → fork check against what the commune sent before → apply all changes in one
 * transaction of the commune's replica. A refused bundle changes nothing and says why (Vietnamese);
 * a bundle whose changes are all held already is reported as a duplicate and changes nothing.
 */
export async function importBundle(
  ctx: Ctx,
  fileName: string,
  bytes: Uint8Array,
  options: ImportBundleOptions = {},
): Promise<BundleImport> {
  if (getSetting(ctx.sql, 'role') !== 'office') {
    throw new AppError('RULE_VIOLATION', 'Chỉ cài đặt của cơ quan nhận báo cáo mới nhập được gói dữ liệu.');
  }
  const base = emptyResult(fileName);
  try {
    const keys = loadKeys(ctx.dataDir, ctx.keyProtector);
    const { manifest, payload } = checkContainer(ctx.sql, bytes, keys.ageRecipient);
    const result = { ...base, commune: manifest.sender.commune, fromSeq: manifest.fromSeq, toSeq: manifest.toSeq };
    const changes = await readChanges(keys.ageIdentity, manifest, payload);
    const applied = applyBundle(ctx, manifest, changes, fileName, options.dryRun ?? false);
    return { ...result, ...applied };
  } catch (error) {
    if (error instanceof BundleRefusal) return { ...base, ok: false, failure: error.failure, message: error.message };
    throw error;
  }
}

function emptyResult(file: string): BundleImport {
  return {
    file,
    ok: true,
    failure: null,
    message: null,
    commune: null,
    fromSeq: null,
    toSeq: null,
    applied: 0,
    duplicate: false,
    counts: {},
    gaps: [],
    receipt: null,
  };
}

function security(message: string): BundleRefusal {
  return new BundleRefusal('security', message);
}

/** Container, signature, sender, recipient and payload checks; nothing decrypted yet. */
function checkContainer(sql: Sql, bytes: Uint8Array, recipient: string): { manifest: BundleManifest; payload: Buffer } {
  if (bytes.length < 4 || !Buffer.from(bytes.subarray(0, 4)).equals(ZIP_MAGIC)) {
    throw new BundleRefusal('rejected', 'Tệp không phải gói dữ liệu QCDC (.qcdc).');
  }
  let entries: Map<string, Buffer>;
  try {
    entries = readBundleEntries(bytes);
  } catch (error) {
    if (error instanceof ZipError) throw security(error.message);
    throw error;
  }
  const keyId = signatureKeyIdHex(entries.get(BUNDLE_ENTRIES[1])!.toString('utf8'));
  if (!keyId) throw security('Chữ ký của gói không đọc được.');
  const holder = peerByKeyId(sql, keyId);
  if (!holder) throw security(`Người gửi không rõ: khóa ${keyId} chưa được đăng ký ở cơ quan này.`);
  const { peer } = holder;
  if (!holder.current) {
    throw security(`Gói được ký bằng khóa cũ của xã ${peer.code} (${keyId}), khóa này đã được thay: gói bị từ chối.`);
  }
  const check = checkEntries(entries, peer.code, peer.card.minisignPublicKey, peer.keyId);
  if (!check.manifest || !check.valid) throw security(check.problems.join(' '));
  const manifest = check.manifest;
  const code = getSetting(sql, 'code') ?? '';
  if (manifest.receiver.office !== code || manifest.receiver.recipient !== recipient) {
    throw security(`Gói này gửi cho cơ quan ${manifest.receiver.office}, không phải cơ quan này (${code}).`);
  }
  return { manifest, payload: entries.get(BUNDLE_ENTRIES[2])! };
}

/** The payload's NDJSON and its checked changes. */
interface Changes {
  ndjson: Buffer;
  lines: ChangeRef[];
}

async function readChanges(identity: string, manifest: BundleManifest, payload: Buffer): Promise<Changes> {
  if (manifest.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new BundleRefusal(
      'rejected',
      `Gói được tạo bởi phiên bản phần mềm mới hơn (lược đồ ${manifest.schemaVersion}). Hãy cập nhật phần mềm rồi nhập lại.`,
    );
  }
  let plain: Uint8Array;
  try {
    plain = await decryptWith(identity, payload);
  } catch {
    throw security('Không giải mã được payload.age bằng khóa của cơ quan này.');
  }
  const ndjson = gunzipLimited(plain);
  return { ndjson, lines: parseChanges(ndjson, manifest) };
}

class DryRun extends Error {
  constructor(readonly result: Partial<BundleImport>) {
    super('dry run');
  }
}

function applyBundle(
  ctx: Ctx,
  manifest: BundleManifest,
  changes: Changes,
  fileName: string,
  dryRun: boolean,
): Partial<BundleImport> {
  const code = manifest.sender.commune;
  const replica = openReplica(ctx.dataDir, code);
  try {
    let result: Partial<BundleImport>;
    try {
      result = transaction(replica, () => {
        const applied = applyInReplica(replica, manifest, changes, fileName, ctx.writer().user);
        const outcome = { ...applied, gaps: gapsOf(replica, code) };
        if (dryRun) throw new DryRun(outcome);
        return outcome;
      });
    } catch (error) {
      if (error instanceof DryRun) return error.result;
      throw error;
    }
    return { ...result, receipt: receiptFor(ctx, replica, code) };
  } finally {
    replica.raw.close();
  }
}

function applyInReplica(
  replica: Sql,
  manifest: BundleManifest,
  { ndjson, lines }: Changes,
  fileName: string,
  user: string,
): Partial<BundleImport> {
  checkFork(replica, lines);
  const held = prepare(replica, 'SELECT 1 FROM received_change WHERE seq = ?');
  const fresh = lines.filter((line) => !held.get(line.seq));
  if (fresh.length === 0) return { applied: 0, duplicate: true, counts: {} };
  const bundleId = Number(
    prepare(
      replica,
      `INSERT INTO received_bundle (payload_sha256, file_name, from_seq, to_seq, changes, applied, profile, manifest, imported_at, imported_by)
       VALUES (?,?,?,?,?,?,?,?,?,?)`,
    ).run(
      manifest.payload.sha256,
      fileName.slice(0, 260),
      manifest.fromSeq,
      manifest.toSeq,
      lines.length,
      fresh.length,
      manifest.profile,
      JSON.stringify(manifest),
      Date.now(),
      user,
    ).lastInsertRowid,
  );
  const insert = prepare(
    replica,
    'INSERT INTO received_change (seq, entity, record_id, version, hash, prev_hash, bundle_id) VALUES (?,?,?,?,?,?,?)',
  );
  const counts: Record<string, number> = {};
  const latest = new Map<string, ChangeRef>();
  for (const line of fresh) {
    insert.run(line.seq, line.entity, line.id, line.version, line.hash, line.prevHash, bundleId);
    counts[line.entity] = (counts[line.entity] ?? 0) + 1;
    const key = `${line.entity}\u0000${line.id}`;
    if ((latest.get(key)?.version ?? 0) < line.version) latest.set(key, line);
  }
  // Out-of-order bundles: each change carries the whole record, the highest version wins.
  for (const line of latest.values()) writeSnapshot(replica, specOf(line.entity)!, snapshotOf(ndjson, line));
  return { applied: fresh.length, duplicate: false, counts };
}

/**
 * The same sequence number with a different chain hash, or a chain that does not join what is held
 * on either side, is a fork: the commune's history was rewritten or the bundle forged.
 */
function checkFork(replica: Sql, lines: ChangeRef[]): void {
  const at = prepare(replica, 'SELECT hash, prev_hash FROM received_change WHERE seq = ?');
  const fork = (seq: number) =>
    security(
      `Gói có thay đổi số ${seq} khác với thay đổi cùng số đã nhận trước đây (rẽ nhánh dữ liệu): không áp dụng gì.`,
    );
  for (const line of lines) {
    const held = at.get(line.seq) as { hash: string } | undefined;
    if (held && held.hash !== line.hash) throw fork(line.seq);
  }
  const first = lines[0]!;
  const last = lines.at(-1)!;
  if (first.seq === 1 && first.prevHash !== GENESIS_HASH) throw fork(1);
  const before = at.get(first.seq - 1) as { hash: string } | undefined;
  if (before && before.hash !== first.prevHash) throw fork(first.seq);
  const after = at.get(last.seq + 1) as { prev_hash: string } | undefined;
  if (after && after.prev_hash !== last.hash) throw fork(last.seq + 1);
}

/** Missing ranges of a commune's sequence numbers in its replica (before the highest held). */
export function gapsOf(replica: Sql, commune: string): Gap[] {
  const rows = prepare(
    replica,
    `SELECT seq + 1 AS a, next - 1 AS b FROM (SELECT seq, lead(seq) OVER (ORDER BY seq) AS next FROM received_change)
     WHERE next > seq + 1
     UNION ALL SELECT 1, min(seq) - 1 FROM received_change HAVING min(seq) > 1
     ORDER BY a`,
  ).all() as { a: number; b: number }[];
  return rows.map((r) => ({ commune, missingFromSeq: r.a, missingToSeq: r.b }));
}

/** The highest n such that changes 1..n are all held, with the chain hash at n. */
export function contiguousHead(replica: Sql): { seq: number; hash: string } {
  const gap = prepare(
    replica,
    `SELECT min(seq) - 1 AS n FROM (SELECT seq, lead(seq) OVER (ORDER BY seq) AS next FROM received_change)
     WHERE next IS NULL OR next > seq + 1`,
  ).get() as { n: number | null };
  const first = prepare(replica, 'SELECT min(seq) AS m FROM received_change').get() as { m: number | null };
  if (first.m !== 1 || gap.n === null) return { seq: 0, hash: GENESIS_HASH };
  const seq = gap.n + 1;
  const row = prepare(replica, 'SELECT hash FROM received_change WHERE seq = ?').get(seq) as { hash: string };
  return { seq, hash: row.hash };
}

function receiptFor(ctx: Ctx, replica: Sql, commune: string): BundleImport['receipt'] {
  const head = contiguousHead(replica);
  if (head.seq === 0) return null;
  const { file } = writeReceipt(ctx.sql, ctx.dataDir, ctx.keyProtector, commune, head.seq, head.hash);
  return {
    fileName: `bien-nhan-${commune}-${head.seq}.qcdr`,
    mimeType: 'application/octet-stream',
    base64: file.toString('base64'),
  };
}
