import { AppError } from '../../shared/contract/errors';
import { BUNDLE_ENTRIES, type BundleManifest } from '../../shared/sync/manifest';
import { bundleImportOf, type BundleImport, type Gap } from '../../shared/sync/schema';
import { GENESIS_HASH } from '../changelog/chain';
import type { Ctx } from '../context';
import { getSetting } from '../installation/settings';
import { loadKeys } from '../keys/keystore';
import { signatureKeyIdHex } from '../keys/minisign';
import { LATEST_SCHEMA_VERSION } from '../migrations/index';
import { prepare, transaction, type Sql } from '../open';
import { BundleApplier, ForkRefusal, type ApplyOutcome } from './apply';
import { recordEvent } from './events';
import { BundleRefusal } from './payload';
import { payloadLines } from './stream';
import { peerByKeyId } from './peers';
import { writeReceipt } from './receipt';
import { openReplica } from './replica';
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
  const base = bundleImportOf(fileName);
  let manifest: BundleManifest | null = null;
  try {
    const keys = loadKeys(ctx.dataDir, ctx.keyProtector);
    const checked = checkContainer(ctx.sql, bytes, keys.ageRecipient);
    manifest = checked.manifest;
    const result = { ...base, commune: manifest.sender.commune, fromSeq: manifest.fromSeq, toSeq: manifest.toSeq };
    const applied = await applyBundle(
      ctx,
      keys.ageIdentity,
      manifest,
      checked.payload,
      fileName,
      options.dryRun ?? false,
    );
    return { ...result, ...applied };
  } catch (error) {
    if (error instanceof ForkRefusal && manifest && !options.dryRun) reportFork(ctx, manifest, fileName, error.seq);
    if (error instanceof BundleRefusal) return { ...base, ok: false, failure: error.failure, message: error.message };
    throw error;
  }
}

/**
 * Keeps a fork in the office's sync history (the bundle itself changed nothing): the commune's list
 * shows it until the commune's history is settled, whichever branch arrived first.
 */
function reportFork(ctx: Ctx, manifest: BundleManifest, fileName: string, seq: number): void {
  const code = manifest.sender.commune;
  const heldBundle = withReplicaRead(ctx.dataDir, code, seq);
  transaction(ctx.sql, () =>
    recordEvent(ctx.sql, ctx.writer(), {
      kind: 'fork',
      peerCode: code,
      fromSeq: manifest.fromSeq,
      toSeq: manifest.toSeq,
      changes: manifest.toSeq - manifest.fromSeq + 1,
      detail: {
        seq,
        fileName: fileName.slice(0, 260),
        payloadSha256: manifest.payload.sha256,
        createdAt: manifest.createdAt,
        heldFileName: heldBundle?.file_name ?? null,
        heldImportedAt: heldBundle?.imported_at ?? null,
      },
    }),
  );
}

/** The imported bundle that brought the held change `seq` (or the one after it), if any. */
function withReplicaRead(
  dataDir: string,
  code: string,
  seq: number,
): { file_name: string; imported_at: number } | undefined {
  const replica = openReplica(dataDir, code);
  try {
    return replica.raw
      .prepare(
        `SELECT b.file_name, b.imported_at FROM received_change c JOIN received_bundle b ON b.id = c.bundle_id
         WHERE c.seq >= ? ORDER BY c.seq LIMIT 1`,
      )
      .get(seq) as { file_name: string; imported_at: number } | undefined;
  } finally {
    replica.raw.close();
  }
}

function security(message: string): BundleRefusal {
  return new BundleRefusal('security', message);
}

