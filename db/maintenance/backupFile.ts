import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../../shared/contract/errors';
import { BACKUP_FORMAT_V2, backupManifestSchema, type BackupManifest } from '../../shared/backup/schema';
import { canonicalJson } from '../../shared/util/canonical';
import type { InstallationKeys } from '../keys/keystore';
import { signatureKeyIdHex, signPrehashed, verifySignature } from '../keys/minisign';
import { isPlainSqliteFile } from '../open';
import { isKeysBox, type KeysBox } from './backupKeys';
import { BACKUP_FORMAT, readAnyContainerHeader } from './container';

// A signed backup (format 2) is one file:
//   line 1  `qcdc.backup/2`
//   line 2  JSON { "manifest": "<manifest JSON text>", "minisig": "<minisign signature of that text>",
//                  "keyring": <the key ring of a protected installation> | null,
//                  "keys": <the installation's keys, encrypted> | null }
//   then    the database (SQLite; encrypted page by page on a protected installation), byte for byte.
// The manifest names the unit and its key, the change-log chain head and the SHA-256 of the database
// part, of the key ring and of the keys: one signature by the installation's key covers everything.
// Anyone can check it with the standard `minisign` program (docs/cli.md).

/** What the header of a file says it is. */
export type BackupFileInfo =
  | {
      format: 'v2';
      manifest: BackupManifest;
      manifestText: string;
      minisig: string;
      keyring: unknown;
      keys: KeysBox | null;
      offset: number;
      size: number;
    }
  /** A protected backup of an earlier version: key ring, no signature. */
  | { format: 'v1'; keyring: unknown; offset: number; size: number }
  /** A plain SQLite file: an unprotected backup of an earlier version, or a copy in backups/. */
  | { format: 'plain'; size: number }
  /** Neither: an encrypted copy in backups/ (no header), or not a backup at all. */
  | { format: 'raw'; size: number };

/** Thrown for a file whose signed parts do not match: changed, truncated, or damaged. */
export function tampered(detail: string): AppError {
  return new AppError(
    'SECURITY',
    `Không khôi phục: tệp sao lưu đã bị sửa đổi hoặc bị hỏng (${detail}). Cơ sở dữ liệu hiện tại được giữ nguyên.`,
  );
}

/** Reads what a file claims to be from its first bytes (nothing of it is trusted yet). */
export function readBackupFile(file: string): BackupFileInfo {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new AppError('INVALID_INPUT', `Không tìm thấy tệp sao lưu: ${file}`);
  }
  const found = readAnyContainerHeader(file, [BACKUP_FORMAT_V2, BACKUP_FORMAT]);
  if (!found) return { format: isPlainSqliteFile(file) ? 'plain' : 'raw', size };
  if (found.offset < 0) throw tampered('thiếu phần đầu, tệp bị cắt cụt');
  if (found.format === BACKUP_FORMAT) return { format: 'v1', keyring: found.header, offset: found.offset, size };
  const header = found.header as Record<string, unknown> | null;
  if (!header || typeof header.manifest !== 'string' || typeof header.minisig !== 'string') {
    throw tampered('phần đầu không đọc được');
  }
  let manifest: BackupManifest;
  try {
    manifest = backupManifestSchema.parse(JSON.parse(header.manifest));
  } catch {
    throw tampered('bản kê không đọc được');
  }
  const keys = header.keys ?? null;
  if (keys !== null && !isKeysBox(keys)) throw tampered('phần khóa không đọc được');
  return {
    format: 'v2',
    manifest,
    manifestText: header.manifest,
    minisig: header.minisig,
    keyring: header.keyring ?? null,
    keys,
    offset: found.offset,
    size,
  };
}

/** The manifest text and its minisign signature by the installation's key. */
export function signManifest(
  manifest: BackupManifest,
  keys: InstallationKeys,
): { manifestText: string; minisig: string } {
  const manifestText = JSON.stringify(manifest, null, 2);
  const comment = `qcdc.backup/2 ${manifest.role} ${manifest.code} seq ${manifest.chain.seq} body ${manifest.body.sha256}`;
  const minisig = signPrehashed(keys.signing, Buffer.from(manifestText, 'utf8'), comment, 'signature of a QCDC backup');
  return { manifestText, minisig };
}

/** Whether the manifest's signature is valid for this minisign public key (`.pub` text). */
export function manifestSignedBy(info: Extract<BackupFileInfo, { format: 'v2' }>, publicKeyText: string): boolean {
  return verifySignature(publicKeyText, Buffer.from(info.manifestText, 'utf8'), info.minisig).valid;
}

/** The key id the signature names (uppercase hex, as minisign prints it), or null when unreadable. */
export function signatureKeyId(info: Extract<BackupFileInfo, { format: 'v2' }>): string | null {
  return signatureKeyIdHex(info.minisig);
}

/** SHA-256 of a header part as the manifest records it. */
export function partSha256(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** SHA-256 of the whole file and of its bytes from `offset` on, read once. */
export function hashFile(file: string, offset = 0): { whole: string; body: string; bodyBytes: number } {
  const whole = createHash('sha256');
  const body = createHash('sha256');
  const fd = openSync(file, 'r');
  let bodyBytes = 0;
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.alloc(1 << 20);
    for (let position = 0; position < size;) {
      const n = readSync(fd, buffer, 0, buffer.length, position);
      if (n === 0) break;
      const chunk = buffer.subarray(0, n);
      whole.update(chunk);
      if (position + n > offset) {
        const part = chunk.subarray(Math.max(0, offset - position));
        body.update(part);
        bodyBytes += part.length;
      }
      position += n;
    }
  } finally {
    closeSync(fd);
  }
  return { whole: whole.digest('hex'), body: body.digest('hex'), bodyBytes };
}
