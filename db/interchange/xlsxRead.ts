import { posix } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import sax from 'sax';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { AppError } from '../../shared/contract/errors';
import { formatNumber } from '../../shared/util/format';

/**
 * Reading the cells of an `.xlsx` file with bounded memory and time, whatever the file holds
 * (issue 16: a 1.58 MB workbook once took 1.77 GB for 12 s). The ZIP is read with yauzl, which
 * checks each entry's real decompressed size against the size it declares; each XML part is
 * streamed through sax, which never buffers more than 64 KB of one token; and every count that
 * costs memory or time is capped before it is spent. Only what the interchange template needs is
 * read: the workbook's sheet list, the shared strings and the template's sheets, as cell values.
 */

/** The caps; a file past any of them is refused whole with a Vietnamese reason. */
export const XLSX_LIMITS = {
  /** The file itself (the template's own workbooks are a few hundred KB). */
  fileBytes: 20 * 1024 * 1024,
  /** Entries of the ZIP (a template has about twenty). */
  entries: 2000,
  /** Decompressed bytes of one XML part read. */
  entryBytes: 64 * 1024 * 1024,
  /** Decompressed bytes of all the parts read. */
  totalBytes: 160 * 1024 * 1024,
  /** XML elements of all the parts read (time: every element costs parsing). */
  elements: 3_000_000,
  /** Attributes of one element, and nesting depth (the template needs about a dozen and six). */
  attributes: 64,
  depth: 32,
  /** Entries of the shared-string table. */
  sharedStrings: 500_000,
  /** Characters of one cell: Excel's own limit. */
  cellChars: 32_767,
  /** Characters of the text read: shared strings and the cells' own values. */
  textChars: 12_000_000,
  /** Characters of the values kept for the lines (a shared string counts each time a cell uses it). */
  keptChars: 16_000_000,
  /** Cells of the sheets read, empty ones included. */
  cells: 1_000_000,
  /** Data rows of the sheets read. */
  rows: 40_000,
} as const;

/** One cell's value as the template reader uses it. */
export type CellValue = string | number | boolean | Date;

/** One row of a sheet: its number and its cells by column (1 = A). */
export interface SheetRow {
  row: number;
  cells: Map<number, CellValue>;
}

/** A workbook opened for reading: its sheet names and a reader of one sheet's rows. */
export interface XlsxReader {
  sheetNames: string[];
  /** The workbook counts days from 1904 (old Mac Excel) rather than 1900. */
  date1904: boolean;
  /** Streams the rows of a sheet (rows with at least one value), in file order. */
  rows(sheet: string, onRow: (row: SheetRow) => void): Promise<void>;
  /**
   * Counts the characters of a value the caller keeps: a long shared string referenced by every row
   * is read once but costs its length each time a row keeps it.
   */
  keep(value: CellValue): void;
}

/** A workbook refused: damaged, not an .xlsx, or past a limit. */
export class XlsxRefusal extends AppError {
  constructor(reason: string) {
    super('INVALID_INPUT', `Tệp Excel không được nhập: ${reason} Chưa có dữ liệu nào bị thay đổi.`, [
      { line: 0, field: '', message: reason },
    ]);
  }
}

const tooBig = (what: string) => new XlsxRefusal(`${what}, vượt giới hạn an toàn. Hãy tách thành nhiều tệp nhỏ hơn.`);
const damaged = () => new XlsxRefusal('tệp bị hỏng hoặc không đúng định dạng .xlsx.');
const lying = () =>
  new XlsxRefusal('một phần của tệp giải nén ra lớn hơn kích thước ghi trong tệp (tệp bị hỏng hoặc cố ý gây hại).');
const mb = (bytes: number) => `${formatNumber(bytes / 1024 / 1024)} MB`;

/** Counters shared by every part read from one file. */
interface Budget {
  bytes: number;
  elements: number;
  text: number;
  kept: number;
  cells: number;
  rows: number;
}