/** Container, signature, sender, recipient and payload checks; nothing decrypted yet. */
export function checkContainer(
  sql: Sql,
  bytes: Uint8Array,
  recipient: string,
): { manifest: BundleManifest; payload: Buffer } {
  if (bytes.length < 4 || !Buffer.from(bytes.subarray(0, 4)).equals(ZIP_MAGIC)) {
    throw new BundleRefusal('rejected', 'Tệp này không phải gói dữ liệu của phần mềm Dân chủ cơ sở.');
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

export function requireKnownSchema(manifest: BundleManifest): void {
  if (manifest.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new BundleRefusal(
      'rejected',
      `Gói được tạo bởi phiên bản phần mềm mới hơn (lược đồ ${manifest.schemaVersion}). Hãy cập nhật phần mềm rồi nhập lại.`,
    );
  }
}

/**
 * Decrypts, decompresses, checks and applies the payload as it streams, in one transaction of the
 * commune's replica: committed when every line passed and something was new, rolled back for a dry
 * run, a duplicate, or any failure (then nothing of the bundle remains).
 */
async function applyBundle(
  ctx: Ctx,
  identity: string,
  manifest: BundleManifest,
  payload: Buffer,
  fileName: string,
  dryRun: boolean,
): Promise<Partial<BundleImport>> {
  requireKnownSchema(manifest);
  const code = manifest.sender.commune;
  const replica = openReplica(ctx.dataDir, code);
  try {
    const outcome = await applyPayload(
      ctx,
      replica,
      { identity, manifest, payload, fileName },
      (applied) => !dryRun && !applied.duplicate,
    );
    if (dryRun) return outcome;
    return { ...outcome, receipt: receiptFor(ctx, replica, code) };
  } finally {
    replica.raw.close();
  }
}

/**
 * Applies a bundle's payload to a replica as it streams, in one transaction: committed when `keep`
 * says so, rolled back otherwise and on any failure. Returns what was applied and the replica's gaps
 * with the bundle in. The replica's connection is private to the caller, so the transaction may span
 * the awaits.
 */
export async function applyPayload(
  ctx: Ctx,
  replica: Sql,
  bundle: { identity: string; manifest: BundleManifest; payload: Buffer; fileName: string },
  keep: (applied: ApplyOutcome) => boolean,
): Promise<ApplyOutcome & { gaps: Gap[] }> {
  replica.raw.exec('BEGIN IMMEDIATE');
  try {
    const applier = new BundleApplier(replica, bundle.manifest, bundle.fileName, ctx.writer().user);
    for await (const line of payloadLines(bundle.identity, bundle.payload)) applier.add(line);
    const applied = applier.finish();
    const outcome = { ...applied, gaps: gapsOf(replica, bundle.manifest.sender.commune) };
    replica.raw.exec(keep(applied) ? 'COMMIT' : 'ROLLBACK');
    return outcome;
  } catch (error) {
    if (replica.raw.inTransaction) replica.raw.exec('ROLLBACK');
    throw error;
  }
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
  const span = prepare(replica, 'SELECT count(*) AS n, min(seq) AS lo, max(seq) AS hi FROM received_change').get() as {
    n: number;
    lo: number | null;
    hi: number | null;
  };
  if (span.lo !== 1) return { seq: 0, hash: GENESIS_HASH };
  if (span.n === span.hi) return { seq: span.hi, hash: hashAt(replica, span.hi) };
  const gap = prepare(
    replica,
    `SELECT min(seq) - 1 AS n FROM (SELECT seq, lead(seq) OVER (ORDER BY seq) AS next FROM received_change)
     WHERE next IS NULL OR next > seq + 1`,
  ).get() as { n: number | null };
  if (gap.n === null) return { seq: 0, hash: GENESIS_HASH };
  return { seq: gap.n + 1, hash: hashAt(replica, gap.n + 1) };
}

function hashAt(replica: Sql, seq: number): string {
  return (prepare(replica, 'SELECT hash FROM received_change WHERE seq = ?').get(seq) as { hash: string }).hash;
}

export function receiptFor(ctx: Ctx, replica: Sql, commune: string): BundleImport['receipt'] {
  const head = contiguousHead(replica);
  if (head.seq === 0) return null;
  const { file } = writeReceipt(ctx.sql, ctx.dataDir, ctx.keyProtector, commune, head.seq, head.hash);
  return {
    fileName: `bien-nhan-${commune}-${head.seq}.qcdr`,
    mimeType: 'application/octet-stream',
    base64: file.toString('base64'),
  };
}
