import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

// A backup container is one file: a first line naming the format, a second line of JSON (the
// header), then the SQLite database byte for byte. `head -2 FILE` shows the header (docs/cli.md).
// Format 1 (protected installations, before backups were signed) had the key ring as its header;
// format 2 (backupFile.ts) has the signed manifest, the key ring and the keys.

/** The first line of a protected backup of format 1 (read for `--allow-unsigned`, no longer written). */
export const BACKUP_FORMAT = 'qcdc.backup/1';
const MAX_HEADER_BYTES = 1024 * 1024;
const CHUNK = 1024 * 1024;

/** The header of a backup container and where its database starts. */
export interface ContainerHeader {
  header: unknown;
  offset: number;
}

/** Writes `header` and then the bytes of `databaseFile` into `outFile` (created, owner-only). */
export function writeContainer(outFile: string, header: unknown, databaseFile: string, format = BACKUP_FORMAT): void {
  const out = openSync(outFile, 'wx', 0o600);
  try {
    writeSync(out, Buffer.from(`${format}\n${JSON.stringify(header)}\n`, 'utf8'));
    copyRange(databaseFile, 0, out);
  } finally {
    closeSync(out);
  }
}

/** The format line, header and body offset of a backup in one of `formats`, or null when the file is none. */
export function readAnyContainerHeader(
  file: string,
  formats: readonly string[],
): (ContainerHeader & { format: string }) | null {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(Math.min(MAX_HEADER_BYTES, fstatSync(fd).size));
    const n = readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, n);
    const first = text.indexOf(0x0a);
    const format = first < 0 ? '' : text.subarray(0, first).toString('latin1');
    if (!formats.includes(format)) return null;
    const second = text.indexOf(0x0a, first + 1);
    if (second < 0) return { format, header: null, offset: -1 };
    let header: unknown = null;
    try {
      header = JSON.parse(text.subarray(first + 1, second).toString('utf8')) as unknown;
    } catch {
      header = null;
    }
    return { format, header, offset: second + 1 };
  } finally {
    closeSync(fd);
  }
}

/** Copies the database part of a protected backup (from `offset`) into a new file. */
export function extractDatabase(file: string, offset: number, outFile: string): void {
  const out = openSync(outFile, 'wx', 0o600);
  try {
    copyRange(file, offset, out);
  } finally {
    closeSync(out);
  }
}

function copyRange(file: string, start: number, out: number): void {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    let position = start;
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, position);
      if (n === 0) break;
      writeSync(out, buffer, 0, n);
      position += n;
    }
  } finally {
    closeSync(fd);
  }
}
