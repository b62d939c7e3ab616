import * as zlib from 'node:zlib';

// Hostile .xlsx files for the bounded-memory tests (issue 16): small on disk, enormous once
// decompressed. Built without ever holding the decompressed data: deflate blocks ended by a full
// flush carry no history, so the compressed bytes of one chunk can be repeated to stand for the
// chunk repeated, and a raw deflate stream ends with one empty final block.

/** One entry of a hand-made ZIP: compressed bytes and what the headers claim. */
interface RawEntry {
  name: string;
  deflated: Buffer;
  crc: number;
  /** The uncompressed size written in the headers (a liar may claim less than the truth). */
  declaredSize: number;
}

/** Raw deflate of `chunk` repeated `times` times, built from one compressed copy of it. */
export function deflateRepeated(prefix: string, chunk: string, times: number, suffix: string) {
  const flush = (text: string) => zlib.deflateRawSync(Buffer.from(text), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const head = flush(prefix);
  const body = flush(chunk);
  const tail = zlib.deflateRawSync(Buffer.from(suffix));
  let crc = zlib.crc32(prefix);
  const chunkBytes = Buffer.from(chunk);
  for (let i = 0; i < times; i++) crc = zlib.crc32(chunkBytes, crc);
  crc = zlib.crc32(suffix, crc);
  const size = Buffer.byteLength(prefix) + chunkBytes.length * times + Buffer.byteLength(suffix);
  return { deflated: Buffer.concat([head, ...Array.from({ length: times }, () => body), tail]), crc, size };
}

function entry(name: string, text: string): RawEntry {
  return {
    name,
    deflated: zlib.deflateRawSync(Buffer.from(text)),
    crc: zlib.crc32(text),
    declaredSize: Buffer.byteLength(text),
  };
}

/** A ZIP of deflated entries with the sizes each one declares. */
export function zipOf(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.deflated.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + e.deflated.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const SHEET = 'Vụ việc hòa giải';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts every workbook of the template has: content types, workbook, its relationships. */
function skeleton(): RawEntry[] {
  return [
    entry(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    ),
    entry(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="${SHEET}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    entry(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
  ];
}

const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>summary</t></is></c></row>`;

/**
 * The kinds of bomb. `lying` entries declare a tiny size (yauzl must catch the truth); the others
 * declare their real size (the declared-size check must catch them before any inflating).
 */
export type BombKind =
  'cells' | 'cells-lying' | 'shared-strings' | 'shared-strings-lying' | 'entry-lying' | 'shared-reused';

/** A hostile workbook of about `megabytes` MB on disk. */
export function xlsxBomb(kind: BombKind, megabytes = 1.58): Buffer {
  const lying = kind.endsWith('-lying');
  const parts = skeleton();
  // Each deflated 1 MiB chunk of a repeated pattern takes about 1 KiB: ~1000 chunks per MB on disk.
  const chunks = Math.round(megabytes * 1000);
  const chunkOf = (pattern: string) => pattern.repeat(Math.floor((1 << 20) / pattern.length));
  let big: { deflated: Buffer; crc: number; size: number };
  let name: string;
  if (kind.startsWith('cells')) {
    // Millions of empty cells in one row: each costs parsing, none holds a value.
    name = 'xl/worksheets/sheet1.xml';
    big = deflateRepeated(`${SHEET_HEAD}<row r="3">`, chunkOf('<c/>'), chunks, '</row></sheetData></worksheet>');
    parts.push(entry('xl/sharedStrings.xml', `<sst xmlns="${NS}"></sst>`));
  } else if (kind === 'shared-reused') {
    // One long shared string, read once, that every row of the sheet uses again.
    name = 'xl/worksheets/sheet1.xml';
    big = deflateRepeated(SHEET_HEAD, chunkOf('<row><c t="s"><v>0</v></c></row>'), chunks, '</sheetData></worksheet>');
    parts.push(entry('xl/sharedStrings.xml', `<sst xmlns="${NS}"><si><t>${'Ô'.repeat(30_000)}</t></si></sst>`));
  } else if (kind.startsWith('shared')) {
    // One shared string of repeated text after another: each one small, together far too many characters.
    name = 'xl/sharedStrings.xml';
    big = deflateRepeated(`<sst xmlns="${NS}">`, chunkOf(`<si><t>${'Ô'.repeat(30_000)}</t></si>`), chunks, '</sst>');
    parts.push(
      entry(
        'xl/worksheets/sheet1.xml',
        `${SHEET_HEAD}<row r="3"><c r="A3" t="s"><v>0</v></c></row></sheetData></worksheet>`,
      ),
    );
  } else {
    // Whitespace inside one element: nothing to count but bytes, so only the sizes can stop it.
    name = 'xl/worksheets/sheet1.xml';
    big = deflateRepeated(`${SHEET_HEAD}<row r="3">`, ' '.repeat(1 << 20), chunks, '</row></sheetData></worksheet>');
    parts.push(entry('xl/sharedStrings.xml', `<sst xmlns="${NS}"></sst>`));
  }
  parts.push({
    name,
    deflated: big.deflated,
    crc: big.crc,
    declaredSize: lying ? 4096 : Math.min(big.size, 0xffffffff),
  });
  return zipOf(parts);
}