/** Opens an `.xlsx` held in memory: the ZIP directory and the workbook's sheet list, nothing else yet. */
export async function openXlsx(bytes: Buffer): Promise<XlsxReader> {
  if (bytes.length > XLSX_LIMITS.fileBytes) throw tooBig(`tệp lớn hơn ${mb(XLSX_LIMITS.fileBytes)}`);
  let zip: ZipFile;
  const entries = new Map<string, Entry>();
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, strictFileNames: false });
    if (zip.entryCount > XLSX_LIMITS.entries) throw tooBig(`tệp nén có hơn ${formatNumber(XLSX_LIMITS.entries)} mục`);
    for await (const entry of zip.eachEntry()) entries.set(entry.fileName.replace(/^\/+/, ''), entry);
  } catch (error) {
    if (error instanceof XlsxRefusal) throw error;
    throw damaged();
  }
  const budget: Budget = { bytes: 0, elements: 0, text: 0, kept: 0, cells: 0, rows: 0 };
  const part = (name: string, handlers: PartHandlers) => readPart(zip, entries.get(name), budget, handlers);
  const workbook = await readWorkbook(part);
  const rels = await readRelationships(part);
  const sharedPath = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.target;
  let shared: string[] | null = null;
  return {
    sheetNames: workbook.sheets.map((s) => s.name),
    date1904: workbook.date1904,
    keep: (value) => {
      if (typeof value !== 'string') return;
      budget.kept += value.length;
      if (budget.kept > XLSX_LIMITS.keptChars) {
        throw tooBig(`các ô được nhập có tổng cộng hơn ${formatNumber(XLSX_LIMITS.keptChars)} ký tự`);
      }
    },
    async rows(sheet, onRow) {
      const found = workbook.sheets.find((s) => s.name === sheet);
      const path = found ? rels.get(found.relId)?.target : undefined;
      if (!path || !entries.has(path)) return;
      shared ??= sharedPath ? await readSharedStrings(part, sharedPath, budget) : [];
      await readSheet(part, path, shared, budget, onRow);
    },
  };
}

interface PartHandlers {
  open(name: string, attrs: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/**
 * Streams one ZIP entry through sax with the limits: declared size first (a bomb that says what it
 * is stops here at once), then the real bytes (yauzl refuses an entry larger than it declares), the
 * elements, attributes and depth. A part that is missing reads as empty.
 */
async function readPart(zip: ZipFile, entry: Entry | undefined, budget: Budget, handlers: PartHandlers): Promise<void> {
  if (!entry) return;
  if (entry.uncompressedSize > XLSX_LIMITS.entryBytes) {
    throw tooBig(`một phần của tệp giải nén ra hơn ${mb(XLSX_LIMITS.entryBytes)}`);
  }
  if (budget.bytes + entry.uncompressedSize > XLSX_LIMITS.totalBytes) {
    throw tooBig(`các phần của tệp giải nén ra tổng cộng hơn ${mb(XLSX_LIMITS.totalBytes)}`);
  }
  budget.bytes += entry.uncompressedSize;
  const parser = sax.parser(true, { trim: false, normalize: false, position: false });
  let depth = 0;
  let attributes = 0;
  parser.onerror = () => {
    throw damaged();
  };
  parser.ondoctype = () => {
    // An XLSX part never has one; a DTD is how entity-expansion bombs start.
    throw damaged();
  };
  parser.onattribute = () => {
    if (++attributes > XLSX_LIMITS.attributes) throw damaged();
  };
  parser.onopentag = (tag) => {
    attributes = 0;
    if (++depth > XLSX_LIMITS.depth) throw damaged();
    if (++budget.elements > XLSX_LIMITS.elements)
      throw tooBig(`tệp có hơn ${formatNumber(XLSX_LIMITS.elements)} phần tử XML`);
    handlers.open(localName(tag.name), tag.attributes as Record<string, string>);
  };
  parser.onclosetag = (name) => {
    depth--;
    handlers.close?.(localName(name));
  };
  if (handlers.text) parser.ontext = handlers.text;
  let stream;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch {
    throw damaged();
  }
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) parser.write(decoder.write(chunk));
    parser.write(decoder.end()).close();
  } catch (error) {
    stream.destroy();
    if (error instanceof XlsxRefusal) throw error;
    // yauzl stops an entry at the size it declares: "too many bytes in the stream".
    if (error instanceof Error && /too many bytes/.test(error.message)) throw lying();
    throw damaged();
  }
}

/** `x:row` → `row`: parts may use a namespace prefix. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

async function readWorkbook(part: (name: string, h: PartHandlers) => Promise<void>) {
  const sheets: { name: string; relId: string }[] = [];
  let date1904 = false;
  await part('xl/workbook.xml', {
    open(name, attrs) {
      if (name === 'sheet' && attrs.name !== undefined) {
        const relId = Object.entries(attrs).find(([k]) => localName(k) === 'id' && k.includes(':'))?.[1];
        if (relId) sheets.push({ name: attrs.name, relId });
      } else if (name === 'workbookPr') {
        date1904 = attrs.date1904 === '1' || attrs.date1904 === 'true';
      }
    },
  });
  if (sheets.length === 0) throw damaged();
  return { sheets, date1904 };
}

/** One relationship of the workbook: the part it points to (a path inside the ZIP) and its type. */
interface Relationship {
  target: string;
  type: string;
}

async function readRelationships(
  part: (name: string, h: PartHandlers) => Promise<void>,
): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  await part('xl/_rels/workbook.xml.rels', {
    open(name, attrs) {
      if (name !== 'Relationship' || !attrs.Id || !attrs.Target) return;
      // Targets are relative to xl/ unless absolute ("/xl/worksheets/sheet1.xml").
      const target = attrs.Target.startsWith('/')
        ? posix.normalize(attrs.Target).slice(1)
        : posix.normalize(posix.join('xl', attrs.Target));
      rels.set(attrs.Id, { target, type: attrs.Type ?? '' });
    },
  });
  return rels;
}

