import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import { MAX_ATTACHMENT_BYTES, type AttachmentRef } from '../../shared/attachment/schema';
import { prepare, type Sql } from '../open';

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
export function saveAttachment(dir: string, fileName: string, mimeType: string, bytes: Buffer): AttachmentRef {
  if (bytes.length === 0)
    throw new AppError('INVALID_INPUT', 'Tệp đính kèm rỗng.', [{ field: 'file', message: 'Tệp rỗng.' }]);
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError('INVALID_INPUT', 'Tệp đính kèm quá lớn (tối đa 20 MB).', [
      { field: 'file', message: 'Tệp quá lớn (tối đa 20 MB).' },
    ]);
  }
  const sha256 = sha256Of(bytes);
  const file = attachmentPath(dir, sha256);
  if (!existsSync(file) || sha256Of(readFileSync(file)) !== sha256) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}-${Date.now()}.tmp`;
    writeFileSync(tmp, bytes, { mode: 0o600 });
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
  return readFileSync(file);
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
      state = !existsSync(file) ? 'missing' : sha256Of(readFileSync(file)) === use.ref.sha256 ? 'ok' : 'changed';
      seen.set(use.ref.sha256, state);
    }
    return { ...use, state };
  });
}
