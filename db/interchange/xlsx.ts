import type ExcelJS from 'exceljs';
import type { FieldIssue } from '../../shared/contract/errors';
import { XLSX_HEADERS, XLSX_SHEETS, type SupportedKind } from '../../shared/interchange/schema';
import { parseVietnameseDate } from '../../shared/util/format';
import { excelDate, formatDateCells } from '../export/workbook';
import type { RawLine } from './parse';
import { excelSerialDate, openXlsx, type CellValue } from './xlsxRead';

/** The Excel template's layout: row 1 (hidden) holds field names, row 2 Vietnamese headers, data from row 3. */
export const FIELD_ROW = 1;
const FIRST_DATA_ROW = 3;

const DATE_FIELDS = new Set([
  'receivedOn',
  'acceptedOn',
  'closedOn',
  'recognizedOn',
  'leftOn',
  'heldOn',
  'resolvedOn',
  'publishedOn',
  'documentDate',
  'postedFrom',
  'postedTo',
  'adoptedOn',
  'statusOn',
]);
const INT_FIELDS = new Set([
  'households',
  'birthYear',
  'citizens',
  'participants',
  'round',
  'extensions',
  'item',
  'broadcastDays',
  'householdsPresent',
  'householdsApproving',
]);
const BOOL_FIELDS = new Set([
  'ethnicMinority',
  'group',
  'inCompetence',
  'complex',
  'especiallyComplex',
  'remoteArea',
  'multiplePlaces',
]);
/** A person in one cell: "Họ tên; địa chỉ; số định danh". */
const PERSON_FIELDS = new Set(['citizen', 'petitioner']);

/**
 * Reads an Excel workbook in the interchange template into raw lines (one per data row), streaming
 * with the limits of {@link XLSX_LIMITS}: a file past them is refused whole (issue 16).
 */
export async function parseXlsx(bytes: Buffer): Promise<{ lines: RawLine[]; issues: FieldIssue[] }> {
  const book = await openXlsx(bytes);
  const lines: RawLine[] = [];
  const issues: FieldIssue[] = [];
  for (const [kind, sheetName] of Object.entries(XLSX_SHEETS) as [SupportedKind, string][]) {
    const name = book.sheetNames.includes(sheetName) ? sheetName : kind;
    let fields = new Map<number, string>();
    await book.rows(name, ({ row, cells }) => {
      if (row === FIELD_ROW) {
        fields = new Map(
          [...cells].flatMap(([col, v]) => (typeof v === 'string' && v.trim() ? [[col, v.trim()]] : [])),
        );
        return;
      }
      if (row < FIRST_DATA_ROW) return;
      const obj: Record<string, unknown> = { kind };
      let empty = true;
      for (const [col, field] of fields) {
        const value = cells.get(col);
        if (value === undefined || value === '') continue;
        empty = false;
        book.keep(value);
        obj[field] = convert(field, value, book.date1904);
      }
      if (!empty) lines.push({ line: row, value: obj, where: sheetName });
    });
  }
  if (lines.length === 0 && issues.length === 0) {
    issues.push({
      line: 0,
      field: '',
      message: 'Không tìm thấy trang tính nào theo mẫu nhập liệu (ví dụ "Vụ việc hòa giải").',
    });
  }
  return { lines, issues };
}

function convert(field: string, value: CellValue, date1904: boolean): unknown {
  if (value instanceof Date) return DATE_FIELDS.has(field) ? value.toISOString().slice(0, 10) : value.toISOString();
  // A date typed into Excel is stored as a day number; in a date field it can be nothing else.
  if (DATE_FIELDS.has(field) && typeof value === 'number') return excelSerialDate(value, date1904) ?? value;
  if (typeof value === 'string') value = value.trim();
  if (DATE_FIELDS.has(field) && typeof value === 'string') return parseVietnameseDate(value) ?? value;
  if (INT_FIELDS.has(field) && typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  if (BOOL_FIELDS.has(field)) return toBool(value);
  if (field === 'mediators' && typeof value === 'string')
    return value
      .split(/[;\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
  if (field === 'parties' && typeof value === 'string') return parseParties(value);
  if (PERSON_FIELDS.has(field) && typeof value === 'string') return parsePerson(value);
  if (field === 'forms' && typeof value === 'string') return splitList(value);
  if (field === 'reviews' && typeof value === 'string') return parseReviews(value);
  return value;
}

function toBool(value: string | number | boolean): unknown {
  if (typeof value === 'boolean') return value;
  const t = String(value).trim().toLowerCase();
  if (['có', 'co', 'x', '1', 'true'].includes(t)) return true;
  if (['không', 'khong', '0', 'false', ''].includes(t)) return false;
  return value;
}

function parsePerson(text: string): Record<string, string> {
  const [name = '', address, idNumber] = text.split(/[;\n]/).map((s) => s.trim());
  const person: Record<string, string> = { name };
  if (address) person.address = address;
  if (idNumber) person.idNumber = idNumber;
  return person;
}

/** "Họ tên, năm sinh, địa chỉ" per line (or separated by ";"). */
function parseParties(text: string): unknown[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [name = '', ...rest] = entry.split(',').map((s) => s.trim());
      const party: Record<string, unknown> = { name };
      if (rest[0] && /^\d{4}$/.test(rest[0])) party.birthYear = Number(rest.shift());
      if (rest.length) party.address = rest.join(', ');
      return party;
    });
}

/** Writes rows of a kind into a template sheet (hidden field-name row, Vietnamese headers). */
export function addTemplateSheet(wb: ExcelJS.Workbook, kind: SupportedKind, rows: Record<string, unknown>[]): void {
  const headers = XLSX_HEADERS[kind];
  const fields = Object.keys(headers);
  const ws = wb.addWorksheet(XLSX_SHEETS[kind]);
  ws.addRow(fields).hidden = true;
  const head = ws.addRow(fields.map((f) => headers[f]));
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle' };
  ws.columns.forEach((c) => (c.width = 22));
  for (const r of rows) formatDateCells(ws.addRow(fields.map((f) => cellOut(f, r[f]))));
}

function cellOut(field: string, value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if ((field === 'mediators' || field === 'forms') && Array.isArray(value)) return value.join('; ');
  if (field === 'reviews' && Array.isArray(value)) {
    return (value as { on: string; outcome: string }[]).map((r) => `${r.on}, ${r.outcome}`).join('\n');
  }
  if (field === 'parties' && Array.isArray(value)) {
    return (value as { name: string; birthYear?: number | null; address?: string | null }[])
      .map((p) => [p.name, p.birthYear ?? '', p.address ?? ''].filter((x) => x !== '').join(', '))
      .join('\n');
  }
  if (BOOL_FIELDS.has(field)) return value ? 'có' : 'không';
  if (DATE_FIELDS.has(field) && typeof value === 'string') return excelDate(value) ?? value;
  if (PERSON_FIELDS.has(field) && typeof value === 'object') {
    const p = value as { name: string; address?: string; idNumber?: string };
    return [p.name, p.address ?? '', p.idNumber ?? ''].join('; ').replace(/(; )+$/, '');
  }
  return value as ExcelJS.CellValue;
}

function splitList(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "ngày, kết quả" per line (or separated by ";"); dates as dd/mm/yyyy or YYYY-MM-DD. */
function parseReviews(text: string): unknown[] {
  return splitList(text).map((entry) => {
    const [on = '', outcome = ''] = entry.split(',').map((s) => s.trim());
    return { on: parseVietnameseDate(on) ?? on, outcome };
  });
}
