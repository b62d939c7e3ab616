import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import { MAX_ATTACHMENT_BYTES, type AttachmentRef } from '../../shared/attachment/schema';
import { folderKey, prepare, type DbKey, type Sql } from '../open';

/** The folder of attachment files inside a data folder. */
export function attachmentsDir(dataDir: string): string {
  return join(dataDir, 'attachments');
}

/** Where the file with this digest lives: `attachments/ab/abcdef…`. */
export function attachmentPath(dir: string, sha256: string): string {
  return join(dir, sha256.slice(0, 2), sha256);
}

/** SHA-256 of bytes, lower-case hex. */
export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const MIME_BY_EXT: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
};

/** The media type of a file name, by its extension. */
export function mimeOf(fileName: string, given = ''): string {
  return given || MIME_BY_EXT[extname(fileName).toLowerCase()] || 'application/octet-stream';
}

/**
 * Stores bytes under their SHA-256 (written to a temporary name, then renamed, so a file under a
 * digest is always whole). Storing the same bytes twice keeps one file.
 */
export function saveAttachment(
  dir: string,
  fileName: string,
  mimeType: string,
  bytes: Buffer,
  dbKey: DbKey = folderKey(dirname(dir)),
): AttachmentRef {
  if (bytes.length === 0)
    throw new AppError('INVALID_INPUT', 'Tệp đính kèm rỗng.', [{ field: 'file', message: 'Tệp rỗng.' }]);
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError('INVALID_INPUT', 'Tệp đính kèm quá lớn (tối đa 20 MB).', [
      { field: 'file', message: 'Tệp quá lớn (tối đa 20 MB).' },
    ]);
  }
  const sha256 = sha256Of(bytes);
  const file = attachmentPath(dir, sha256);
  const key = attachmentKey(dbKey);
  if (!existsSync(file) || storedDigest(dir, sha256, key) !== sha256) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}-${Date.now()}.tmp`;
    writeFileSync(tmp, sealAttachment(key, sha256, bytes), { mode: 0o600 });
    renameSync(tmp, file);
  }
  return {
    sha256,
    name: fileName.normalize('NFC').slice(0, 255),
    mimeType: mimeOf(fileName, mimeType),
    size: bytes.length,
  };
}

/** Reads an attachment file, or fails with a Vietnamese NOT_FOUND when it is missing. */
export function readAttachment(dir: string, sha256: string): Buffer {
  const file = attachmentPath(dir, sha256);
  if (!existsSync(file)) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đính kèm trong thư mục dữ liệu.');
  const bytes = openAttachment(attachmentKeyOf(dir), sha256, readFileSync(file));
  if (!bytes) throw new AppError('SECURITY', 'Tệp đính kèm trong thư mục dữ liệu bị hỏng hoặc bị sửa.');
  return bytes;
}

// A protected installation keeps its attachment files encrypted like its database: AES-256-GCM
// under a key derived from the database key, the digest as associated data (a file moved under
// another digest does not open). Layout: magic, 12-byte nonce, ciphertext, 16-byte tag.
const SEALED_MAGIC = Buffer.from('QCDCATT1', 'ascii');

function attachmentKeyOf(dir: string): Buffer | null {
  const key = folderKey(dirname(dir));
  return key ? attachmentKey(key) : null;
}

/** The attachment-file key derived from a database key (null: files stay plain). */
export function attachmentKey(dbKey: DbKey): Buffer | null {
  return dbKey ? Buffer.from(hkdfSync('sha256', dbKey, Buffer.alloc(0), 'qcdc attachments v1', 32)) : null;
}

/** The bytes stored on disk for an attachment: sealed with the key, or as they are without one. */
export function sealAttachment(key: Buffer | null, sha256: string, bytes: Buffer): Buffer {
  if (!key) return bytes;
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(sha256, 'ascii'));
  const body = Buffer.concat([cipher.update(bytes), cipher.final()]);
  return Buffer.concat([SEALED_MAGIC, nonce, body, cipher.getAuthTag()]);
}

/** The attachment's bytes from what is stored on disk; null when they fail to open. */
export function openAttachment(key: Buffer | null, sha256: string, stored: Buffer): Buffer | null {
  if (!key) return stored;
  if (stored.length < SEALED_MAGIC.length + 28 || !stored.subarray(0, SEALED_MAGIC.length).equals(SEALED_MAGIC)) {
    // A file the protection of the folder has not sealed yet (it was interrupted): its digest vouches for it.
    return sha256Of(stored) === sha256 ? stored : null;
  }
  try {
    const nonce = stored.subarray(8, 20);
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(Buffer.from(sha256, 'ascii'));
    decipher.setAuthTag(stored.subarray(stored.length - 16));
    return Buffer.concat([decipher.update(stored.subarray(20, stored.length - 16)), decipher.final()]);
  } catch {
    return null;
  }
}

/** The digest of an attachment file's content as stored (null when missing or unreadable). */
function storedDigest(dir: string, sha256: string, key = attachmentKeyOf(dir)): string | null {
  const file = attachmentPath(dir, sha256);
  if (!existsSync(file)) return null;
  const bytes = openAttachment(key, sha256, readFileSync(file));
  return bytes ? sha256Of(bytes) : null;
}

/** One attachment a live record refers to. */
export interface AttachmentUse {
  entity: string;
  id: string;
  ref: AttachmentRef;
}

/** Tables whose records carry an `attachments` JSON column. */
const TABLES_WITH_ATTACHMENTS = ['disclosure', 'convention'] as const;

/** Every attachment referred to by a live record. */
export function attachmentUses(sql: Sql): AttachmentUse[] {
  const out: AttachmentUse[] = [];
  for (const table of TABLES_WITH_ATTACHMENTS) {
    const rows = prepare(
      sql,
      `SELECT id, attachments FROM ${table} WHERE deleted_at IS NULL AND attachments <> '[]'`,
    ).all() as { id: string; attachments: string }[];
    for (const row of rows) {
      for (const ref of JSON.parse(row.attachments) as AttachmentRef[]) out.push({ entity: table, id: row.id, ref });
    }
  }
  return out;
}

/** An attachment's bytes with the MIME type of the record that refers to it (any record, deleted too). */
export function attachmentFile(sql: Sql, dir: string, sha256: string): { mimeType: string; base64: string } {
  const bytes = readAttachment(dir, sha256);
  let ref: AttachmentRef | undefined;
  for (const table of TABLES_WITH_ATTACHMENTS) {
    const row = prepare(sql, `SELECT attachments FROM ${table} WHERE attachments LIKE ? LIMIT 1`).get(`%${sha256}%`) as
      { attachments: string } | undefined;
    ref = row ? (JSON.parse(row.attachments) as AttachmentRef[]).find((a) => a.sha256 === sha256) : undefined;
    if (ref) break;
  }
  return {
    mimeType: ref ? mimeOf(ref.name, ref.mimeType) : 'application/octet-stream',
    base64: bytes.toString('base64'),
  };
}

/** The state of one referenced attachment file. */
export type AttachmentState = 'ok' | 'missing' | 'changed';

/** Checks that the file of each referenced attachment exists and still has its digest. */
export function attachmentStates(sql: Sql, dir: string): (AttachmentUse & { state: AttachmentState })[] {
  const seen = new Map<string, AttachmentState>();
  return attachmentUses(sql).map((use) => {
    let state = seen.get(use.ref.sha256);
    if (!state) {
      const file = attachmentPath(dir, use.ref.sha256);
      state = !existsSync(file) ? 'missing' : storedDigest(dir, use.ref.sha256) === use.ref.sha256 ? 'ok' : 'changed';
      seen.set(use.ref.sha256, state);
    }
    return { ...use, state };
  });
}
