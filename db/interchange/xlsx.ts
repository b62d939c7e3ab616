import type ExcelJS from 'exceljs';
import type { FieldIssue } from '../../shared/contract/errors';
import { XLSX_SHEETS, XLSX_HEADERS, type SupportedKind } from '../../shared/interchange/schema';
import { personCell } from '../../shared/record/cells';
import type { LineColumn } from '../../shared/record/define';
import { recordOf } from '../../shared/record/registry';
import { parseVietnameseDate } from '../../shared/util/format';
import { excelDate, formatDateCells } from '../export/workbook';
import type { RawLine } from './parse';
import { excelSerialDate, openXlsx, type CellValue } from './xlsxRead';

/** The Excel template's layout: row 1 (hidden) holds field names, row 2 Vietnamese headers, data from row 3. */
export const FIELD_ROW = 1;
const FIRST_DATA_ROW = 3;

/** The line columns of a kind by name: how each cell of its sheet reads and writes. */
function columnsOf(kind: string): Map<string, LineColumn> {
  return new Map((recordOf(kind)?.lineColumns ?? []).map((c) => [c.name, c]));
}

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
    const columns = columnsOf(kind);
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
        obj[field] = convert(columns.get(field), value, book.date1904);
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

/** A cell's value as its column's line member reads it; unknown columns keep the cell as it is. */
function convert(column: LineColumn | undefined, value: CellValue, date1904: boolean): unknown {
  const type = column?.cellType;
  if (value instanceof Date) return type === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
  // A date typed into Excel is stored as a day number; in a date field it can be nothing else.
  if (type === 'date' && typeof value === 'number') return excelSerialDate(value, date1904) ?? value;
  if (typeof value === 'string') value = value.trim();
  if (type === 'date' && typeof value === 'string') return parseVietnameseDate(value) ?? value;
  if (type === 'int' && typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  if (type === 'bool') return toBool(value);
  const codec = column?.person ? personCell : column?.cell;
  if (codec && typeof value === 'string') return codec.read(value);
  return value;
}

function toBool(value: string | number | boolean): unknown {
  if (typeof value === 'boolean') return value;
  const t = String(value).trim().toLowerCase();
  if (['có', 'co', 'x', '1', 'true'].includes(t)) return true;
  if (['không', 'khong', '0', 'false', ''].includes(t)) return false;
  return value;
}

/** Writes rows of a kind into a template sheet (hidden field-name row, Vietnamese headers). */
export function addTemplateSheet(wb: ExcelJS.Workbook, kind: SupportedKind, rows: Record<string, unknown>[]): void {
  const headers = XLSX_HEADERS[kind] ?? {};
  const fields = Object.keys(headers);
  const columns = columnsOf(kind);
  const ws = wb.addWorksheet(XLSX_SHEETS[kind] ?? kind);
  ws.addRow(fields).hidden = true;
  const head = ws.addRow(fields.map((f) => headers[f]));
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle' };
  ws.columns.forEach((c) => (c.width = 22));
  for (const r of rows) formatDateCells(ws.addRow(fields.map((f) => cellOut(columns.get(f), r[f]))));
}

function cellOut(column: LineColumn | undefined, value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  const codec = column?.person ? personCell : column?.cell;
  if (codec && typeof value === 'object') return codec.write(value);
  if (column?.cellType === 'bool') return value ? 'có' : 'không';
  // A real Excel date (issue 15), shown dd/mm/yyyy; a value that is no calendar date stays as written.
  if (column?.cellType === 'date' && typeof value === 'string') return excelDate(value) ?? value;
  return value as ExcelJS.CellValue;
}