/** The shared-string table: each `<si>` is the text of its `<t>` runs (phonetic `<rPh>` runs left out). */
async function readSharedStrings(
  part: (name: string, h: PartHandlers) => Promise<void>,
  path: string,
  budget: Budget,
): Promise<string[]> {
  const strings: string[] = [];
  let current: string[] | null = null;
  let length = 0;
  let inText = false;
  let phonetic = 0;
  await part(path, {
    open(name) {
      if (name === 'si') {
        if (strings.length >= XLSX_LIMITS.sharedStrings)
          throw tooBig(`tệp có hơn ${formatNumber(XLSX_LIMITS.sharedStrings)} chuỗi dùng chung`);
        current = [];
        length = 0;
      } else if (name === 'rPh') phonetic++;
      else if (name === 't') inText = current !== null && phonetic === 0;
    },
    close(name) {
      if (name === 'si' && current) {
        strings.push(current.join(''));
        current = null;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(text) {
      if (!inText || !current) return;
      length += text.length;
      if (length > XLSX_LIMITS.cellChars) throw tooBig(`một ô có hơn ${formatNumber(XLSX_LIMITS.cellChars)} ký tự`);
      spend(budget, text.length);
      current.push(text);
    },
  });
  return strings;
}

function spend(budget: Budget, chars: number): void {
  budget.text += chars;
  if (budget.text > XLSX_LIMITS.textChars)
    throw tooBig(`tệp có tổng cộng hơn ${formatNumber(XLSX_LIMITS.textChars)} ký tự`);
}

/** Column number of a cell reference (`B12` → 2), or null when it has none. */
function columnOf(ref: string | undefined): number | null {
  if (!ref) return null;
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    if (col > 16_384) return null;
  }
  return col || null;
}

/** The sheet's rows, streamed: each row handed over when it closes, then forgotten. */
async function readSheet(
  part: (name: string, h: PartHandlers) => Promise<void>,
  path: string,
  shared: string[],
  budget: Budget,
  onRow: (row: SheetRow) => void,
): Promise<void> {
  let row: SheetRow | null = null;
  let lastRow = 0;
  let cell: { col: number; type: string; text: string[]; length: number } | null = null;
  let lastCol = 0;
  let inValue = false;
  await part(path, {
    open(name, attrs) {
      if (name === 'row') {
        const n = Number(attrs.r);
        lastRow = Number.isInteger(n) && n > 0 && n <= 1_048_576 ? n : lastRow + 1;
        row = { row: lastRow, cells: new Map() };
        lastCol = 0;
      } else if (name === 'c' && row) {
        if (++budget.cells > XLSX_LIMITS.cells)
          throw tooBig(`các trang tính có hơn ${formatNumber(XLSX_LIMITS.cells)} ô`);
        lastCol = columnOf(attrs.r) ?? lastCol + 1;
        cell = { col: lastCol, type: attrs.t ?? 'n', text: [], length: 0 };
      } else if (cell && (name === 'v' || name === 't')) inValue = true;
    },
    close(name) {
      if ((name === 'v' || name === 't') && cell) inValue = false;
      else if (name === 'c' && cell && row) {
        const value = cellValue(cell.type, cell.text.join(''), shared);
        if (value !== null) row.cells.set(cell.col, value);
        cell = null;
      } else if (name === 'row' && row) {
        if (row.cells.size > 0) {
          if (++budget.rows > XLSX_LIMITS.rows)
            throw tooBig(`các trang tính có hơn ${formatNumber(XLSX_LIMITS.rows)} dòng dữ liệu`);
          onRow(row);
        }
        row = null;
      }
    },
    text(text) {
      if (!inValue || !cell) return;
      cell.length += text.length;
      if (cell.length > XLSX_LIMITS.cellChars)
        throw tooBig(`một ô có hơn ${formatNumber(XLSX_LIMITS.cellChars)} ký tự`);
      spend(budget, text.length);
      cell.text.push(text);
    },
  });
}

/** A cell's value by its type attribute (ECMA-376 §18.18.11); null for an empty or error cell. */
function cellValue(type: string, text: string, shared: string[]): CellValue | null {
  switch (type) {
    case 's': {
      const index = Number(text);
      return Number.isInteger(index) ? (shared[index] ?? null) : null;
    }
    case 'inlineStr':
    case 'str':
      return text === '' ? null : text;
    case 'b':
      return text === '1' || text === 'true';
    case 'e':
      return null;
    case 'd': {
      const date = new Date(text);
      return Number.isNaN(date.getTime()) ? text : date;
    }
    default: {
      if (text.trim() === '') return null;
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
  }
}

/** Midnight UTC of Excel's day 0 in each date system (1900's counts the 29 February 1900 that never was). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** An Excel serial day number as `YYYY-MM-DD`, or null when it is no plausible day. */
export function excelSerialDate(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + Math.floor(serial) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
