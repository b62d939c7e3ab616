import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { AppError } from '../../shared/contract/errors';
import {
  BUNDLE_ENTRIES,
  BUNDLE_FORMAT,
  bundleManifestSchema,
  type BundleManifest,
  type BundleProfile,
} from '../../shared/sync/manifest';
import type { ChangeLogRow } from '../changelog/chain';
import { encryptTo } from '../keys/age';
import { loadKeys, type KeyProtector } from '../keys/keystore';
import { keyIdHex, signPrehashed } from '../keys/minisign';
import { LATEST_SCHEMA_VERSION } from '../migrations/index';
import { getSetting } from '../installation/settings';
import { prepare, type Sql } from '../open';
import { writeZip } from './zip';
import { minimalSnapshot } from '../../shared/sync/privacy';

/** What {@link exportBundle} needs. */
export interface ExportBundleOptions {
  sql: Sql;
  dataDir: string;
  keyProtector: KeyProtector;
  /** The office's age recipient (`age1…`). */
  recipient: string;
  /** More recipients (the commune's own, so it can open what it sent). */
  extraRecipients?: string[];
  officeCode: string;
  /** First change to send; default 1 (everything). */
  fromSeq?: number;
  profile?: BundleProfile;
  appVersion?: string;
  now?: Date;
}

/** A bundle file and its manifest. */
export interface ExportedBundle {
  file: Buffer;
  manifest: BundleManifest;
  changes: number;
}

type ChangeRow = Omit<ChangeLogRow, 'user'>;

/**
 * Builds a signed, encrypted bundle of the change log from `fromSeq` (docs/bundle-format.md).
 * Each NDJSON line keeps the commune's chain values `hash` and `prevHash`; with the `minimal`
 * profile the snapshot is stripped, so `hash` no longer recomputes over the line's snapshot: it
 * names the entry of the commune's chain (and `chainHead` in the signed manifest fixes the chain).
 */
export async function exportBundle(options: ExportBundleOptions): Promise<ExportedBundle> {
  const { sql, recipient, officeCode } = options;
  const profile = options.profile ?? 'minimal';
  const fromSeq = options.fromSeq ?? 1;
  const code = getSetting(sql, 'code');
  if (getSetting(sql, 'role') !== 'commune' || code === null) {
    throw new AppError('RULE_VIOLATION', 'Chỉ cài đặt của xã mới xuất được gói dữ liệu.');
  }
  const rows = prepare(
    sql,
    'SELECT seq, entity, record_id, version, op, snapshot, at, prev_hash, hash FROM change_log WHERE seq >= ? ORDER BY seq',
  ).all(fromSeq) as ChangeRow[];
  const last = rows.at(-1);
  if (!last)
    throw new AppError('RULE_VIOLATION', 'Không có thay đổi nào chưa được cơ quan nhận xác nhận: không cần gửi.');

  const counts: Record<string, number> = {};
  const lines: string[] = [];
  for (const row of rows) {
    counts[row.entity] = (counts[row.entity] ?? 0) + 1;
    const snapshot = JSON.parse(row.snapshot) as Record<string, unknown>;
    lines.push(
      JSON.stringify({
        seq: row.seq,
        entity: row.entity,
        id: row.record_id,
        version: row.version,
        op: row.op,
        at: row.at,
        hash: row.hash,
        prevHash: row.prev_hash,
        snapshot: profile === 'minimal' ? minimalSnapshot(row.entity, snapshot) : snapshot,
      }),
    );
  }
  const payload = Buffer.from(
    await encryptTo(
      [recipient, ...(options.extraRecipients ?? [])],
      gzipSync(Buffer.from(`${lines.join('\n')}\n`, 'utf8')),
    ),
  );
  const payloadSha256 = createHash('sha256').update(payload).digest('hex');

  const keys = loadKeys(options.dataDir, options.keyProtector);
  const manifest: BundleManifest = bundleManifestSchema.parse({
    format: BUNDLE_FORMAT,
    sender: { commune: code, keyId: keyIdHex(keys.signing.keyId) },
    receiver: { office: officeCode, recipient },
    fromSeq: rows[0]!.seq,
    toSeq: last.seq,
    chainHead: last.hash,
    counts,
    profile,
    schemaVersion: LATEST_SCHEMA_VERSION,
    appVersion: options.appVersion ?? '0.0.0',
    createdAt: (options.now ?? new Date()).toISOString(),
    payload: { bytes: payload.length, sha256: payloadSha256 },
  });
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const signature = signPrehashed(
    keys.signing,
    manifestBytes,
    `qcdc bundle commune=${code} seq=${manifest.fromSeq}-${manifest.toSeq} payload=${payloadSha256}`,
    `qcdc bundle signature from commune ${code}`,
  );
  const [manifestName, signatureName, payloadName] = BUNDLE_ENTRIES;
  const file = writeZip([
    { name: manifestName, data: manifestBytes },
    { name: signatureName, data: Buffer.from(signature, 'utf8') },
    { name: payloadName, data: payload },
  ]);
  return { file, manifest, changes: rows.length };
}
