import * as zlib from 'node:zlib';

// A minimal ZIP writer and a strict reader for bundles (docs/bundle-format.md): STORED entries only
// (the payload is already encrypted, compression would gain nothing), no ZIP64, no data descriptors.

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;
const VERSION = 20; // 2.0: what `unzip` expects of a plain STORED file
const UTF8_FLAG = 0x0800;
const DOS_DATE_1980 = (0 << 9) | (1 << 5) | 1; // 1980-01-01: entries carry no meaningful date

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** CRC-32 (ISO-HDLC, the ZIP checksum): zlib's (Node ≥ 20.15), else a table-driven loop. */
export function crc32(data: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(data) >>> 0;
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** One file of a ZIP. */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

/** Writes a standard ZIP with the entries STORED, in the given order. */
export function writeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = Buffer.from(entry.data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_SIG, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_FLAG, 6);
    local.writeUInt16LE(0, 8); // STORED
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(DOS_DATE_1980, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_SIG, 0);
    central.writeUInt16LE(VERSION, 4); // made by: MS-DOS, 2.0
    central.writeUInt16LE(VERSION, 6);
    central.writeUInt16LE(UTF8_FLAG, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(DOS_DATE_1980, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE(0, 38); // external attributes
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_SIG, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}

/** Limits of {@link readZipStrict}. */
export interface ZipLimits {
  /** The only names admitted, in the only order admitted. */
  names: readonly string[];
  maxEntries: number;
  /** Maximum size of each entry by name. */
  maxBytes: Record<string, number>;
}

/** Why a ZIP was refused (Vietnamese, for the user). */
export class ZipError extends Error {}

/**
 * Reads a ZIP written like {@link writeZip}, refusing anything else: other names or order, path
 * parts, compression, encryption, data descriptors, ZIP64, trailing or overlapping bytes, sizes over
 * the limits, a local header that disagrees with the central directory, a wrong CRC.
 */
export function readZipStrict(file: Uint8Array, limits: ZipLimits): Map<string, Buffer> {
  const buf = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (buf.length < 22) throw new ZipError('Tệp quá ngắn, không phải gói dữ liệu.');
  const endAt = buf.length - 22; // no ZIP comment admitted
  if (buf.readUInt32LE(endAt) !== END_SIG)
    throw new ZipError('Tệp không phải gói dữ liệu, hoặc bị cắt cụt (chép chưa hết).');
  const disk = buf.readUInt16LE(endAt + 4);
  const cdDisk = buf.readUInt16LE(endAt + 6);
  const countHere = buf.readUInt16LE(endAt + 8);
  const count = buf.readUInt16LE(endAt + 10);
  const cdSize = buf.readUInt32LE(endAt + 12);
  const cdOffset = buf.readUInt32LE(endAt + 16);
  if (disk !== 0 || cdDisk !== 0 || countHere !== count)
    throw new ZipError('Gói được chia thành nhiều phần: phần mềm không nhận loại gói này.');
  if (count > limits.maxEntries || count !== limits.names.length) {
    throw new ZipError(`Gói không đúng cấu trúc: có ${count} phần thay vì ${limits.names.length}.`);
  }
  if (cdOffset + cdSize !== endAt)
    throw new ZipError('Gói dữ liệu bị hỏng: mục lục của gói không khớp với độ dài tệp.');
  const out = new Map<string, Buffer>();
  let pos = cdOffset;
  let expectedLocal = 0;
  for (let i = 0; i < count; i++) {
    if (pos + 46 > endAt || buf.readUInt32LE(pos) !== CENTRAL_SIG)
      throw new ZipError('Gói dữ liệu bị hỏng: mục lục của gói không đọc được.');
    const flags = buf.readUInt16LE(pos + 8);
    const method = buf.readUInt16LE(pos + 10);
    const crc = buf.readUInt32LE(pos + 16);
    const compressed = buf.readUInt32LE(pos + 20);
    const size = buf.readUInt32LE(pos + 24);
    const nameLen = buf.readUInt16LE(pos + 28);
    const extraLen = buf.readUInt16LE(pos + 30);
    const commentLen = buf.readUInt16LE(pos + 32);
    const localAt = buf.readUInt32LE(pos + 42);
    if (pos + 46 + nameLen + extraLen + commentLen > endAt)
      throw new ZipError('Gói dữ liệu bị hỏng: mục lục của gói không đọc được.');
    const name = buf.toString('latin1', pos + 46, pos + 46 + nameLen);
    pos += 46 + nameLen + extraLen + commentLen;
    const expectedName = limits.names[i];
    if (name !== expectedName || name.includes('/') || name.includes('\\') || name.includes('..')) {
      throw new ZipError('Gói chứa một phần có tên lạ: đây không phải gói do phần mềm tạo ra.');
    }
    if ((flags & ~UTF8_FLAG) !== 0 || method !== 0) {
      throw new ZipError('Gói dùng cách nén hoặc mã hóa không được chấp nhận: đây không phải gói do phần mềm tạo ra.');
    }
    const max = limits.maxBytes[name] ?? 0;
    if (compressed !== size || size > max) throw new ZipError('Một phần của gói quá lớn hoặc sai kích thước.');
    if (localAt !== expectedLocal || localAt + 30 > cdOffset || buf.readUInt32LE(localAt) !== LOCAL_SIG) {
      throw new ZipError('Gói dữ liệu bị hỏng: phần đầu của một mục không hợp lệ.');
    }
    const localNameLen = buf.readUInt16LE(localAt + 26);
    const localExtraLen = buf.readUInt16LE(localAt + 28);
    const sameHeader =
      buf.readUInt16LE(localAt + 6) === flags &&
      buf.readUInt16LE(localAt + 8) === method &&
      buf.readUInt32LE(localAt + 14) === crc &&
      buf.readUInt32LE(localAt + 18) === compressed &&
      buf.readUInt32LE(localAt + 22) === size &&
      localNameLen === nameLen &&
      buf.toString('latin1', localAt + 30, localAt + 30 + localNameLen) === name;
    if (!sameHeader) throw new ZipError('Gói dữ liệu bị hỏng: phần đầu của một mục không khớp với mục lục.');
    const dataAt = localAt + 30 + localNameLen + localExtraLen;
    if (dataAt + size > cdOffset) throw new ZipError('Gói dữ liệu bị cắt cụt: có thể do chép chưa hết.');
    const data = buf.subarray(dataAt, dataAt + size);
    if (crc32(data) !== crc)
      throw new ZipError(
        'Gói dữ liệu bị hỏng: một phần của gói không đọc đúng được, có thể do chép chưa hết hoặc thiết bị lưu trữ bị lỗi.',
      );
    out.set(name, Buffer.from(data));
    expectedLocal = dataAt + size;
  }
  if (pos !== endAt || expectedLocal !== cdOffset) throw new ZipError('Gói có dữ liệu thừa không rõ nguồn gốc.');
  // Canonical form: the file must be byte for byte what writeZip writes for these entries, so no
  // header byte (times, attributes, versions) can be changed without the change being noticed.
  const canonical = writeZip(limits.names.map((name) => ({ name, data: out.get(name)! })));
  if (!canonical.equals(buf))
    throw new ZipError('Gói không ở dạng chuẩn do phần mềm tạo ra: phần đầu của gói đã bị sửa.');
  return out;
}
